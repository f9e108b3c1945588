import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientChart } from '../../../shared/patient-chart';
import { formatDate } from './format';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <dl style={{ margin: 0 }}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </dl>
  );
}

function Card({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Stack gap="xs">{children}</Stack>
      </Stack>
    </Paper>
  );
}

/** "Spanish" for `es` in the reader's language; the code itself when the browser does not know it. */
function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Demographics, contact, emergency contact, insurance, allergies and medications as entered. */
export function SummaryPanel({ chart }: { chart: PatientChart }) {
  const { t, i18n } = useTranslation();
  const none = t('chart.none');
  const lang = i18n.resolvedLanguage ?? 'en';
  const a = chart.address;
  const ec = chart.emergencyContact;
  return (
    <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
      <Card title={t('chart.summary.demographics')}>
        <Field label={t('chart.summary.preferredName')}>{chart.preferredName ?? none}</Field>
        <Field label={t('chart.summary.pronouns')}>{chart.pronouns ?? none}</Field>
        <Field label={t('chart.summary.dateOfBirth')}>{formatDate(chart.dateOfBirth, lang)}</Field>
        <Field label={t('chart.summary.language')}>{languageName(chart.language, lang)}</Field>
      </Card>
      <Card title={t('chart.summary.contact')}>
        <Field label={t('chart.summary.phone')}>{chart.phone ?? none}</Field>
        <Field label={t('chart.summary.email')}>{chart.email ?? none}</Field>
        <Field label={t('chart.summary.address')}>
          {a ? `${a.line1}, ${a.city}, ${a.state} ${a.postalCode}` : none}
        </Field>
      </Card>
      <Card title={t('chart.summary.emergencyContact')}>
        <Field label={t('chart.summary.emergencyContact')}>
          {ec ? `${ec.name} (${ec.relationship}), ${ec.phone}` : none}
        </Field>
      </Card>
      <Card title={t('chart.summary.insurance')}>
        <Field label={t('chart.summary.insurance')}>
          {chart.insurance ? t(`chart.summary.insuranceKind.${chart.insurance.kind}`) : none}
        </Field>
        {chart.insurance?.payer && <Field label={t('chart.summary.payer')}>{chart.insurance.payer}</Field>}
        {chart.insurance?.memberId && (
          <Field label={t('chart.summary.memberId')}>{chart.insurance.memberId}</Field>
        )}
      </Card>
      <Card title={t('chart.summary.allergies')}>
        {chart.allergies.length === 0 ? (
          <Text>{none}</Text>
        ) : (
          chart.allergies.map((al) => (
            <Field key={al.substance} label={al.substance}>
              {al.reaction ?? none}
            </Field>
          ))
        )}
      </Card>
      <Card title={t('chart.summary.medications')}>
        {chart.medications.length === 0 ? (
          <Text>{none}</Text>
        ) : (
          chart.medications.map((m) => (
            <Field key={m.name} label={m.name}>
              {m.dose ?? none}
            </Field>
          ))
        )}
      </Card>
    </SimpleGrid>
  );
}
