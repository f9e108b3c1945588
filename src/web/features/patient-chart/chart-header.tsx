import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientChart } from '../../../shared/patient-chart';
import { ageOn } from './chart-permissions';
import { formatDate, formatTime } from './format';

// Filled, dark shades: light badges fail WCAG AA contrast.
const STATUS_COLOR = { 'pre-admission': 'blue.9', active: 'haven.8', discharged: 'gray.7' } as const;

/** Who this chart is about: preferred name first, legal name too, and the emergency-access banner. */
export function ChartHeader({ chart }: { chart: PatientChart }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const legal = `${chart.legalFirstName} ${chart.legalLastName}`;
  const shown = chart.preferredName ? `${chart.preferredName} ${chart.legalLastName}` : legal;
  const base = `/staff/patients/${chart.id}`;
  return (
    <Stack gap="sm">
      {chart.access.emergencyUntil && (
        // Light variant: the dark text keeps AA contrast; the thick border keeps it unmissable.
        <Alert
          color="orange"
          variant="light"
          role="status"
          style={{ borderLeft: '6px solid var(--mantine-color-orange-8)' }}
        >
          <Text fw={700}>
            {t('chart.emergencyBanner', { time: formatTime(chart.access.emergencyUntil, lang) })}
          </Text>
        </Alert>
      )}
      <Group gap="sm" align="baseline">
        <Title order={1}>{shown}</Title>
        {chart.pronouns && <Text c="dimmed">({chart.pronouns})</Text>}
        <Badge color={STATUS_COLOR[chart.status]} variant="filled">
          {t(`chart.header.status.${chart.status}`)}
        </Badge>
      </Group>
      <Group gap="lg">
        {chart.preferredName && <Text>{t('chart.header.legalName', { name: legal })}</Text>}
        <Text>
          {t('chart.header.born', {
            date: formatDate(chart.dateOfBirth, lang),
            age: ageOn(chart.dateOfBirth, new Date()),
          })}
        </Text>
        <Text ff="monospace">{t('chart.header.mrn', { mrn: chart.mrn })}</Text>
      </Group>
      <Group component="nav" aria-label={t('chart.links.label')} gap="lg">
        <Anchor component={Link} to={`${base}/assessments`}>
          {t('chart.links.assessments')}
        </Anchor>
        <Anchor component={Link} to={`${base}/asam`}>
          {t('chart.links.asam')}
        </Anchor>
        <Anchor component={Link} to={`${base}/consents`}>
          {t('chart.links.consents')}
        </Anchor>
      </Group>
    </Stack>
  );
}
