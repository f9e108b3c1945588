import { Anchor, AppShell, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../api/auth';
import { Brand } from '../../components/brand';
import { LanguageSwitcher } from '../../components/language-switcher';
import { PageLoader } from '../../components/page-loader';
import { MAIN_CONTENT_ID, SkipLink } from '../../components/skip-link';
import { useFocusMainOnNavigate } from '../../components/use-focus-main-on-navigate';
import { homeFor, PATIENT_LOGIN } from '../../features/auth/destination';
import { useSignOut } from '../../features/auth/use-sign-out';

/** Guards the patient app: patients only; staff go to the workspace. */
export function PatientShell() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) throw me.error;
  if (!me.data)
    return <Navigate to={PATIENT_LOGIN} replace state={{ from: location.pathname + location.search }} />;
  if (homeFor(me.data.role) !== '/app') return <Navigate to={homeFor(me.data.role)} replace />;
  return <PatientFrame />;
}

/** Phone-first frame: header with sign-out, bottom navigation (later: check-in, plan, messages). */
function PatientFrame() {
  const { t } = useTranslation();
  const { signOut, pending } = useSignOut(PATIENT_LOGIN);
  const { pathname } = useLocation();
  useFocusMainOnNavigate();
  return (
    <>
      <SkipLink />
      <AppShell header={{ height: 60 }} footer={{ height: 56 }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Brand to="/app" compact />
            <Group gap="sm" wrap="nowrap">
              <LanguageSwitcher />
              <Button variant="default" onClick={() => void signOut()} loading={pending}>
                {t('auth.signOut')}
              </Button>
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1}>
          <Outlet />
        </AppShell.Main>
        <AppShell.Footer>
          <Group component="nav" aria-label={t('patient.nav.label')} h="100%" justify="center" gap="xl">
            <Anchor
              component={Link}
              to="/app"
              fw={600}
              aria-current={pathname === '/app' ? 'page' : undefined}
            >
              {t('patient.nav.home')}
            </Anchor>
          </Group>
        </AppShell.Footer>
      </AppShell>
    </>
  );
}
