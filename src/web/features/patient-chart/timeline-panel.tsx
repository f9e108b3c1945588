import { Button, Chip, Group, List, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMELINE_KINDS, type TimelineItem, type TimelineKind } from '../../../shared/patient-chart';
import { usePatientTimeline } from '../../api/patient-chart';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { careRoleKey } from './care-team-panel';
import { formatDateTime } from './format';

/** Everything that happened to the patient, newest first; filter chips by kind (none chosen = all). */
export function TimelinePanel({ patientId, active }: { patientId: string; active: boolean }) {
  const { t } = useTranslation();
  const labelId = useId();
  const [kinds, setKinds] = useState<TimelineKind[]>([]);
  const timeline = usePatientTimeline(patientId, kinds, active);
  return (
    <Stack gap="md">
      <Group gap="xs" role="group" aria-labelledby={labelId}>
        <Text id={labelId} fw={600} size="sm">
          {t('chart.timeline.filterLabel')}
        </Text>
        <Button
          size="compact-sm"
          variant={kinds.length === 0 ? 'filled' : 'default'}
          onClick={() => setKinds([])}
        >
          {t('chart.timeline.all')}
        </Button>
        <Chip.Group multiple value={kinds} onChange={(v) => setKinds(v as TimelineKind[])}>
          {TIMELINE_KINDS.map((k) => (
            <Chip key={k} value={k} size="sm">
              {t(`chart.timeline.kinds.${k}`)}
            </Chip>
          ))}
        </Chip.Group>
      </Group>
      {timeline.isPending && <PageLoader />}
      <ApiErrorAlert error={timeline.error} />
      {timeline.data &&
        (timeline.data.length === 0 ? (
          <Text>{t('chart.timeline.empty')}</Text>
        ) : (
          <List listStyleType="none" spacing="sm" aria-label={t('chart.tabs.timeline')}>
            {timeline.data.map((item) => (
              <TimelineEntry key={`${item.kind}-${item.event}-${item.refId}`} item={item} />
            ))}
          </List>
        ))}
    </Stack>
  );
}

/** The second line: a care role, the changed fields, the section of a court order, or the text as it came. */
function summaryText(item: TimelineItem, t: TFunction): string {
  const summary = item.summary ?? '';
  switch (item.kind) {
    case 'care-team':
      return t(careRoleKey(summary));
    case 'demographics':
      return summary
        .split(',')
        .map((f) => t(`chart.edit.fieldNames.${f}` as 'chart.edit.fieldNames.phone', { defaultValue: f }))
        .join(', ');
    case 'court-order':
      return t('chart.timeline.courtOrderSection', { section: summary });
    default:
      return summary;
  }
}

function TimelineEntry({ item }: { item: TimelineItem }) {
  const { t, i18n } = useTranslation();
  const key = `chart.timeline.events.${item.kind}.${item.event}`;
  // Unknown events (a kind added on the server first) fall back to the kind's name and the title.
  const label = i18n.exists(key)
    ? t(key as 'chart.timeline.events.problem.recorded', { title: item.title })
    : `${t(`chart.timeline.kinds.${item.kind}`)}: ${item.title}`;
  return (
    <List.Item>
      <Group gap="sm" align="baseline" wrap="nowrap">
        <Text size="sm" c="dimmed" miw={160}>
          <time dateTime={item.at}>{formatDateTime(item.at, i18n.resolvedLanguage ?? 'en')}</time>
        </Text>
        <div>
          <Text fw={600}>{label}</Text>
          {item.summary && <Text size="sm">{summaryText(item, t)}</Text>}
        </div>
      </Group>
    </List.Item>
  );
}
