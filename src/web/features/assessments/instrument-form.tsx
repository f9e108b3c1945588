import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  NumberInput,
  Paper,
  Radio,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentFlag, AssessmentResponse, SubmittedAssessment } from '../../../shared/assessments';
import type {
  InstrumentDefinitionResponse,
  InstrumentLang,
  ScoreResponse,
} from '../../../shared/instruments';
import { scoreAnswers, useSubmitAssessment } from '../../api/assessments';
import { ApiError } from '../../api/client';
import { type Answers, bandForTotal, isAsked, progress, pruneUnasked } from './answers';
import { FlagsPanel } from './flags-panel';

interface Props {
  patientId: string;
  def: InstrumentDefinitionResponse;
  lang: InstrumentLang;
  /** Whether an ASQ was recorded for the patient in the last 24 hours. */
  asqDoneRecently: boolean;
  /** The response being corrected, if any: its answers prefill the form. */
  amending: AssessmentResponse | null;
  onCancelAmend: () => void;
  onStartAsq: () => void;
}

/** Answer an instrument by keyboard or touch, with the running total, band and flags beside it, then save. */
export function InstrumentForm({
  patientId,
  def,
  lang,
  asqDoneRecently,
  amending,
  onCancelAmend,
  onStartAsq,
}: Props) {
  const { t } = useTranslation();
  const [answers, setAnswers] = useState<Answers>(amending?.answers ?? {});
  const [hours, setHours] = useState<number | string>('');
  const [minutes, setMinutes] = useState<number | string>('');
  const [label, setLabel] = useState('');
  const [live, setLive] = useState<ScoreResponse | null>(null);
  const [saved, setSaved] = useState<SubmittedAssessment | null>(null);
  const submit = useSubmitAssessment(patientId, lang);
  const status = progress(def, answers);
  const isCows = def.id === 'cows';

  useEffect(() => {
    setAnswers(amending?.answers ?? {});
    setSaved(null);
  }, [amending]);

  // The authoritative score, band and flags come from the (stateless) scoring API once every required item
  // is answered; debounced so quick keyboard answering sends one request.
  useEffect(() => {
    if (!status.complete) {
      setLive(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      scoreAnswers(def.id, answers, controller.signal).then(setLive, () => setLive(null));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [def.id, answers, status.complete]);

  const liveFlags = useMemo(
    (): AssessmentFlag[] => (live?.flags ?? []).flatMap((id) => def.flags.filter((f) => f.id === id)),
    [live, def.flags],
  );
  const provisionalBand = def.scoreRange ? bandForTotal(def, status.runningTotal) : null;
  const band = live?.band
    ? def.bands.find((b) => b.id === live.band)
    : status.complete
      ? null
      : provisionalBand;
  const fieldErrors = submit.error instanceof ApiError ? (submit.error.fields ?? {}) : {};

  const answer = (itemId: string, raw: string) => {
    const item = def.items.find((i) => i.id === itemId)!;
    const option = item.options.find((o) => String(o.value) === raw);
    if (!option) return;
    setSaved(null);
    setAnswers((prev) => pruneUnasked(def, { ...prev, [itemId]: option.value }));
  };

  const save = () => {
    const h = typeof hours === 'number' ? hours : 0;
    const m = typeof minutes === 'number' ? minutes : 0;
    const hasTime = typeof hours === 'number' || typeof minutes === 'number';
    const context = isCows
      ? {
          ...(hasTime ? { minutesSinceLastUse: Math.round(h * 60 + m) } : {}),
          ...(label.trim() ? { label: label.trim() } : {}),
        }
      : undefined;
    submit.mutate(
      { instrumentId: def.id, answers, context, ...(amending ? { amendsId: amending.id } : {}) },
      {
        onSuccess: (stored) => {
          setSaved(stored);
          setAnswers({});
          setLive(null);
          setHours('');
          setMinutes('');
          setLabel('');
          if (amending) onCancelAmend();
        },
      },
    );
  };

  const askedItems = def.items.filter((item) => isAsked(item, answers));
  const shownFlags = saved ? saved.flags : liveFlags;
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 7 }}>
        <Stack gap="lg">
          {amending && (
            <Alert color="blue" title={t('clinical.form.amendingTitle')}>
              <Stack gap="xs">
                <Text size="sm">
                  {t('clinical.form.amendingBody', {
                    when: new Date(amending.administeredAt).toLocaleString(lang),
                  })}
                </Text>
                <Button variant="default" size="xs" w="fit-content" onClick={onCancelAmend}>
                  {t('clinical.form.cancelAmend')}
                </Button>
              </Stack>
            </Alert>
          )}
          <Text c="dimmed">{def.description}</Text>
          {askedItems.map((item) => {
            const number = def.items.indexOf(item) + 1;
            return (
              <Radio.Group
                key={item.id}
                name={`${def.id}-${item.id}`}
                label={`${number}. ${item.text}`}
                description={item.optional ? t('clinical.form.optional') : undefined}
                withAsterisk={!item.optional}
                value={item.id in answers ? String(answers[item.id]) : null}
                onChange={(v) => answer(item.id, v)}
                error={fieldErrors[item.id]}
                styles={{
                  label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 600, marginBottom: 6 },
                }}
              >
                <Stack gap={6} mt={4}>
                  {item.options.map((o) => (
                    <Radio
                      key={String(o.value)}
                      value={String(o.value)}
                      size="md"
                      label={
                        item.kind === 'scored' && typeof o.value === 'number'
                          ? `${o.label} (${t('clinical.form.points', { count: o.value })})`
                          : o.label
                      }
                      // Large touch targets: the whole row (44 px high) selects the option.
                      styles={{ body: { minHeight: 44, alignItems: 'center' }, labelWrapper: { flex: 1 } }}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            );
          })}
          {isCows && (
            <Paper withBorder p="md">
              <Stack gap="sm">
                <Title order={3} size="h5">
                  {t('clinical.form.cowsContext')}
                </Title>
                <Group grow align="flex-start">
                  <NumberInput
                    label={t('clinical.form.hoursSinceUse')}
                    min={0}
                    max={1440}
                    allowDecimal={false}
                    value={hours}
                    onChange={setHours}
                  />
                  <NumberInput
                    label={t('clinical.form.minutesSinceUse')}
                    min={0}
                    max={59}
                    allowDecimal={false}
                    value={minutes}
                    onChange={setMinutes}
                  />
                </Group>
                <TextInput
                  label={t('clinical.form.timelineLabel')}
                  placeholder={t('clinical.form.timelinePlaceholder')}
                  maxLength={80}
                  value={label}
                  onChange={(e) => setLabel(e.currentTarget.value)}
                />
              </Stack>
            </Paper>
          )}
          {submit.isError && (
            <Alert color="red" role="alert" title={t('clinical.form.saveError')}>
              {submit.error.message}
            </Alert>
          )}
          <Group>
            <Button size="md" onClick={save} loading={submit.isPending}>
              {amending ? t('clinical.form.saveCorrection') : t('clinical.form.save')}
            </Button>
          </Group>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 5 }}>
        <Stack gap="md" style={{ position: 'sticky', top: 76 }}>
          <Paper
            withBorder
            p="md"
            aria-live="polite"
            aria-label={t('clinical.form.resultLabel')}
            role="status"
          >
            <Stack gap={6}>
              <Text size="sm" c="dimmed" fw={600}>
                {saved ? t('clinical.form.savedResult') : t('clinical.form.liveResult')}
              </Text>
              {def.scoreRange ? (
                <Text size="xl" fw={700}>
                  {t('clinical.form.total', {
                    score: saved?.score ?? live?.score ?? status.runningTotal,
                    max: def.scoreRange.max,
                  })}
                </Text>
              ) : null}
              {(saved?.bandLabel ?? band?.label) && (
                <Group gap="xs">
                  <Text size="sm">{t('clinical.form.band')}</Text>
                  <Badge size="lg" variant="light" color="blue">
                    {saved?.bandLabel ?? band?.label}
                  </Badge>
                  {!saved && !live && (
                    <Text size="xs" c="dimmed">
                      {t('clinical.form.soFar')}
                    </Text>
                  )}
                </Group>
              )}
              {!saved && (
                <Text size="sm" c="dimmed">
                  {t('clinical.form.progress', { answered: status.answered, required: status.required })}
                </Text>
              )}
            </Stack>
          </Paper>
          {saved && (
            <Alert
              color="green"
              title={t('clinical.form.saved')}
              styles={{ title: { color: 'var(--mantine-color-text)' } }}
            >
              {saved.alertsRaised.length > 0
                ? t('clinical.form.alertsRaised', { count: saved.alertsRaised.length })
                : t('clinical.form.noAlerts')}
            </Alert>
          )}
          <FlagsPanel
            flags={shownFlags}
            asqDone={saved ? saved.asqDoneRecently : def.id === 'phq9' ? asqDoneRecently : null}
          />
          {def.id === 'phq9' && shownFlags.some((f) => f.id === 'suicide-risk') && !asqDoneRecently && (
            <Button color="red.9" variant="outline" onClick={onStartAsq}>
              {t('clinical.flags.startAsq')}
            </Button>
          )}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
