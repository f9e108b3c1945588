import {
  Anchor,
  Button,
  Checkbox,
  Container,
  Group,
  List,
  Paper,
  Radio,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { signsChecklist } from '../../../domain/instruments/signs-checklist';
import { OVERDOSE_ITEM_IDS, SIGN_CATEGORIES, SIGNS, scoreSigns } from '../../../domain/signs/signs-checklist';
import {
  clearChecklistHandoff,
  saveChecklistHandoff,
} from '../../features/admissions/public/save-checklist-handoff';
import { currentLanguage } from '../../i18n';
import type { EmergencyState } from './emergency-page';
import { ADMISSION_PATH, EMERGENCY_PATH, FIND_PATH } from './public-pages';
import { usePageMeta } from './use-page-meta';

type YesNo = 'yes' | 'no';
type Audience = 'me' | 'other';

const itemText = new Map(signsChecklist.items.map((item) => [item.id, item.text]));
const bandText = new Map(signsChecklist.bands.map((band) => [band.id, band]));

/**
 * The signs checklist. Everything stays in this component's state: nothing is stored or sent. Scoring is the
 * registered instrument's own function (src/domain/instruments/signs-checklist.ts), run in the browser.
 * Overdose first: the three questions come one after another, and a yes to any opens the emergency steps at once.
 */
export function SignsPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const navigate = useNavigate();
  usePageMeta(t('site.signs.title'), t('site.signs.description'));

  const [overdose, setOverdose] = useState<Record<string, YesNo>>({});
  const [audience, setAudience] = useState<Audience | null>(null);
  const [present, setPresent] = useState<Set<string>>(new Set());
  const [result, setResult] = useState<{ score: number | null; band: string | null } | null>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const answerOverdose = (id: string, value: YesNo) => {
    // Later questions are only asked after a "no"; changing an answer drops the ones after it.
    const index = OVERDOSE_ITEM_IDS.indexOf(id as (typeof OVERDOSE_ITEM_IDS)[number]);
    const next: Record<string, YesNo> = {};
    for (const earlier of OVERDOSE_ITEM_IDS.slice(0, index)) next[earlier] = overdose[earlier]!;
    next[id] = value;
    setOverdose(next);
    setResult(null);
    if (signsChecklist.score(next).flags.includes('overdose')) {
      navigate(EMERGENCY_PATH, { state: { fromChecklist: true } satisfies EmergencyState });
    }
  };

  // Question n is shown once all before it are answered "no".
  const askedOverdose = OVERDOSE_ITEM_IDS.filter((_, index) =>
    OVERDOSE_ITEM_IDS.slice(0, index).every((id) => overdose[id] === 'no'),
  );
  const overdoseRuledOut = OVERDOSE_ITEM_IDS.every((id) => overdose[id] === 'no');

  const setCategory = (category: string, checked: string[]) => {
    const next = new Set([...present].filter((id) => SIGNS.find((s) => s.id === id)?.category !== category));
    for (const id of checked) next.add(id);
    setPresent(next);
    setResult(null);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const answers: Record<string, YesNo> = { ...overdose };
    for (const sign of SIGNS) answers[sign.id] = present.has(sign.id) ? 'yes' : 'no';
    const scored = signsChecklist.score(answers);
    if (scored.flags.includes('overdose')) {
      navigate(EMERGENCY_PATH, { state: { fromChecklist: true } satisfies EmergencyState });
      return;
    }
    setResult({ score: scored.score, band: scored.band });
    // The result waits in this tab for the admission form, which offers to attach it (nothing is sent unless
    // the person ticks that box and sends the form). Only a shown result is kept: an overdose answer never is.
    const signs = scoreSigns(answers);
    if (!signs.overdose) {
      saveChecklistHandoff({
        instrument: 'signs-checklist',
        score: signs.count,
        band: signs.band,
        present: signs.present,
        audience: audience ?? undefined,
        completedAt: new Date().toISOString(),
      });
    }
    requestAnimationFrame(() => resultHeading.current?.focus());
  };

  const startOver = () => {
    setOverdose({});
    setAudience(null);
    setPresent(new Set());
    setResult(null);
    clearChecklistHandoff(); // a fresh start must not leave the old answers for the admission form
    window.scrollTo({ top: 0 });
  };

  return (
    <Container size="sm" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz={{ base: 28, sm: 36 }}>
            {t('site.signs.heading')}
          </Title>
          <Text size="lg" mt="sm">
            {t('site.signs.intro')}
          </Text>
          <Text mt="xs" c="dimmed">
            {t('site.signs.private')}
          </Text>
        </div>

        <Paper
          component="section"
          aria-labelledby="overdose-heading"
          withBorder
          p="md"
          radius="md"
          style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}
        >
          <Title order={2} size="h3" id="overdose-heading" c="red.9">
            {t('site.signs.overdoseHeading')}
          </Title>
          <Text mt={4}>{t('site.signs.overdoseIntro')}</Text>
          <Stack gap="md" mt="md">
            {askedOverdose.map((id) => (
              <Radio.Group
                key={id}
                label={itemText.get(id)?.[lang]}
                value={overdose[id] ?? null}
                onChange={(value) => answerOverdose(id, value as YesNo)}
                styles={{ label: { fontSize: 'var(--mantine-font-size-md)', fontWeight: 600 } }}
              >
                <Group gap="xl" mt="xs">
                  <Radio value="yes" label={t('site.signs.yes')} size="md" />
                  <Radio value="no" label={t('site.signs.no')} size="md" />
                </Group>
              </Radio.Group>
            ))}
          </Stack>
        </Paper>

        {overdoseRuledOut && (
          <form onSubmit={submit} noValidate>
            <Stack gap="lg">
              <Radio.Group
                label={t('site.signs.whoHeading')}
                value={audience}
                onChange={(value) => setAudience(value as Audience)}
                styles={{ label: { fontSize: 'var(--mantine-font-size-xl)', fontWeight: 700 } }}
              >
                <Group gap="xl" mt="xs">
                  <Radio value="me" label={t('site.signs.who.me')} size="md" />
                  <Radio value="other" label={t('site.signs.who.other')} size="md" />
                </Group>
              </Radio.Group>

              <section aria-labelledby="signs-heading">
                <Title order={2} size="h3" id="signs-heading">
                  {t('site.signs.signsHeading')}
                </Title>
                <Text mt={4}>{t(`site.signs.signsIntro.${audience ?? 'none'}`)}</Text>
                <Stack gap="md" mt="md">
                  {SIGN_CATEGORIES.map((category) => (
                    <Checkbox.Group
                      key={category}
                      label={t(`site.signs.categories.${category}`)}
                      value={SIGNS.filter((s) => s.category === category && present.has(s.id)).map(
                        (s) => s.id,
                      )}
                      onChange={(checked) => setCategory(category, checked)}
                      styles={{ label: { fontSize: 'var(--mantine-font-size-lg)', fontWeight: 700 } }}
                    >
                      <Stack gap="sm" mt="xs">
                        {SIGNS.filter((s) => s.category === category).map((sign) => (
                          <Checkbox
                            key={sign.id}
                            value={sign.id}
                            label={itemText.get(sign.id)?.[lang]}
                            size="md"
                          />
                        ))}
                      </Stack>
                    </Checkbox.Group>
                  ))}
                </Stack>
              </section>

              <Button type="submit" size="md" style={{ alignSelf: 'flex-start' }}>
                {t('site.signs.submit')}
              </Button>
            </Stack>
          </form>
        )}

        {result && (
          <SignsResult
            result={result}
            audience={audience ?? 'other'}
            headingRef={resultHeading}
            onStartOver={startOver}
          />
        )}
      </Stack>
    </Container>
  );
}

interface SignsResultProps {
  result: { score: number | null; band: string | null };
  audience: Audience;
  headingRef: React.RefObject<HTMLHeadingElement | null>;
  onStartOver: () => void;
}

function SignsResult({ result, audience, headingRef, onStartOver }: SignsResultProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  const band = result.band ? bandText.get(result.band) : undefined;
  const next = ['talk', 'helpline', 'safety', 'crisis'] as const;
  return (
    <Paper component="section" aria-labelledby="result-heading" withBorder p="md" radius="md" bg="haven.0">
      <Title order={2} size="h3" id="result-heading" ref={headingRef} tabIndex={-1}>
        {t('site.signs.resultHeading')}
      </Title>
      <Text mt="sm" fw={700}>
        {t('site.signs.count', { count: result.score ?? 0, total: SIGNS.length })}
      </Text>
      {band && (
        <>
          <Text mt="xs" fw={700}>
            {band.label[lang]}
          </Text>
          <Text mt={4}>{band.interpretation[lang]}</Text>
        </>
      )}
      {/* A bordered note rather than an Alert: it is advice, not a status change to announce. */}
      <Paper withBorder p="sm" mt="md">
        <Text>{t('site.signs.notDiagnosis')}</Text>
      </Paper>
      <Title order={3} size="h4" mt="md">
        {t('site.signs.nextHeading')}
      </Title>
      <List mt="xs" spacing={6}>
        {next.map((key) => (
          <List.Item key={key}>{t(`site.signs.next.${audience}.${key}`)}</List.Item>
        ))}
      </List>
      <Group mt="md" gap="sm">
        <Button component={Link} to={FIND_PATH} size="md">
          {t('site.signs.findCenter')}
        </Button>
        <Button component={Link} to={ADMISSION_PATH} size="md" variant="outline" bg="white">
          {t('site.signs.requestAdmission')}
        </Button>
      </Group>
      <Group mt="md" gap="lg">
        <Anchor component={Link} to="/how-addiction-develops">
          {t('site.signs.learn')}
        </Anchor>
        <Anchor component="button" type="button" onClick={onStartOver}>
          {t('site.signs.startOver')}
        </Anchor>
      </Group>
    </Paper>
  );
}
