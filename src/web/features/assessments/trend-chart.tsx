import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Button, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { AssessmentResponse } from '../../../shared/assessments';
import type { InstrumentDefinitionResponse } from '../../../shared/instruments';

const BAND_COLORS = ['green', 'lime', 'yellow', 'orange', 'red', 'grape'];

export function formatSinceUse(minutes: number | undefined, t: TFunction) {
  if (minutes === undefined) return null;
  return t('clinical.trend.sinceUse', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

/**
 * One instrument's totals over time (superseded responses left out), bands shaded from the definition, each
 * point selectable: by clicking the chart, or with the keyboard in the table of points below it.
 */
export function TrendChart({
  def,
  responses,
  lang,
  onSelect,
}: {
  def: InstrumentDefinitionResponse;
  responses: AssessmentResponse[];
  lang: string;
  onSelect: (response: AssessmentResponse) => void;
}) {
  const { t } = useTranslation();
  const points = responses
    .filter((r) => r.amendedBy === null && r.score !== null)
    .sort((a, b) => a.administeredAt.localeCompare(b.administeredAt));
  if (points.length === 0 || !def.scoreRange) return null;
  const data = points.map((r) => ({
    id: r.id,
    time: new Date(r.administeredAt).toLocaleString(lang, { dateStyle: 'short', timeStyle: 'short' }),
    score: r.score,
    since: formatSinceUse(r.context?.minutesSinceLastUse, t),
    label: r.context?.label ?? null,
    band: r.bandLabel,
  }));
  const headingId = `trend-${def.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('clinical.trend.title', { instrument: def.title })}
        </Title>
        <div aria-hidden="true" data-testid={`trend-chart-${def.id}`}>
          <LineChart
            h={260}
            // Keyboard users select points in the table below; the chart itself takes no focus.
            accessibilityLayer={false}
            data={data}
            dataKey="time"
            series={[{ name: 'score', label: t('clinical.trend.score'), color: 'blue.8' }]}
            yAxisProps={{ domain: [def.scoreRange.min, def.scoreRange.max] }}
            referenceAreas={def.bands
              .filter((b) => b.min !== null && b.max !== null)
              .map((b, i) => ({
                y1: b.min!,
                y2: b.max! + (i === def.bands.length - 1 ? 0 : 1),
                color: BAND_COLORS[i % BAND_COLORS.length],
                label: b.label,
                labelPosition: 'insideLeft',
                ifOverflow: 'hidden',
              }))}
            dotProps={{ r: 6, cursor: 'pointer' }}
            activeDotProps={{ r: 8, cursor: 'pointer' }}
            lineChartProps={{
              onClick: (state: { activeTooltipIndex?: number | string | null }) => {
                const index = Number(state?.activeTooltipIndex);
                if (Number.isInteger(index) && points[index]) onSelect(points[index]);
              },
            }}
            tooltipProps={{
              content: ({ payload }) => {
                const p = payload?.[0]?.payload as (typeof data)[number] | undefined;
                if (!p) return null;
                return (
                  <Paper withBorder p="xs" shadow="sm">
                    <Text size="sm" fw={700}>
                      {p.time}: {p.score} ({p.band})
                    </Text>
                    {p.since && <Text size="sm">{p.since}</Text>}
                    {p.label && <Text size="sm">{p.label}</Text>}
                  </Paper>
                );
              },
            }}
          />
        </div>
        <Table striped withTableBorder>
          <VisuallyHidden component="caption">
            {t('clinical.trend.tableCaption', { instrument: def.title })}
          </VisuallyHidden>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('clinical.trend.when')}</Table.Th>
              <Table.Th scope="col">{t('clinical.trend.score')}</Table.Th>
              <Table.Th scope="col">{t('clinical.trend.band')}</Table.Th>
              {def.id === 'cows' && <Table.Th scope="col">{t('clinical.trend.sinceUseHeader')}</Table.Th>}
              <Table.Th scope="col">
                <VisuallyHidden>{t('clinical.trend.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((d, i) => (
              <Table.Tr key={d.id} data-testid="trend-point">
                <Table.Td>
                  {d.time}
                  {d.label ? ` — ${d.label}` : ''}
                </Table.Td>
                <Table.Td>{d.score}</Table.Td>
                <Table.Td>{d.band}</Table.Td>
                {def.id === 'cows' && <Table.Td>{d.since ?? '—'}</Table.Td>}
                <Table.Td>
                  <Button variant="subtle" size="compact-sm" onClick={() => onSelect(points[i]!)}>
                    {t('clinical.trend.viewAnswers')}
                    <VisuallyHidden>{` ${d.time}`}</VisuallyHidden>
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}
