import { Alert, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isStaffRole, STAFF_ROLES } from '../../../shared/roles';
import type { OrgUser } from '../../../shared/users';
import { type StaffRole, useAssignRole } from '../../api/users';
import { UserAdminErrorAlert } from './user-admin-error-alert';

interface UsersTableProps {
  users: OrgUser[];
  /** The signed-in user, whose own role can never be changed here. */
  meId: string;
  /** Admins get a role select per row; everyone else reads the table. */
  canManage: boolean;
}

/** The organization's staff; with `canManage`, each role select saves as soon as a role is chosen. */
export function UsersTable({ users, meId, canManage }: UsersTableProps) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const [changed, setChanged] = useState<{ name: string; role: StaffRole } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const dateFormat = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium' });
  const staff = users.filter((user) => isStaffRole(user.role));

  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('admin.users.tableHeading')}
        </Title>
        <div role="status">
          {changed && (
            <Alert
              color="green"
              variant="light"
              withCloseButton
              closeButtonLabel={t('admin.users.dismiss')}
              onClose={() => setChanged(null)}
            >
              {t('admin.users.roleChanged', { name: changed.name, role: t(`roles.${changed.role}`) })}
            </Alert>
          )}
        </div>
        <UserAdminErrorAlert error={error} />
        <Table.ScrollContainer
          minWidth={760}
          type="native"
          tabIndex={0}
          role="region"
          aria-labelledby={headingId}
        >
          <Table striped verticalSpacing="sm" aria-labelledby={headingId}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('admin.users.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.email')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.role')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.mfa')}</Table.Th>
                <Table.Th scope="col">{t('admin.users.columns.created')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.map((user) => (
                <Table.Tr key={user.id}>
                  <Table.Th scope="row" fw={600}>
                    {user.displayName}
                    {user.id === meId && (
                      <Text span c="dimmed" fw={400}>
                        {' '}
                        ({t('admin.users.you')})
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td style={{ wordBreak: 'break-all' }}>{user.email}</Table.Td>
                  <Table.Td>
                    {canManage ? (
                      <RoleSelect
                        user={user}
                        self={user.id === meId}
                        onSaved={(role) => {
                          setError(null);
                          setChanged({ name: user.displayName, role });
                        }}
                        onFailed={(caught) => {
                          setChanged(null);
                          setError(caught);
                        }}
                      />
                    ) : (
                      t(`roles.${user.role}`)
                    )}
                  </Table.Td>
                  <Table.Td>{user.mfaEnabled ? t('admin.users.mfaOn') : t('admin.users.mfaOff')}</Table.Td>
                  <Table.Td>
                    <time dateTime={user.createdAt}>{dateFormat.format(new Date(user.createdAt))}</time>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </section>
  );
}

interface RoleSelectProps {
  user: OrgUser;
  self: boolean;
  onSaved: (role: StaffRole) => void;
  onFailed: (error: unknown) => void;
}

/** A combobox rather than a native select, so arrowing through roles does not save each one. */
function RoleSelect({ user, self, onSaved, onFailed }: RoleSelectProps) {
  const { t } = useTranslation();
  const assign = useAssignRole();
  const [saving, setSaving] = useState<StaffRole | null>(null);

  const choose = async (value: string | null) => {
    const role = STAFF_ROLES.find((r) => r === value);
    if (!role || role === user.role) return;
    setSaving(role);
    try {
      await assign.mutateAsync({ userId: user.id, role });
      onSaved(role);
    } catch (caught) {
      onFailed(caught);
    } finally {
      setSaving(null);
    }
  };

  return (
    <Select
      aria-label={t('admin.users.roleFor', { name: user.displayName })}
      data={STAFF_ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
      value={saving ?? user.role}
      onChange={(value) => void choose(value)}
      allowDeselect={false}
      disabled={self}
      description={self ? t('admin.users.ownRole') : undefined}
      rightSection={saving ? <Loader size="xs" aria-hidden="true" /> : undefined}
      w={220}
      comboboxProps={{ withinPortal: true }}
    />
  );
}
