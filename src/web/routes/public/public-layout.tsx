import { Anchor, Box, type BoxProps, Burger, Container, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import { Brand } from '../../components/brand';
import { LanguageSwitcher } from '../../components/language-switcher';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/skip-link';
import { useFocusMainOnNavigate } from '../../components/use-focus-main-on-navigate';
import { EmergencyBar } from './emergency-bar';
import { CONTENT_PAGES, FIND_PATH, SIGNS_PATH } from './public-pages';

const NAV_ID = 'public-nav-phone';

export function PublicLayout() {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  useFocusMainOnNavigate();
  return (
    <>
      <SkipLink />
      <EmergencyBar />
      <Box component="header" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Container size="lg">
          <Group justify="space-between" gap="sm" wrap="nowrap">
            <Brand />
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitcher />
              <Burger
                hiddenFrom="md"
                opened={menuOpen}
                onClick={() => setMenuOpen((open) => !open)}
                aria-label={t('site.nav.menu')}
                aria-expanded={menuOpen}
                aria-controls={NAV_ID}
              />
            </Group>
          </Group>
          <PublicNav visibleFrom="md" mt="sm" />
          {/* On phones the links open under a menu button; only one of the two navs is ever displayed. */}
          {menuOpen && (
            <PublicNav hiddenFrom="md" mt="sm" id={NAV_ID} vertical onFollow={() => setMenuOpen(false)} />
          )}
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
          <Group component="ul" gap="lg" mt="sm" style={{ listStyle: 'none', padding: 0 }}>
            <li>
              <Anchor component={Link} to="/app" size="sm" fw={600}>
                {t('public.nav.patientSignIn')}
              </Anchor>
            </li>
            <li>
              <Anchor component={Link} to="/staff" size="sm" fw={600}>
                {t('public.nav.staffSignIn')}
              </Anchor>
            </li>
          </Group>
          <Text size="sm" c="dimmed" mt="sm">
            {t('public.footer.label')}
          </Text>
        </Container>
      </Box>
    </>
  );
}

interface PublicNavProps extends Pick<BoxProps, 'visibleFrom' | 'hiddenFrom' | 'mt'> {
  id?: string;
  vertical?: boolean;
  /** Called when a link is followed (the phone menu closes). */
  onFollow?: () => void;
}

function PublicNav({ vertical = false, onFollow, ...props }: PublicNavProps) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const links = [
    { to: SIGNS_PATH, label: t('site.nav.signs') },
    { to: FIND_PATH, label: t('site.nav.find') },
    ...CONTENT_PAGES.map((slug) => ({ to: `/${slug}`, label: t(`site.nav.${slug}`) })),
  ];
  const items = links.map((link) => (
    <li key={link.to}>
      <Anchor
        component={Link}
        to={link.to}
        fw={600}
        display="inline-block"
        py={vertical ? 8 : 4}
        underline={pathname === link.to ? 'always' : 'hover'}
        aria-current={pathname === link.to ? 'page' : undefined}
        onClick={onFollow}
      >
        {link.label}
      </Anchor>
    </li>
  ));
  const list = { component: 'ul', style: { listStyle: 'none', margin: 0, padding: 0 } } as const;
  return (
    <Box component="nav" aria-label={t('site.nav.label')} {...props}>
      {vertical ? (
        <Stack gap={0} {...list}>
          {items}
        </Stack>
      ) : (
        <Group gap="lg" {...list}>
          {items}
        </Group>
      )}
    </Box>
  );
}
