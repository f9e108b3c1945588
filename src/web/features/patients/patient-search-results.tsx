import { Anchor, Badge, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PatientSearchHit } from '../../../shared/patient-search';
import { currentLanguage } from '../../i18n';

// The chart header's colors (chart-header.tsx), dark enough for white text (WCAG AA).
const STATUS_COLOR = { 'pre-admission': 'blue.9', active: 'haven.8', discharged: 'gray.7' } as const;

function LockIcon() {
  return (
    <svg width="14" height="14" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="currentColor">
      <path d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 1 1 6 0v3H9Z" />
    </svg>
  );
}

/** Formats a date-only value (YYYY-MM-DD) without moving it across time zones. */
function formatDob(iso: string, language: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, d!)),
  );
}

/** The matches, each linking to the chart; charts outside the caller's care relationship show a lock. */
export function PatientSearchResults({
  patients,
  labelledBy,
}: {
  patients: PatientSearchHit[];
  labelledBy: string;
}) {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n);
  return (
    <Table.ScrollContainer
      minWidth={640}
      type="native"
      tabIndex={0}
      role="region"
      aria-labelledby={labelledBy}
    >
      <Table striped highlightOnHover verticalSpacing="sm" aria-labelledby={labelledBy}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('patientSearch.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('patientSearch.columns.dob')}</Table.Th>
            <Table.Th scope="col">{t('patientSearch.columns.mrn')}</Table.Th>
            <Table.Th scope="col">{t('patientSearch.columns.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {patients.map((p) => (
            <Table.Tr key={p.id} data-testid="patient-row">
              <Table.Th scope="row" fw={400}>
                <Group gap={6} wrap="nowrap" align="center">
                  {!p.canOpen && (
                    <Text span c="dimmed" lh={0}>
                      <LockIcon />
                    </Text>
                  )}
                  <Anchor component={Link} to={`/staff/patients/${p.id}`} fw={600}>
                    {p.displayName}
                    {!p.canOpen && <VisuallyHidden> ({t('patientSearch.notOnTeamShort')})</VisuallyHidden>}
                  </Anchor>
                </Group>
                {p.legalName !== p.displayName && (
                  <Text size="sm" c="dimmed">
                    {t('patientSearch.legalName', { name: p.legalName })}
                  </Text>
                )}
                {!p.canOpen && (
                  <Text size="sm" c="dimmed" aria-hidden="true">
                    {t('patientSearch.notOnTeam')}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{formatDob(p.dateOfBirth, language)}</Table.Td>
              <Table.Td ff="monospace">{p.mrn}</Table.Td>
              <Table.Td>
                <Badge color={STATUS_COLOR[p.status]} variant="filled">
                  {t(`patientSearch.status.${p.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
