import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PROGRAM_ADMISSIONS_PHONE } from './program-contact';

/** Crisis and treatment lines; always near the top of the public home page. */
export function GetHelpNow() {
  const { t } = useTranslation();
  return (
    <Paper
      component="section"
      aria-labelledby="get-help-heading"
      withBorder
      p={{ base: 'md', sm: 'lg' }}
      radius="lg"
      style={{ borderColor: 'var(--mantine-color-red-9)', borderWidth: 2 }}
    >
      <Title order={2} id="get-help-heading" c="red.9">
        {t('public.help.heading')}
      </Title>
      <Text mt={4}>{t('public.help.intro')}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mt="md" spacing="lg">
        <HelpLine
          title={t('public.help.emergencyTitle')}
          body={t('public.help.emergencyBody')}
          links={[{ href: 'tel:911', label: t('public.help.emergencyCall'), urgent: true }]}
        />
        <HelpLine
          title={t('public.help.crisisTitle')}
          body={t('public.help.crisisBody')}
          links={[
            { href: 'tel:988', label: t('public.help.crisisCall') },
            { href: 'sms:988', label: t('public.help.crisisText') },
          ]}
        />
        <HelpLine
          title={t('public.help.samhsaTitle')}
          body={t('public.help.samhsaBody')}
          links={[{ href: 'tel:+18006624357', label: t('public.help.samhsaCall') }]}
        />
        <HelpLine
          title={t('site.home.admissionsTitle')}
          body={t('site.home.admissionsBody')}
          links={[
            {
              href: `tel:${PROGRAM_ADMISSIONS_PHONE.tel}`,
              label: t('site.home.admissionsCall', { phone: PROGRAM_ADMISSIONS_PHONE.display }),
            },
          ]}
        />
      </SimpleGrid>
    </Paper>
  );
}

interface HelpLineProps {
  title: string;
  body: string;
  links: { href: string; label: string; urgent?: boolean }[];
}

function HelpLine({ title, body, links }: HelpLineProps) {
  return (
    <Stack gap="xs" justify="space-between">
      <div>
        <Title order={3} size="h4">
          {title}
        </Title>
        <Text mt={4}>{body}</Text>
      </div>
      <Group gap="xs">
        {links.map((link) => (
          <Button
            key={link.href}
            component="a"
            href={link.href}
            color={link.urgent ? 'red.9' : undefined}
            variant={link.urgent || link.href.startsWith('tel:') ? 'filled' : 'outline'}
            size="md"
          >
            {link.label}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}
