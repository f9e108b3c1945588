import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChartEpisode } from '../../../shared/patient-chart';
import { ApiError } from '../../api/client';
import { useDischarge } from '../../api/patient-chart';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { formatDateTime } from './format';

/** Episodes of care, newest first; an open episode can be closed with a date and a reason. */
export function EpisodesPanel({
  patientId,
  episodes,
  canEdit,
}: {
  patientId: string;
  episodes: ChartEpisode[];
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const none = t('chart.none');
  if (episodes.length === 0) return <Text>{t('chart.episodes.empty')}</Text>;
  return (
    <Stack gap="md">
      {episodes.map((e) => (
        <Paper
          key={e.id}
          withBorder
          p="md"
          component="section"
          aria-label={formatDateTime(e.admittedAt, lang)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
            <Item label={t('chart.episodes.admitted')} value={formatDateTime(e.admittedAt, lang)} />
            <Item label={t('chart.episodes.site')} value={e.site?.name ?? none} />
            <Item label={t('chart.episodes.levelOfCare')} value={e.levelOfCare ?? none} />
            <Item label={t('chart.episodes.counselor')} value={e.primaryCounselor?.displayName ?? none} />
            <Item label={t('chart.episodes.prescriber')} value={e.prescriber?.displayName ?? none} />
            <Item
              label={t('chart.episodes.discharged')}
              value={e.dischargedAt ? formatDateTime(e.dischargedAt, lang) : t('chart.episodes.open')}
            />
            {e.dischargeReason && <Item label={t('chart.episodes.reason')} value={e.dischargeReason} />}
          </SimpleGrid>
          {canEdit && !e.dischargedAt && <DischargeForm patientId={patientId} episodeId={e.id} />}
        </Paper>
      ))}
    </Stack>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <dl style={{ margin: 0 }}>
      <Text size="sm" c="dimmed" component="dt">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {value}
      </Text>
    </dl>
  );
}

function DischargeForm({ patientId, episodeId }: { patientId: string; episodeId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const discharge = useDischarge(patientId);
  const [open, setOpen] = useState(false);
  const [at, setAt] = useState('');
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <Button mt="md" variant="default" onClick={() => setOpen(true)}>
        {t('chart.episodes.discharge')}
      </Button>
    );
  }
  const fields = discharge.error instanceof ApiError ? discharge.error.fields : undefined;
  return (
    <form
      aria-labelledby={headingId}
      onSubmit={(ev) => {
        ev.preventDefault();
        const dischargedAt = at ? new Date(at).toISOString() : '';
        discharge.mutate({ episodeId, dischargedAt, reason }, { onSuccess: () => setOpen(false) });
      }}
    >
      <Stack gap="sm" mt="md" maw={480}>
        <Title order={3} size="h5" id={headingId}>
          {t('chart.episodes.dischargeTitle')}
        </Title>
        <ApiErrorAlert error={discharge.error} />
        <TextInput
          type="datetime-local"
          label={t('chart.episodes.dischargeDate')}
          required
          value={at}
          onChange={(ev) => setAt(ev.currentTarget.value)}
          error={fields?.dischargedAt}
        />
        <Textarea
          label={t('chart.episodes.dischargeReason')}
          required
          value={reason}
          onChange={(ev) => setReason(ev.currentTarget.value)}
          error={fields?.reason}
        />
        <Group>
          <Button type="submit" loading={discharge.isPending}>
            {t('chart.episodes.dischargeConfirm')}
          </Button>
          <Button variant="default" onClick={() => setOpen(false)}>
            {t('chart.episodes.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
