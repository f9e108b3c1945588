import {
  Alert,
  Button,
  Fieldset,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type DemographicsField,
  demographicsFields,
  INSURANCE_KINDS,
  type PatientChart,
  type UpdateDemographicsRequest,
} from '../../../shared/patient-chart';
import { ApiError } from '../../api/client';
import { useUpdateDemographics } from '../../api/patient-chart';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { languageName } from './format';

/** The languages offered first (English, Spanish, then the languages most often spoken at home in the US). */
const LANGUAGE_CODES = ['en', 'es', 'zh', 'vi', 'tl', 'ar', 'fr', 'ht', 'ko', 'pt', 'ru'];

interface Values {
  legalFirstName: string;
  legalLastName: string;
  preferredName: string;
  pronouns: string;
  dateOfBirth: string;
  language: string;
  phone: string;
  email: string;
  address: { line1: string; city: string; state: string; postalCode: string };
  emergencyContact: { name: string; relationship: string; phone: string };
  insurance: { kind: string; payer: string; memberId: string };
}

type Editable = Exclude<DemographicsField, 'allergies' | 'medications'>;

function fromChart(c: PatientChart): Values {
  return {
    legalFirstName: c.legalFirstName,
    legalLastName: c.legalLastName,
    preferredName: c.preferredName ?? '',
    pronouns: c.pronouns ?? '',
    dateOfBirth: c.dateOfBirth,
    language: c.language,
    phone: c.phone ?? '',
    email: c.email ?? '',
    address: {
      line1: c.address?.line1 ?? '',
      city: c.address?.city ?? '',
      state: c.address?.state ?? '',
      postalCode: c.address?.postalCode ?? '',
    },
    emergencyContact: {
      name: c.emergencyContact?.name ?? '',
      relationship: c.emergencyContact?.relationship ?? '',
      phone: c.emergencyContact?.phone ?? '',
    },
    insurance: {
      kind: c.insurance?.kind ?? '',
      payer: c.insurance?.payer ?? '',
      memberId: c.insurance?.memberId ?? '',
    },
  };
}

const clean = (s: string) => s.trim();
const orNull = (s: string) => s.trim() || null;
/** A group of fields left entirely empty clears it (null); a partly filled one is sent for the server to check. */
function group<T extends Record<string, string>>(g: T): { [K in keyof T]: string } | null {
  return Object.values(g).every((v) => !v.trim())
    ? null
    : (Object.fromEntries(Object.entries(g).map(([k, v]) => [k, v.trim()])) as { [K in keyof T]: string });
}

/** The form as the API's fields, so the form and the chart compare field by field. */
function toRequest(v: Values): Record<Editable, unknown> {
  const insurance = group(v.insurance);
  return {
    legalFirstName: clean(v.legalFirstName),
    legalLastName: clean(v.legalLastName),
    preferredName: orNull(v.preferredName),
    pronouns: orNull(v.pronouns),
    dateOfBirth: clean(v.dateOfBirth),
    language: clean(v.language),
    phone: orNull(v.phone),
    email: orNull(v.email),
    address: group(v.address),
    emergencyContact: group(v.emergencyContact),
    insurance: insurance && {
      kind: insurance.kind,
      payer: insurance.payer || null,
      memberId: insurance.memberId || null,
    },
  };
}

/** Only what the person changed, so the audit trail and the timeline name exactly those fields. */
function changedFields(values: Values, base: PatientChart): Partial<Record<Editable, unknown>> {
  const now = toRequest(values);
  const before = toRequest(fromChart(base));
  return Object.fromEntries(
    (Object.keys(now) as Editable[])
      .filter((k) => JSON.stringify(now[k]) !== JSON.stringify(before[k]))
      .map((k) => [k, now[k]]),
  );
}

/** Field errors (`address.city`, like the server's `fields`) from the shared schema. */
function schemaErrors(changes: Partial<Record<Editable, unknown>>): Record<string, string> {
  const parsed = demographicsFields.partial().safeParse(changes);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.join('.')] ??= issue.message;
  return errors;
}

interface DemographicsFormProps {
  chart: PatientChart;
  opened: boolean;
  onClose: () => void;
  onSaved: () => void;
}

/**
 * Edits demographics, contact details, emergency contact and insurance (issue 5, "Patient chart"). Sends only
 * the changed fields with the chart's `updatedAt`, so a change someone else saved meanwhile is not overwritten
 * (409 STALE_CHART: the chart reloads and the form can start again from it).
 */
export function DemographicsForm({ chart, opened, onClose, onSaved }: DemographicsFormProps) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)') ?? false;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('chart.edit.title')}
      size="xl"
      fullScreen={phone}
      closeButtonProps={{ 'aria-label': t('chart.edit.cancel') }}
    >
      {opened && <DemographicsFields chart={chart} onClose={onClose} onSaved={onSaved} />}
    </Modal>
  );
}

function DemographicsFields({ chart, onClose, onSaved }: Omit<DemographicsFormProps, 'opened'>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const update = useUpdateDemographics(chart.id);
  // The version of the chart the person started from; replaced when they choose to start again.
  const [base, setBase] = useState(chart);
  const [error, setError] = useState<unknown>(null);
  const form = useForm<Values>({
    initialValues: fromChart(chart),
    validate: (values) => {
      const errors = schemaErrors(changedFields(values, base));
      if (values.insurance.kind === '' && (values.insurance.payer.trim() || values.insurance.memberId.trim()))
        errors['insurance.kind'] = t('chart.edit.insuranceKindRequired');
      return errors;
    },
  });
  const stale = error instanceof ApiError && error.status === 409;
  const fieldErrors = error instanceof ApiError && error.fields !== undefined;

  const submit = form.onSubmit(async (values) => {
    setError(null);
    const changes = changedFields(values, base);
    if (Object.keys(changes).length === 0) {
      onClose();
      return;
    }
    try {
      await update.mutateAsync({
        ...(changes as UpdateDemographicsRequest),
        expectedUpdatedAt: base.updatedAt,
      });
      onSaved();
    } catch (caught) {
      if (caught instanceof ApiError && caught.fields) form.setErrors(caught.fields);
      setError(caught);
    }
  });
  const startAgain = () => {
    setBase(chart);
    form.setValues(fromChart(chart));
    form.clearErrors();
    setError(null);
  };

  const languages = LANGUAGE_CODES.includes(base.language)
    ? LANGUAGE_CODES
    : [base.language, ...LANGUAGE_CODES];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text>{t('chart.edit.intro')}</Text>
        <Fieldset legend={t('chart.edit.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              label={t('chart.edit.legalFirstName')}
              required
              autoComplete="off"
              {...form.getInputProps('legalFirstName')}
            />
            <TextInput
              label={t('chart.edit.legalLastName')}
              required
              autoComplete="off"
              {...form.getInputProps('legalLastName')}
            />
            <TextInput
              label={t('chart.summary.preferredName')}
              description={t('chart.edit.preferredNameHelp')}
              autoComplete="off"
              {...form.getInputProps('preferredName')}
            />
            <TextInput
              label={t('chart.summary.pronouns')}
              description={t('chart.edit.pronounsHelp')}
              autoComplete="off"
              {...form.getInputProps('pronouns')}
            />
            <TextInput
              type="date"
              label={t('chart.summary.dateOfBirth')}
              required
              max={new Date().toISOString().slice(0, 10)}
              {...form.getInputProps('dateOfBirth')}
            />
            <NativeSelect
              label={t('chart.summary.language')}
              data={languages.map((code) => ({ value: code, label: languageName(code, lang) }))}
              {...form.getInputProps('language')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('chart.summary.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="tel"
              label={t('chart.summary.phone')}
              autoComplete="off"
              {...form.getInputProps('phone')}
            />
            <TextInput
              type="email"
              label={t('chart.summary.email')}
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('chart.edit.addressLine')}
              autoComplete="off"
              {...form.getInputProps('address.line1')}
            />
            <TextInput
              label={t('chart.edit.city')}
              autoComplete="off"
              {...form.getInputProps('address.city')}
            />
            <TextInput
              label={t('chart.edit.state')}
              autoComplete="off"
              {...form.getInputProps('address.state')}
            />
            <TextInput
              label={t('chart.edit.postalCode')}
              autoComplete="off"
              {...form.getInputProps('address.postalCode')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('chart.summary.emergencyContact')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label={t('chart.edit.contactName')}
              autoComplete="off"
              {...form.getInputProps('emergencyContact.name')}
            />
            <TextInput
              label={t('chart.edit.relationship')}
              autoComplete="off"
              {...form.getInputProps('emergencyContact.relationship')}
            />
            <TextInput
              type="tel"
              label={t('chart.edit.contactPhone')}
              autoComplete="off"
              {...form.getInputProps('emergencyContact.phone')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('chart.summary.insurance')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label={t('chart.edit.insuranceKind')}
              data={[
                { value: '', label: t('chart.edit.insuranceNotRecorded') },
                ...INSURANCE_KINDS.map((k) => ({ value: k, label: t(`chart.summary.insuranceKind.${k}`) })),
              ]}
              {...form.getInputProps('insurance.kind')}
            />
            <TextInput
              label={t('chart.summary.payer')}
              autoComplete="off"
              {...form.getInputProps('insurance.payer')}
            />
            <TextInput
              label={t('chart.summary.memberId')}
              autoComplete="off"
              {...form.getInputProps('insurance.memberId')}
            />
          </SimpleGrid>
        </Fieldset>
        {stale ? (
          <Alert color="orange" variant="light" role="alert" title={t('chart.edit.staleTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text>{t('chart.edit.stale')}</Text>
              {/* Enabled once the reloaded chart (someone else's version) has arrived. */}
              <Button variant="default" onClick={startAgain} disabled={chart.updatedAt === base.updatedAt}>
                {t('chart.edit.startAgain')}
              </Button>
            </Stack>
          </Alert>
        ) : fieldErrors ? (
          <Alert color="red" variant="light" role="alert">
            {t('chart.edit.fixErrors')}
          </Alert>
        ) : (
          <ApiErrorAlert error={error} />
        )}
        <Group>
          <Button type="submit" loading={update.isPending}>
            {t('chart.edit.save')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('chart.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
