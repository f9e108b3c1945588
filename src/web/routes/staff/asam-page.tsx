import {
  Alert,
  Anchor,
  Button,
  Checkbox,
  Grid,
  List,
  NativeSelect,
  Paper,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ASAM_DIMENSIONS, ASAM_LEVEL_IDS, type AsamDimension, type AsamLevelId } from '../../../shared/asam';
import { useAsamHistory, useAsamRecommendation, useRecordAsam } from '../../api/asam';
import { ApiError } from '../../api/client';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { usePageTitle } from '../../components/use-page-title';
import { currentLanguage } from '../../i18n';

type Ratings = Record<AsamDimension, number>;
const ZERO: Ratings = { d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 };
const EMPTY_NOTES: Record<AsamDimension, string> = { d1: '', d2: '', d3: '', d4: '', d5: '', d6: '' };

/**
 * `/staff/patients/:id/asam`: the six ASAM dimensions (REFERENCE.md 2.1) rated 0-4 with a note each, the
 * decision-support recommendation (2.2, simplified rules, not ASAM's official algorithm), the chosen level and,
 * when it differs, the reason.
 */
export function AsamPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const { id: patientId = '' } = useParams();
  usePageTitle(t('clinical.asam.title'));
  const [ratings, setRatings] = useState<Ratings>(ZERO);
  const [notes, setNotes] = useState(EMPTY_NOTES);
  const [hasDiagnosis, setHasDiagnosis] = useState(true);
  const [acceptsMoud, setAcceptsMoud] = useState(false);
  const [chosen, setChosen] = useState<AsamLevelId | ''>('');
  const [reason, setReason] = useState('');
  const recommendation = useAsamRecommendation({ ratings, hasDiagnosis, acceptsMoud });
  const history = useAsamHistory(patientId);
  const record = useRecordAsam(patientId);
  const recommended = recommendation.data?.level;
  const chosenLevel = chosen || recommended || '';
  const differs = recommended !== undefined && chosenLevel !== recommended;
  const fieldErrors = record.error instanceof ApiError ? (record.error.fields ?? {}) : {};

  const save = () => {
    if (!chosenLevel) return;
    record.mutate(
      {
        ratings,
        notes,
        hasDiagnosis,
        acceptsMoud,
        chosenLevel,
        ...(differs ? { overrideReason: reason } : {}),
      },
      {
        onSuccess: () => {
          setChosen('');
          setReason('');
        },
      },
    );
  };

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <Anchor component={Link} to={`/staff/patients/${patientId}`} w="fit-content">
          {t('clinical.page.backToChart')}
        </Anchor>
        <Title order={1}>{t('clinical.asam.title')}</Title>
        <Text>{t('clinical.asam.intro')}</Text>
        {history.data && (
          <Text fw={600}>
            {t('clinical.asam.currentLevel', { level: history.data.currentLevel ?? t('clinical.asam.none') })}
          </Text>
        )}
      </Stack>
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="lg">
            {ASAM_DIMENSIONS.map((d) => (
              <Paper key={d} withBorder p="md" component="fieldset" style={{ margin: 0 }}>
                <Text component="legend" fw={700} px={4}>
                  {t(`clinical.asam.dimensions.${d}`)}
                </Text>
                <Stack gap="xs">
                  <Text size="sm" id={`${d}-rating-label`}>
                    {t('clinical.asam.rating')}
                  </Text>
                  <SegmentedControl
                    aria-labelledby={`${d}-rating-label`}
                    size="md"
                    fullWidth
                    value={String(ratings[d])}
                    onChange={(v) => setRatings((r) => ({ ...r, [d]: Number(v) }))}
                    data={[0, 1, 2, 3, 4].map((n) => ({
                      value: String(n),
                      label: `${n}`,
                    }))}
                  />
                  <Text size="xs" c="dimmed">
                    {t('clinical.asam.scale')}
                  </Text>
                  <Textarea
                    label={t('clinical.asam.note')}
                    autosize
                    minRows={1}
                    maxLength={500}
                    value={notes[d]}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setNotes((n) => ({ ...n, [d]: value }));
                    }}
                  />
                </Stack>
              </Paper>
            ))}
            <Checkbox
              label={t('clinical.asam.hasDiagnosis')}
              checked={hasDiagnosis}
              onChange={(e) => setHasDiagnosis(e.currentTarget.checked)}
            />
            <Checkbox
              label={t('clinical.asam.acceptsMoud')}
              checked={acceptsMoud}
              onChange={(e) => setAcceptsMoud(e.currentTarget.checked)}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="md" style={{ position: 'sticky', top: 76 }}>
            <Paper withBorder p="md" role="status" aria-live="polite" aria-labelledby="asam-rec-heading">
              <Stack gap="xs">
                <Title order={2} size="h4" id="asam-rec-heading">
                  {t('clinical.asam.recommendation')}
                </Title>
                <Text size="sm" fw={700} bg="gray.1" px="xs" py={4} style={{ borderRadius: 4 }}>
                  {t('clinical.asam.decisionSupport')}
                </Text>
                {recommendation.data && (
                  <>
                    <Text size="xl" fw={700} data-testid="asam-recommended-level">
                      {t('clinical.asam.level', { level: recommendation.data.level })}
                    </Text>
                    <Text size="sm">{t('clinical.asam.rule', { rule: recommendation.data.rule })}</Text>
                    <List size="sm">
                      {recommendation.data.reasons.map((r) => (
                        <List.Item key={r}>{r}</List.Item>
                      ))}
                    </List>
                    {recommendation.data.concurrentServices.length > 0 && (
                      <Text size="sm">
                        {t('clinical.asam.concurrent', {
                          services: recommendation.data.concurrentServices.join(', '),
                        })}
                      </Text>
                    )}
                  </>
                )}
                {recommendation.isError && <ApiErrorAlert error={recommendation.error} />}
              </Stack>
            </Paper>
            <Paper withBorder p="md">
              <Stack gap="sm">
                <NativeSelect
                  label={t('clinical.asam.chosenLevel')}
                  size="md"
                  value={chosenLevel}
                  onChange={(e) => setChosen(e.currentTarget.value as AsamLevelId)}
                  data={ASAM_LEVEL_IDS.map((l) => ({ value: l, label: l }))}
                />
                {differs && (
                  <Textarea
                    label={t('clinical.asam.overrideReason')}
                    description={t('clinical.asam.overrideHelp')}
                    required
                    minRows={2}
                    autosize
                    value={reason}
                    onChange={(e) => setReason(e.currentTarget.value)}
                    error={fieldErrors.overrideReason}
                  />
                )}
                {record.isError && (
                  <Alert color="red" role="alert">
                    {record.error.message}
                  </Alert>
                )}
                {record.isSuccess && (
                  <Alert
                    color="green"
                    title={t('clinical.asam.saved')}
                    styles={{ title: { color: 'var(--mantine-color-text)' } }}
                  >
                    {record.data.levelChange
                      ? t('clinical.asam.levelChanged', { level: record.data.levelChange.level })
                      : t('clinical.asam.levelUnchanged')}
                  </Alert>
                )}
                <Button size="md" onClick={save} loading={record.isPending} disabled={!chosenLevel}>
                  {t('clinical.asam.save')}
                </Button>
              </Stack>
            </Paper>
          </Stack>
        </Grid.Col>
      </Grid>

      <Stack gap="md" component="section" aria-labelledby="asam-history-heading">
        <Title order={2} id="asam-history-heading">
          {t('clinical.asam.history')}
        </Title>
        {history.isError && <ApiErrorAlert error={history.error} />}
        {history.data?.assessments.length === 0 && <Text c="dimmed">{t('clinical.asam.noHistory')}</Text>}
        {history.data && history.data.assessments.length > 0 && (
          <Table striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('clinical.asam.when')}</Table.Th>
                <Table.Th scope="col">{t('clinical.asam.ratings')}</Table.Th>
                <Table.Th scope="col">{t('clinical.asam.recommended')}</Table.Th>
                <Table.Th scope="col">{t('clinical.asam.chosen')}</Table.Th>
                <Table.Th scope="col">{t('clinical.asam.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {history.data.assessments.map((a) => (
                <Table.Tr key={a.id}>
                  <Table.Td>
                    {new Date(a.assessedAt).toLocaleString(lang)}
                    {a.assessedBy ? ` — ${a.assessedBy.displayName}` : ''}
                  </Table.Td>
                  <Table.Td>
                    {ASAM_DIMENSIONS.map((d) => `${d.toUpperCase()} ${a.ratings[d]}`).join(' · ')}
                  </Table.Td>
                  <Table.Td>
                    {a.recommendedLevel} ({a.rule})
                  </Table.Td>
                  <Table.Td>{a.chosenLevel}</Table.Td>
                  <Table.Td>{a.overrideReason ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {history.data && history.data.levelChanges.length > 0 && (
          <>
            <Title order={3} size="h4">
              {t('clinical.asam.levelChanges')}
            </Title>
            <List>
              {history.data.levelChanges.map((c) => (
                <List.Item key={c.id}>
                  {new Date(c.changedAt).toLocaleString(lang)}: {c.level}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Stack>
  );
}
