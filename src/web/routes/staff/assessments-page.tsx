import { Anchor, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { AssessmentResponse } from '../../../shared/assessments';
import { useInstrumentDefinition, useInstrumentList, usePatientAssessments } from '../../api/assessments';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { InstrumentForm } from '../../features/assessments/instrument-form';
import { ResponseDrawer } from '../../features/assessments/response-drawer';
import { TrendChart } from '../../features/assessments/trend-chart';
import { useSignedInUser } from '../../features/auth/use-signed-in-user';
import { currentLanguage } from '../../i18n';

const WRITERS = ['counselor', 'prescriber', 'nurse', 'intake'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** `/staff/patients/:id/assessments`: administer any instrument, see trends, open and amend responses. */
export function AssessmentsPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { id: patientId = '' } = useParams();
  const me = useSignedInUser();
  const canWrite = WRITERS.includes(me.role);
  const [search, setSearch] = useSearchParams();
  const instrumentId = search.get('instrument');
  const [amending, setAmending] = useState<AssessmentResponse | null>(null);
  const [selected, setSelected] = useState<AssessmentResponse | null>(null);
  const list = useInstrumentList(lang);
  const def = useInstrumentDefinition(instrumentId, lang);
  const responses = usePatientAssessments(patientId, lang);
  usePageTitle(def.data ? `${def.data.title} — ${t('clinical.page.title')}` : t('clinical.page.title'));

  const chooseInstrument = (id: string | null) => {
    setAmending(null);
    setSearch(id ? { instrument: id } : {}, { replace: true });
  };
  const asqDoneRecently = useMemo(
    () =>
      (responses.data ?? []).some(
        (r) => r.instrumentId === 'asq' && Date.now() - new Date(r.administeredAt).getTime() < DAY_MS,
      ),
    [responses.data],
  );
  const withResponses = useMemo(
    () => [...new Set((responses.data ?? []).map((r) => r.instrumentId))],
    [responses.data],
  );

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/staff/patients/${patientId}`} w="fit-content">
          {t('clinical.page.backToChart')}
        </Anchor>
        <Title order={1}>{t('clinical.page.title')}</Title>
        <Text>{t('clinical.page.intro')}</Text>
      </Stack>
      {responses.isError && <ApiErrorAlert error={responses.error} />}

      {canWrite && (
        <Stack gap="md" component="section" aria-labelledby="administer-heading">
          <Title order={2} id="administer-heading">
            {t('clinical.page.administer')}
          </Title>
          <Group align="flex-end">
            <NativeSelect
              label={t('clinical.page.instrument')}
              size="md"
              miw={320}
              value={instrumentId ?? ''}
              onChange={(e) => chooseInstrument(e.currentTarget.value || null)}
              data={[
                { value: '', label: t('clinical.page.chooseInstrument') },
                ...(list.data ?? []).map((i) => ({ value: i.id, label: i.title })),
              ]}
            />
          </Group>
          {def.isPending && instrumentId && <PageLoader />}
          {def.isError && <ApiErrorAlert error={def.error} />}
          {def.data && (
            <InstrumentForm
              key={`${def.data.id}-${amending?.id ?? 'new'}`}
              patientId={patientId}
              def={def.data}
              lang={lang}
              asqDoneRecently={asqDoneRecently}
              amending={amending}
              onCancelAmend={() => setAmending(null)}
              onStartAsq={() => chooseInstrument('asq')}
            />
          )}
        </Stack>
      )}

      <Stack gap="md" component="section" aria-labelledby="trends-heading">
        <Title order={2} id="trends-heading">
          {t('clinical.trend.heading')}
        </Title>
        {responses.isPending && <PageLoader />}
        {responses.data && withResponses.length === 0 && <Text c="dimmed">{t('clinical.trend.none')}</Text>}
        {withResponses.map((id) => (
          <InstrumentTrend
            key={id}
            instrumentId={id}
            lang={lang}
            responses={(responses.data ?? []).filter((r) => r.instrumentId === id)}
            onSelect={setSelected}
          />
        ))}
      </Stack>
      <SelectedResponse
        response={selected}
        lang={lang}
        canAmend={canWrite}
        onClose={() => setSelected(null)}
        onAmend={(r) => {
          setSelected(null);
          setAmending(r);
          setSearch({ instrument: r.instrumentId }, { replace: true });
          window.scrollTo({ top: 0 });
        }}
      />
    </Stack>
  );
}

function InstrumentTrend(props: {
  instrumentId: string;
  lang: 'en' | 'es';
  responses: AssessmentResponse[];
  onSelect: (r: AssessmentResponse) => void;
}) {
  const { t } = useTranslation();
  const def = useInstrumentDefinition(props.instrumentId, props.lang);
  if (!def.data) return null;
  if (!def.data.scoreRange) {
    // Rule-based screens (ASQ, TAPS-1) have no total to chart: list the results.
    const latest = props.responses.filter((r) => r.amendedBy === null);
    return (
      <Stack gap={4}>
        <Title order={3} size="h4">
          {def.data.title}
        </Title>
        {latest.map((r) => (
          <Anchor
            key={r.id}
            component="button"
            type="button"
            onClick={() => props.onSelect(r)}
            w="fit-content"
          >
            {new Date(r.administeredAt).toLocaleString(props.lang)} —{' '}
            {r.bandLabel ?? t('clinical.trend.noBand')}
          </Anchor>
        ))}
      </Stack>
    );
  }
  return (
    <TrendChart def={def.data} responses={props.responses} lang={props.lang} onSelect={props.onSelect} />
  );
}

function SelectedResponse(props: {
  response: AssessmentResponse | null;
  lang: 'en' | 'es';
  canAmend: boolean;
  onClose: () => void;
  onAmend: (r: AssessmentResponse) => void;
}) {
  const def = useInstrumentDefinition(props.response?.instrumentId ?? null, props.lang);
  return <ResponseDrawer {...props} def={def.data} />;
}
