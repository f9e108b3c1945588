import {
  Button,
  Checkbox,
  FileInput,
  Group,
  NativeSelect,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSENT_KIND_VALUES,
  type CreateConsentRequest,
  INFORMATION_CATEGORY_VALUES,
  PURPOSE_VALUES,
  RECIPIENT_CLASS_VALUES,
  SCAN_MAX_BYTES,
} from '../../../shared/consents';
import { useCreateConsent } from '../../api/consents';
import { fieldErrorsOf, SaveErrorAlert } from './save-errors';

type Kind = (typeof CONSENT_KIND_VALUES)[number];

interface Values {
  kind: Kind;
  patientName: string;
  disclosingParty: string;
  recipientType: 'named' | 'class';
  recipientName: string;
  recipientClasses: string[];
  recipientDescription: string;
  informationCategories: string[];
  informationDescription: string;
  purposes: string[];
  purposeDescription: string;
  expiryType: 'date' | 'event';
  expiresAt: string;
  expiryEvent: string;
  revocationStatement: string;
  signatureMethod: 'electronic' | 'paper-scan';
  signerRole: 'patient' | 'authorized-representative';
  typedName: string;
  agreed: boolean;
  paperSignerName: string;
  signedOn: string;
  scan: File | null;
  staffAttests: boolean;
}

/** Where each element the server names (`fields`) is shown in this form. */
function fieldFor(element: string, v: Values): keyof Values {
  switch (element) {
    case 'recipient':
      return v.recipientType === 'named' ? 'recipientName' : 'recipientDescription';
    case 'purpose':
      return v.purposes.length ? 'purposeDescription' : 'purposes';
    case 'expiry':
      return v.expiryType === 'date' ? 'expiresAt' : 'expiryEvent';
    case 'signature':
      return v.signatureMethod === 'electronic' ? 'typedName' : 'paperSignerName';
    default:
      return element as keyof Values;
  }
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

interface NewConsentFormProps {
  patientId: string;
  patientName: string;
  programName: string;
  onSaved: () => void;
}

/** Every element of a 42 CFR 2.31 consent, signed on this device or recorded from paper with its scan. */
export function NewConsentForm({ patientId, patientName, programName, onSaved }: NewConsentFormProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const create = useCreateConsent(patientId);
  const [error, setError] = useState<unknown>(null);
  const english = (i18n.resolvedLanguage ?? 'en') === 'en';

  const form = useForm<Values>({
    initialValues: {
      kind: 'specific',
      patientName,
      disclosingParty: programName,
      recipientType: 'named',
      recipientName: '',
      recipientClasses: [],
      recipientDescription: '',
      informationCategories: [],
      informationDescription: '',
      purposes: ['treatment'],
      purposeDescription: '',
      expiryType: 'date',
      expiresAt: '',
      expiryEvent: 'end of treatment',
      revocationStatement: t('consents.form.revocationDefault'),
      signatureMethod: 'electronic',
      signerRole: 'patient',
      typedName: '',
      agreed: false,
      paperSignerName: patientName,
      signedOn: new Date().toISOString().slice(0, 10),
      scan: null,
      staffAttests: false,
    },
  });
  const v = form.values;

  const changeKind = (kind: Kind) => {
    form.setFieldValue('kind', kind);
    if (kind === 'tpo') {
      form.setValues({
        recipientType: 'class',
        recipientClasses: [...RECIPIENT_CLASS_VALUES],
        purposes: ['treatment', 'payment', 'health-care-operations'],
      });
    } else if (kind === 'counseling-notes') {
      form.setValues({ informationCategories: ['counseling-notes'] });
    } else if (kind === 'legal-proceedings') {
      form.setValues({ purposes: ['legal-proceedings'] });
    }
  };

  const submit = form.onSubmit(async (values) => {
    setError(null);
    form.clearErrors();
    if (values.signatureMethod === 'paper-scan' && values.scan && values.scan.size > SCAN_MAX_BYTES) {
      form.setFieldError('scan', t('consents.form.scanTooLarge'));
      return;
    }
    try {
      const body: CreateConsentRequest = {
        kind: values.kind,
        patientName: values.patientName,
        disclosingParty: values.disclosingParty,
        recipient:
          values.recipientType === 'named'
            ? { type: 'named', name: values.recipientName }
            : { type: 'class', classes: values.recipientClasses, description: values.recipientDescription },
        informationCategories: values.informationCategories as CreateConsentRequest['informationCategories'],
        informationDescription: values.informationDescription,
        purposes: values.purposes as CreateConsentRequest['purposes'],
        purposeDescription: values.purposeDescription,
        expiresAt: values.expiryType === 'date' && values.expiresAt ? values.expiresAt : null,
        expiryEvent: values.expiryType === 'event' ? values.expiryEvent : null,
        revocationStatement: values.revocationStatement,
        signature:
          values.signatureMethod === 'electronic'
            ? {
                method: 'electronic',
                signerName: values.typedName,
                signerRole: values.signerRole,
                agreed: values.agreed,
              }
            : {
                method: 'paper-scan',
                signerName: values.paperSignerName,
                signerRole: values.signerRole,
                signedOn: values.signedOn,
                scan: values.scan ? await readAsDataUrl(values.scan) : '',
                staffAttests: values.staffAttests,
              },
      };
      await create.mutateAsync(body);
      onSaved();
    } catch (caught) {
      const fieldErrors = fieldErrorsOf(caught, { t, english, fieldFor: (name) => fieldFor(name, values) });
      if (fieldErrors) form.setErrors(fieldErrors);
      setError(caught);
    }
  });

  const inputError = (name: keyof Values) => form.errors[name];

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md" maw={760}>
        <Title order={2} size="h3" id={headingId}>
          {t('consents.form.heading')}
        </Title>
        <Text>{t('consents.form.intro')}</Text>
        <SaveErrorAlert error={error} t={t} />
        <form onSubmit={submit} noValidate>
          <Stack gap="lg">
            <Radio.Group
              label={t('consents.form.kind')}
              required
              value={v.kind}
              onChange={(value) => changeKind(value as Kind)}
              error={inputError('kind')}
            >
              <Stack gap="sm" mt="xs">
                {CONSENT_KIND_VALUES.map((kind) => (
                  <Radio
                    key={kind}
                    value={kind}
                    label={t(`consents.kind.${kind}`)}
                    description={t(`consents.kindHelp.${kind}`)}
                  />
                ))}
              </Stack>
            </Radio.Group>

            <TextInput
              label={t('consents.form.patientName')}
              required
              {...form.getInputProps('patientName')}
            />
            <TextInput
              label={t('consents.form.disclosingParty')}
              description={t('consents.form.disclosingPartyHelp')}
              required
              {...form.getInputProps('disclosingParty')}
            />

            <Radio.Group
              label={t('consents.form.recipientType')}
              required
              value={v.recipientType}
              onChange={(value) => form.setFieldValue('recipientType', value as Values['recipientType'])}
            >
              <Group mt="xs">
                <Radio value="named" label={t('consents.form.recipientNamed')} />
                <Radio value="class" label={t('consents.form.recipientClass')} />
              </Group>
            </Radio.Group>
            {v.recipientType === 'named' ? (
              <TextInput
                label={t('consents.form.recipientName')}
                description={t('consents.form.recipientNameHelp')}
                required
                {...form.getInputProps('recipientName')}
              />
            ) : (
              <>
                <Checkbox.Group
                  label={t('consents.form.recipientClasses')}
                  required
                  {...form.getInputProps('recipientClasses')}
                >
                  <Stack gap="xs" mt="xs">
                    {RECIPIENT_CLASS_VALUES.map((c) => (
                      <Checkbox key={c} value={c} label={t(`consents.recipientClass.${c}`)} />
                    ))}
                  </Stack>
                </Checkbox.Group>
                <TextInput
                  label={t('consents.form.recipientClassDescription')}
                  required
                  {...form.getInputProps('recipientDescription')}
                />
              </>
            )}

            <Checkbox.Group
              label={t('consents.form.categories')}
              required
              {...form.getInputProps('informationCategories')}
            >
              <Stack gap="xs" mt="xs">
                {INFORMATION_CATEGORY_VALUES.map((c) => (
                  <Checkbox key={c} value={c} label={t(`consents.category.${c}`)} />
                ))}
              </Stack>
            </Checkbox.Group>
            <Textarea
              label={t('consents.form.informationDescription')}
              description={t('consents.form.informationDescriptionHelp')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('informationDescription')}
            />

            <Checkbox.Group label={t('consents.form.purposes')} required {...form.getInputProps('purposes')}>
              <Group gap="md" mt="xs">
                {PURPOSE_VALUES.map((p) => (
                  <Checkbox key={p} value={p} label={t(`consents.purpose.${p}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Textarea
              label={t('consents.form.purposeDescription')}
              required
              autosize
              minRows={2}
              {...form.getInputProps('purposeDescription')}
            />

            <Radio.Group
              label={t('consents.form.expiryType')}
              required
              value={v.expiryType}
              onChange={(value) => form.setFieldValue('expiryType', value as Values['expiryType'])}
            >
              <Group mt="xs">
                <Radio value="date" label={t('consents.form.expiryDate')} />
                <Radio value="event" label={t('consents.form.expiryEvent')} />
              </Group>
            </Radio.Group>
            {v.expiryType === 'date' ? (
              <TextInput
                type="date"
                label={t('consents.form.expiresAt')}
                required
                {...form.getInputProps('expiresAt')}
              />
            ) : (
              <TextInput
                label={t('consents.form.expiryEventText')}
                description={t('consents.form.expiryEventHelp')}
                required
                {...form.getInputProps('expiryEvent')}
              />
            )}

            <Textarea
              label={t('consents.form.revocationStatement')}
              description={t('consents.form.revocationStatementHelp')}
              required
              autosize
              minRows={3}
              {...form.getInputProps('revocationStatement')}
            />

            <Radio.Group
              label={t('consents.form.signatureMethod')}
              required
              value={v.signatureMethod}
              onChange={(value) => form.setFieldValue('signatureMethod', value as Values['signatureMethod'])}
            >
              <Group mt="xs">
                <Radio value="electronic" label={t('consents.form.signElectronic')} />
                <Radio value="paper-scan" label={t('consents.form.signPaper')} />
              </Group>
            </Radio.Group>
            <NativeSelect
              label={t('consents.form.signerRole')}
              data={[
                { value: 'patient', label: t('consents.form.signerPatient') },
                { value: 'authorized-representative', label: t('consents.form.signerRepresentative') },
              ]}
              {...form.getInputProps('signerRole')}
            />
            {v.signatureMethod === 'electronic' ? (
              <>
                <TextInput
                  label={t('consents.form.typedName')}
                  description={t('consents.form.typedNameHelp')}
                  required
                  autoComplete="off"
                  {...form.getInputProps('typedName')}
                />
                <Checkbox
                  label={t('consents.form.agree')}
                  required
                  {...form.getInputProps('agreed', { type: 'checkbox' })}
                />
              </>
            ) : (
              <>
                <TextInput
                  label={t('consents.form.signerName')}
                  required
                  {...form.getInputProps('paperSignerName')}
                />
                <TextInput
                  type="date"
                  label={t('consents.form.signedOn')}
                  required
                  {...form.getInputProps('signedOn')}
                />
                <FileInput
                  label={t('consents.form.scan')}
                  accept="application/pdf,image/png,image/jpeg"
                  required
                  clearable
                  {...form.getInputProps('scan')}
                />
                <Checkbox
                  label={t('consents.form.staffAttests')}
                  required
                  {...form.getInputProps('staffAttests', { type: 'checkbox' })}
                />
              </>
            )}
            <Group>
              <Button type="submit" loading={create.isPending}>
                {t('consents.form.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </section>
  );
}
