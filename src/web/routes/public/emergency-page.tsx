import { Alert, Anchor, Box, Button, Container, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { usePageMeta } from './use-page-meta';

/**
 * The overdose emergency card. Steps and their order follow REFERENCE.md §1.7 (SAMHSA Opioid Overdose Prevention
 * Toolkit, 2018, paraphrased): check responsiveness, call 911, naloxone (repeat every 2-3 min with a new device),
 * support breathing (1 breath every 5 s, CPR if trained or no pulse), recovery position, stay (naloxone wears off
 * in about 30-90 min). Signs: the triad plus gurgling, blue/grey lips or nails, limp body, cold clammy skin (§1.7).
 * "Naloxone will not harm someone who has not taken opioids": SAMHSA toolkit ("naloxone has no effect in someone
 * who does not have opioids in their system"). OTC naloxone: FDA approval of Narcan nasal spray, March 2023.
 */
const STEPS = ['wake', 'call', 'naloxone', 'breathe', 'side', 'stay'] as const;
const SIGNS = ['unresponsive', 'breathing', 'pupils', 'sounds', 'colour', 'body'] as const;
const NOTES = ['otherDrugs', 'safe', 'pharmacy', 'goodSamaritan'] as const;

/** Navigation state set by the signs checklist when an overdose question was answered yes. */
export interface EmergencyState {
  fromChecklist?: boolean;
}

export function EmergencyPage() {
  const { t } = useTranslation();
  const state = useLocation().state as EmergencyState | null;
  usePageMeta(t('site.emergency.title'), t('site.emergency.description'));
  return (
    <Container size="sm" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <Title order={1} c="red.9" fz={{ base: 28, sm: 36 }}>
          {t('site.emergency.heading')}
        </Title>
        {state?.fromChecklist && (
          <Alert
            color="red"
            variant="light"
            role="alert"
            styles={{ message: { fontSize: 'var(--mantine-font-size-md)' } }}
          >
            {t('site.emergency.fromChecklist')}
          </Alert>
        )}
        <Text size="lg">{t('site.emergency.intro')}</Text>
        <Button
          component="a"
          href="tel:911"
          color="red.9"
          size="xl"
          fullWidth
          styles={{ root: { minHeight: 64 }, label: { fontSize: 24 } }}
        >
          {t('site.emergency.call911')}
        </Button>

        <section aria-labelledby="steps-heading">
          <Title order={2} id="steps-heading">
            {t('site.emergency.stepsHeading')}
          </Title>
          <Box component="ol" mt="sm" p={0} style={{ listStyle: 'none' }}>
            {STEPS.map((step, index) => (
              <Paper component="li" key={step} withBorder radius="md" p="md" mb="sm">
                <Title order={3} size="h4">
                  <Text span inherit c="red.9" mr={8} aria-hidden="true">
                    {index + 1}.
                  </Text>
                  {t(`site.emergency.steps.${step}.title`)}
                </Title>
                <Text mt={4}>{t(`site.emergency.steps.${step}.body`)}</Text>
              </Paper>
            ))}
          </Box>
        </section>

        <section aria-labelledby="overdose-signs-heading">
          <Title order={2} id="overdose-signs-heading">
            {t('site.emergency.signsHeading')}
          </Title>
          <List mt="sm" spacing={4} size="md">
            {SIGNS.map((sign) => (
              <List.Item key={sign}>{t(`site.emergency.signs.${sign}`)}</List.Item>
            ))}
          </List>
        </section>

        <section aria-labelledby="notes-heading">
          <Title order={2} id="notes-heading">
            {t('site.emergency.notesHeading')}
          </Title>
          <List mt="sm" spacing={4} size="md">
            {NOTES.map((note) => (
              <List.Item key={note}>{t(`site.emergency.notes.${note}`)}</List.Item>
            ))}
          </List>
        </section>

        <Text fw={600}>
          {t('site.emergency.crisis')} <Anchor href="tel:988">988</Anchor>
        </Text>
      </Stack>
    </Container>
  );
}
