import { Anchor, Box, type BoxProps, Container, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { Brand } from '../../components/brand';
import { LanguageSwitcher } from '../../components/language-switcher';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/skip-link';
import { useFocusMainOnNavigate } from '../../components/use-focus-main-on-navigate';

export function PublicLayout() {
  const { t } = useTranslation();
  useFocusMainOnNavigate();
  return (
    <>
      <SkipLink />
      <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Brand />
            <Group gap="lg" wrap="nowrap">
              <PublicNav visibleFrom="sm" />
              <LanguageSwitcher />
            </Group>
          </Group>
          {/* On phones the links get a row of their own; only one of the two navs is ever displayed. */}
          <PublicNav hiddenFrom="sm" mt="xs" />
        </Container>
      </Box>
      <Box component="main" id={MAIN_CONTENT_ID} tabIndex={-1}>
        <Outlet />
      </Box>
      <Box
        component="footer"
        py="lg"
        mt="xl"
        bg="gray.0"
        style={{ borderTop: '1px solid var(--mantine-color-gray-3)' }}
      >
        <Container size="lg">
          <Text size="sm">{t('public.footer.crisis')}</Text>
          <Text size="sm" c="dimmed" mt={4}>
            {t('public.footer.label')}
          </Text>
        </Container>
      </Box>
    </>
  );
}

function PublicNav(props: Pick<BoxProps, 'visibleFrom' | 'hiddenFrom' | 'mt'>) {
  const { t } = useTranslation();
  return (
    <Box component="nav" aria-label={t('public.nav.label')} {...props}>
      <Group gap="lg" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        <li>
          <Anchor component={Link} to="/staff" fw={600}>
            {t('public.nav.staffSignIn')}
          </Anchor>
        </li>
        <li>
          <Anchor component={Link} to="/app" fw={600}>
            {t('public.nav.patientSignIn')}
          </Anchor>
        </li>
      </Group>
    </Box>
  );
}
