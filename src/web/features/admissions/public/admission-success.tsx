import { Anchor, Button, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AdmissionAccepted, Urgency } from '../../../../shared/admissions';

/** After sending: when they will hear back, what happens next, and who to call before that. */
export function AdmissionSuccess({ accepted, urgency }: { accepted: AdmissionAccepted; urgency: Urgency }) {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const due = new Date(accepted.followUpBy);
  const time = new Intl.DateTimeFormat(
    i18n.resolvedLanguage ?? 'en',
    urgency === 'today'
      ? { hour: 'numeric', minute: '2-digit' }
      : { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit' },
  ).format(due);
  const crisis = [
    { href: 'tel:911', label: t('admissions.form.success.call911') },
    { href: 'tel:988', label: t('admissions.form.success.call988') },
    { href: 'tel:18006624357', label: t('admissions.form.success.callSamhsa') },
  ];
  return (
    <Stack gap="lg" maw={720} mx="auto" px="md" py={{ base: 'md', sm: 'xl' }}>
      <Title order={1} fz={{ base: 28, sm: 36 }} ref={heading} tabIndex={-1}>
        {t('admissions.form.success.heading')}
      </Title>
      <Text size="lg" fw={600} role="status">
        {t(`admissions.form.success.${urgency}`, { time })}
      </Text>
      <section aria-labelledby="next-heading">
        <Title order={2} size="h3" id="next-heading">
          {t('admissions.form.success.nextHeading')}
        </Title>
        <List type="ordered" mt="xs" spacing="xs" size="lg">
          <List.Item>{t('admissions.form.success.next1')}</List.Item>
          <List.Item>{t('admissions.form.success.next2')}</List.Item>
          <List.Item>{t('admissions.form.success.next3')}</List.Item>
        </List>
      </section>
      <Paper
        component="section"
        aria-labelledby="crisis-heading"
        withBorder
        p="md"
        radius="md"
        style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}
      >
        <Title order={2} size="h3" id="crisis-heading" c="red.9">
          {t('admissions.form.success.crisisHeading')}
        </Title>
        <Stack gap="xs" mt="sm">
          {crisis.map((c) => (
            <Anchor key={c.href} href={c.href} fw={700} size="lg" py={4}>
              {c.label}
            </Anchor>
          ))}
        </Stack>
      </Paper>
      <Button component={Link} to="/" variant="outline" size="md" w="fit-content">
        {t('admissions.form.success.home')}
      </Button>
    </Stack>
  );
}
