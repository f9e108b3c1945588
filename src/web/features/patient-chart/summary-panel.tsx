import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PatientChart } from '../../../shared/patient-chart';
import { DemographicsForm } from './demographics-form';
import { formatDate, languageName } from './format';

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

function Card({ title, action, children }: { title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section">
      <Stack gap="xs">
        <Group justify="space-between" align="center" wrap="nowrap">
          <Title order={3} size="h4">
            {title}
          </Title>
          {action}
        </Group>
        <Stack gap="xs">{children}</Stack>
      </Stack>
    </Paper>
  );
}

/**
 * Demographics, contact, emergency contact, insurance, allergies and medications as entered; staff who may
 * edit the chart (`canEdit`) get an Edit action on the demographics card.
 */
export function SummaryPanel({ chart, canEdit = false }: { chart: PatientChart; canEdit?: boolean }) {
  const { t, i18n } = useTranslation();
  const none = t('chart.none');
  const lang = i18n.resolvedLanguage ?? 'en';
  const a = chart.address;
  const ec = chart.emergencyContact;
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  return (
    <Stack gap="md">
      <div role="status">
        {saved && (
          <Alert
            color="green"
            variant="light"
            withCloseButton
            onClose={() => setSaved(false)}
            closeButtonLabel={t('chart.edit.dismiss')}
          >
            {t('chart.edit.saved')}
          </Alert>
        )}
      </div>
      {canEdit && (
        <DemographicsForm
          chart={chart}
          opened={editing}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      )}
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="md">
        <Card
          title={t('chart.summary.demographics')}
          action={
            canEdit && (
              <Button
                size="compact-md"
                variant="default"
                aria-label={t('chart.edit.open')}
                onClick={() => {
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('chart.edit.button')}
              </Button>
            )
          }
        >
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
    </Stack>
  );
}
