import { Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSiteConfig } from '../../api/site-config';
import { FIND_PATH } from './public-pages';

/**
 * Crisis and treatment lines; always near the top of the public home page. The program's own admissions line
 * comes from the server's configuration (HAVEN_ADMISSIONS_PHONE) and is left out when none is set.
 */
export function GetHelpNow() {
  const { t } = useTranslation();
  const admissionsPhone = useSiteConfig()?.admissionsPhone;
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
        {admissionsPhone && (
          <HelpLine
            title={t('site.home.admissionsTitle')}
            body={t('site.home.admissionsBody')}
            links={[
              {
                href: `tel:${admissionsPhone.tel}`,
                label: t('site.home.admissionsCall', { phone: admissionsPhone.display }),
              },
            ]}
          />
        )}
      </SimpleGrid>
      <Group mt="lg" gap="sm" pt="md" style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}>
        <Text fw={700}>{t('site.home.findHeading')}</Text>
        <Button component={Link} to={FIND_PATH} size="md" variant="outline">
          {t('site.home.findCenter')}
        </Button>
      </Group>
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
