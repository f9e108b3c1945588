import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CourtOrderView,
  type DiscloseRequest,
  type DiscloseResponse,
  INFORMATION_CATEGORY_VALUES,
  PURPOSE_VALUES,
  RECIPIENT_CLASS_VALUES,
} from '../../../shared/consents';
import { DisclosureRefused, useDisclose } from '../../api/consents';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { courtOrderTerm } from './court-order-format';

interface Values {
  recipientName: string;
  recipientClass: string;
  purpose: string;
  informationCategories: string[];
  againstPatientInProceedings: boolean;
  courtOrderId: string;
}

/**
 * The one way staff release records: the server checks the consent (or, for legal proceedings, the recorded
 * court order chosen here) and records the disclosure.
 */
export function ReleaseRecordsForm({
  patientId,
  courtOrders = [],
}: {
  patientId: string;
  /** The patient's recorded court orders; those in force are offered for legal proceedings. */
  courtOrders?: CourtOrderView[];
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const activeOrders = courtOrders.filter((o) => o.status === 'active');
  const headingId = useId();
  const disclose = useDisclose(patientId);
  const [result, setResult] = useState<DiscloseResponse | null>(null);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: {
      recipientName: '',
      recipientClass: '',
      purpose: 'treatment',
      informationCategories: [],
      againstPatientInProceedings: false,
      courtOrderId: '',
    },
    validate: {
      recipientName: (v) => (v.trim().length >= 2 ? null : t('consents.release.recipientRequired')),
      informationCategories: (v) => (v.length ? null : t('consents.release.categoriesRequired')),
    },
  });

  const legal = form.values.againstPatientInProceedings || form.values.purpose === 'legal-proceedings';
  const submit = form.onSubmit(async (values) => {
    setResult(null);
    setError(null);
    const body: DiscloseRequest = {
      recipientName: values.recipientName.trim(),
      recipientClass: (values.recipientClass || undefined) as DiscloseRequest['recipientClass'],
      purpose: values.purpose as DiscloseRequest['purpose'],
      informationCategories: values.informationCategories as DiscloseRequest['informationCategories'],
      format: 'pdf',
      againstPatientInProceedings: values.againstPatientInProceedings,
      courtOrderId: legal && values.courtOrderId ? values.courtOrderId : undefined,
    };
    try {
      setResult(await disclose.mutateAsync(body));
    } catch (caught) {
      setError(caught);
    }
  });

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md" maw={760}>
        <Title order={2} id={headingId}>
          {t('consents.release.heading')}
        </Title>
        <Text>{t('consents.release.intro')}</Text>
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <TextInput
              label={t('consents.release.recipientName')}
              description={t('consents.release.recipientNameHelp')}
              required
              {...form.getInputProps('recipientName')}
            />
            <NativeSelect
              label={t('consents.release.recipientClass')}
              data={[
                { value: '', label: t('consents.release.noClass') },
                ...RECIPIENT_CLASS_VALUES.map((c) => ({
                  value: c,
                  label: t(`consents.recipientClass.${c}`),
                })),
              ]}
              {...form.getInputProps('recipientClass')}
            />
            <NativeSelect
              label={t('consents.release.purpose')}
              required
              data={PURPOSE_VALUES.map((p) => ({ value: p, label: t(`consents.purpose.${p}`) }))}
              {...form.getInputProps('purpose')}
            />
            <Checkbox.Group
              label={t('consents.release.categories')}
              required
              {...form.getInputProps('informationCategories')}
            >
              <Group gap="md" mt="xs">
                {INFORMATION_CATEGORY_VALUES.map((c) => (
                  <Checkbox key={c} value={c} label={t(`consents.category.${c}`)} />
                ))}
              </Group>
            </Checkbox.Group>
            <Checkbox
              label={t('consents.release.legal')}
              description={t('consents.release.legalHelp')}
              {...form.getInputProps('againstPatientInProceedings', { type: 'checkbox' })}
            />
            {legal &&
              (activeOrders.length > 0 ? (
                <NativeSelect
                  label={t('consents.release.courtOrder')}
                  description={t('consents.release.courtOrderHelp')}
                  data={[
                    { value: '', label: t('consents.release.noCourtOrder') },
                    ...activeOrders.map((o) => ({
                      value: o.id,
                      label: t('consents.release.courtOrderOption', {
                        court: o.court,
                        caseNumber: o.caseNumber,
                        term: courtOrderTerm(o, t, lang),
                      }),
                    })),
                  ]}
                  {...form.getInputProps('courtOrderId')}
                />
              ) : (
                <Text size="sm">{t('consents.release.noCourtOrderOnFile')}</Text>
              ))}
            <Group>
              <Button type="submit" loading={disclose.isPending}>
                {t('consents.release.submit')}
              </Button>
            </Group>
          </Stack>
        </form>
        <div role="status">
          {result && (
            <Alert color="green" variant="light" title={t('consents.release.released')}>
              <Anchor href={result.pdfUrl} target="_blank" rel="noopener">
                {t('consents.release.openPdf')}
              </Anchor>
            </Alert>
          )}
        </div>
        {error instanceof DisclosureRefused ? (
          <Alert color="red" variant="light" role="alert" title={t('consents.release.refused')}>
            <List spacing={4}>
              {error.reasons.map((reason) => (
                <List.Item key={reason}>{reason}</List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <ApiErrorAlert error={error} />
        )}
      </Stack>
    </section>
  );
}
