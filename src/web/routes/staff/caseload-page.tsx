import { Alert, Anchor, Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useAcknowledgeAlert, useCaseload, useOpenAlerts } from '../../api/alerts';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { currentLanguage } from '../../i18n';

// Dark shades: white badge text on them meets WCAG AA contrast.
const SEVERITY_COLOR = { critical: 'red.9', warning: 'orange.9', info: 'blue.9' } as const;

/** `/staff/caseload`: open alerts for my patients (all for directors), then my care-team patients. */
export function CaseloadPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  usePageTitle(t('clinical.caseload.title'));
  const alerts = useOpenAlerts();
  const caseload = useCaseload();
  const acknowledge = useAcknowledgeAlert();
  const kinds: Record<string, string> = {
    'suicide-risk': t('clinical.caseload.kind.suicide-risk'),
    'asq-positive': t('clinical.caseload.kind.asq-positive'),
    'asq-acute': t('clinical.caseload.kind.asq-acute'),
    'severe-withdrawal': t('clinical.caseload.kind.severe-withdrawal'),
  };
  const kindLabel = (kind: string) => kinds[kind] ?? kind;

  return (
    <Stack gap="xl">
      <Title order={1}>{t('clinical.caseload.title')}</Title>
      <Stack gap="md" component="section" aria-labelledby="alerts-heading">
        <Title order={2} id="alerts-heading">
          {t('clinical.caseload.alerts')}
        </Title>
        {alerts.isPending && <PageLoader />}
        {alerts.isError && <ApiErrorAlert error={alerts.error} />}
        {acknowledge.isError && <ApiErrorAlert error={acknowledge.error} />}
        {alerts.data?.length === 0 && <Text c="dimmed">{t('clinical.caseload.noAlerts')}</Text>}
        {alerts.data && alerts.data.length > 0 && (
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {alerts.data.map((a) => (
              <Card key={a.id} withBorder component="li" data-testid="alert-card" data-kind={a.kind}>
                <Group justify="space-between" align="flex-start" wrap="wrap">
                  <Stack gap={4}>
                    <Group gap="xs">
                      <Badge color={SEVERITY_COLOR[a.severity]} variant="filled">
                        {t(`clinical.caseload.severity.${a.severity}`)}
                      </Badge>
                      <Text fw={700}>{kindLabel(a.kind)}</Text>
                    </Group>
                    {a.patient && (
                      <Anchor component={Link} to={`/staff/patients/${a.patient.id}`} fw={600}>
                        {a.patient.name} ({a.patient.mrn})
                      </Anchor>
                    )}
                    {a.reasons.map((r) => (
                      <Text key={r} size="sm">
                        {r}
                      </Text>
                    ))}
                    <Text size="xs" c="dimmed">
                      {new Date(a.createdAt).toLocaleString(lang)}
                    </Text>
                  </Stack>
                  <Button
                    variant="default"
                    onClick={() => acknowledge.mutate(a.id)}
                    loading={acknowledge.isPending && acknowledge.variables === a.id}
                    aria-label={t('clinical.caseload.acknowledgeFor', {
                      kind: kindLabel(a.kind),
                      patient: a.patient?.name ?? '',
                    })}
                  >
                    {t('clinical.caseload.acknowledge')}
                  </Button>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>

      <Stack gap="md" component="section" aria-labelledby="patients-heading">
        <Title order={2} id="patients-heading">
          {t('clinical.caseload.patients')}
        </Title>
        {caseload.isPending && <PageLoader />}
        {caseload.isError && <ApiErrorAlert error={caseload.error} />}
        {caseload.data?.length === 0 && (
          <Alert color="gray" variant="light">
            {t('clinical.caseload.noPatients')}
          </Alert>
        )}
        {caseload.data && caseload.data.length > 0 && (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('clinical.caseload.name')}</Table.Th>
                <Table.Th scope="col">{t('clinical.caseload.mrn')}</Table.Th>
                <Table.Th scope="col">{t('clinical.caseload.myRole')}</Table.Th>
                <Table.Th scope="col">{t('clinical.caseload.openAlerts')}</Table.Th>
                <Table.Th scope="col">{t('clinical.caseload.links')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {caseload.data.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/staff/patients/${p.id}`}>
                      {p.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{p.mrn}</Table.Td>
                  <Table.Td>{p.careRole}</Table.Td>
                  <Table.Td>{p.openAlerts}</Table.Td>
                  <Table.Td>
                    <Group gap="sm">
                      <Anchor component={Link} to={`/staff/patients/${p.id}/assessments`}>
                        {t('clinical.caseload.assessmentsOf', { name: p.name })}
                      </Anchor>
                      <Anchor component={Link} to={`/staff/patients/${p.id}/asam`}>
                        {t('clinical.caseload.asamOf', { name: p.name })}
                      </Anchor>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Stack>
  );
}
