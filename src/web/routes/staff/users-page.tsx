import { Anchor, Grid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ApiError } from '../../api/client';
import { useOrgUsers } from '../../api/users';
import { ApiErrorAlert } from '../../components/api-error-alert';
import { PageLoader } from '../../components/page-loader';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInUser } from '../../features/auth/use-signed-in-user';
import { AddUserForm } from '../../features/users/add-user-form';
import { canManageUsers } from '../../features/users/user-admin-access';
import { UsersTable } from '../../features/users/users-table';

/** Staff user administration: everyone who may read users sees the table; admins also manage it. */
export function UsersPage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  const users = useOrgUsers();
  const forbidden = users.error instanceof ApiError && users.error.status === 403;
  usePageTitle(forbidden ? t('admin.users.notAllowed.title') : t('admin.users.title'));

  if (forbidden) {
    return (
      <Stack gap="md" maw={720}>
        <Title order={1}>{t('admin.users.notAllowed.title')}</Title>
        <Text size="lg">{t('admin.users.notAllowed.body')}</Text>
        <Anchor component={Link} to="/staff" w="fit-content">
          {t('admin.users.notAllowed.home')}
        </Anchor>
      </Stack>
    );
  }

  const manage = canManageUsers(me.role);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{t('admin.users.title')}</Title>
        <Text>{t('admin.users.intro', { organization: me.organization.name })}</Text>
        {!manage && <Text c="dimmed">{t('admin.users.readOnly')}</Text>}
      </Stack>
      {users.isPending && <PageLoader />}
      {users.isError && (
        <Stack gap="xs">
          <Text fw={600}>{t('admin.users.loadError')}</Text>
          <ApiErrorAlert error={users.error} />
        </Stack>
      )}
      {users.data && (
        <Grid gap="xl">
          <Grid.Col span={{ base: 12, xl: manage ? 8 : 12 }}>
            <UsersTable users={users.data} meId={me.id} canManage={manage} />
          </Grid.Col>
          {manage && (
            <Grid.Col span={{ base: 12, xl: 4 }}>
              <AddUserForm />
            </Grid.Col>
          )}
        </Grid>
      )}
    </Stack>
  );
}
