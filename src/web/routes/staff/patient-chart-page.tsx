import { Anchor, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/client';
import { usePatientChart } from '../../api/patient-chart';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInUser } from '../../features/auth/use-signed-in-user';
import { BreakGlassForm } from '../../features/patient-chart/break-glass-form';
import { CareTeamPanel } from '../../features/patient-chart/care-team-panel';
import { ChartHeader } from '../../features/patient-chart/chart-header';
import { BREAK_GLASS_USER_ROLES, canEditChart } from '../../features/patient-chart/chart-permissions';
import { EpisodesPanel } from '../../features/patient-chart/episodes-panel';
import { ProblemsPanel } from '../../features/patient-chart/problems-panel';
import { SummaryPanel } from '../../features/patient-chart/summary-panel';
import { TimelinePanel } from '../../features/patient-chart/timeline-panel';

type Section = 'summary' | 'episodes' | 'care-team' | 'problems' | 'timeline';

/** `/staff/patients/:id`: the chart, or why it is closed (and break-the-glass), or "No such patient". */
export function PatientChartPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const me = useSignedInUser();
  const chart = usePatientChart(id);
  const [section, setSection] = useState<Section>('summary');
  const error = chart.error instanceof ApiError ? chart.error : null;
  const refused = error?.status === 403 && error.code === 'NOT_ON_CARE_TEAM';
  const missing = error?.status === 404 || (error?.status === 400 && error.code === 'VALIDATION');
  const name = chart.data
    ? `${chart.data.preferredName ?? chart.data.legalFirstName} ${chart.data.legalLastName}`
    : '';
  usePageTitle(
    missing ? t('chart.notFound.title') : refused ? t('chart.breakGlass.title') : name || t('chart.title'),
  );

  if (chart.isPending) return <PageLoader />;
  if (refused) return <BreakGlassForm patientId={id} canUse={BREAK_GLASS_USER_ROLES.includes(me.role)} />;
  if (missing) {
    return (
      <Stack gap="md" maw={640}>
        <Title order={1}>{t('chart.notFound.title')}</Title>
        <Text size="lg">{t('chart.notFound.body')}</Text>
        <Anchor component={Link} to="/staff" w="fit-content">
          {t('chart.notFound.back')}
        </Anchor>
      </Stack>
    );
  }
  if (!chart.data) {
    return (
      <Stack gap="md">
        <Title order={1}>{t('chart.title')}</Title>
        <Text fw={600}>{t('chart.loadError')}</Text>
        <ApiErrorAlert error={chart.error} />
      </Stack>
    );
  }

  const c = chart.data;
  const canEdit = canEditChart(me.role);
  return (
    <Stack gap="lg">
      <ChartHeader chart={c} />
      <Tabs
        value={section}
        onChange={(v) => setSection((v as Section | null) ?? 'summary')}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('chart.tabs.label')}>
          <Tabs.Tab value="summary">{t('chart.tabs.summary')}</Tabs.Tab>
          <Tabs.Tab value="episodes">{t('chart.tabs.episodes')}</Tabs.Tab>
          <Tabs.Tab value="care-team">{t('chart.tabs.careTeam')}</Tabs.Tab>
          <Tabs.Tab value="problems">{t('chart.tabs.problems')}</Tabs.Tab>
          <Tabs.Tab value="timeline">{t('chart.tabs.timeline')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="summary" pt="md">
          <SummaryPanel chart={c} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="episodes" pt="md">
          <EpisodesPanel patientId={c.id} episodes={c.episodes} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="care-team" pt="md">
          <CareTeamPanel patientId={c.id} members={c.careTeam} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="problems" pt="md">
          <ProblemsPanel patientId={c.id} problems={c.problems} canEdit={canEdit} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TimelinePanel patientId={c.id} active={section === 'timeline'} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
