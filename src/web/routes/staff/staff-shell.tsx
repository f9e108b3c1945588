import { AppShell, Badge, Burger, Group, NavLink } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation, useMatch } from 'react-router';
import type { Me } from '../../../shared/auth';
import { useMe } from '../../api/auth';
import { Brand } from '../../components/brand';
import { LanguageSwitcher } from '../../components/language-switcher';
import { PageLoader } from '../../components/page-loader';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/skip-link';
import { useFocusMainOnNavigate } from '../../components/use-focus-main-on-navigate';
import { homeFor, STAFF_LOGIN } from '../../features/auth/destination';
import { STAFF_NAV, type StaffNavEntry, staffNavHref } from './staff-nav';
import { UserMenu } from './user-menu';

/** Guards every workspace page: staff only; others go to sign-in or to their own area. */
export function StaffShell() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) throw me.error;
  if (!me.data)
    return <Navigate to={STAFF_LOGIN} replace state={{ from: location.pathname + location.search }} />;
  if (homeFor(me.data.role) !== '/staff') return <Navigate to={homeFor(me.data.role)} replace />;
  return <StaffFrame me={me.data} />;
}

function StaffFrame({ me }: { me: Me }) {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const mobile = useMediaQuery('(max-width: 47.99em)') ?? false;
  useFocusMainOnNavigate();
  const entries = STAFF_NAV.filter((entry) => !entry.roles || entry.roles.includes(me.role));

  return (
    <>
      <SkipLink />
      <AppShell
        header={{ height: 60 }}
        navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding={{ base: 'md', sm: 'lg' }}
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? t('staff.closeNavigation') : t('staff.openNavigation')}
                aria-expanded={opened}
                aria-controls="staff-navbar"
              />
              <Brand to="/staff" compact />
            </Group>
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitcher />
              <UserMenu me={me} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          id="staff-navbar"
          p="sm"
          aria-label={t('staff.nav.label')}
          // Off-screen when collapsed on phones: keep it out of the tab order too.
          inert={mobile && !opened}
        >
          {entries.map((entry) => (
            <StaffNavLink key={entry.path} entry={entry} onNavigate={close} />
          ))}
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </>
  );
}

function StaffNavLink({ entry, onNavigate }: { entry: StaffNavEntry; onNavigate: () => void }) {
  const { t } = useTranslation();
  const href = staffNavHref(entry);
  const active = useMatch({ path: href, end: entry.path === '' }) !== null;
  return (
    <NavLink
      component={Link}
      to={href}
      label={t(entry.labelKey)}
      active={active}
      aria-current={active ? 'page' : undefined}
      onClick={onNavigate}
      fw={600}
      rightSection={
        entry.comingSoon ? (
          <Badge size="sm" variant="outline" color="gray.7">
            {t('staff.nav.soon')}
          </Badge>
        ) : null
      }
    />
  );
}
