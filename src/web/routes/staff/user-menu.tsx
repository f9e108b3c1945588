import { Avatar, Group, Menu, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../shared/auth';
import { STAFF_LOGIN } from '../../features/auth/destination';
import { useSignOut } from '../../features/auth/use-sign-out';

export function UserMenu({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { signOut } = useSignOut(STAFF_LOGIN);
  return (
    <Menu position="bottom-end" width={240} withInitialFocusPlaceholder={false}>
      <Menu.Target>
        <UnstyledButton aria-label={t('staff.userMenu', { name: me.displayName })} p={4}>
          <Group gap="xs" wrap="nowrap">
            <Avatar name={me.displayName} color="haven" size="md" />
            <Text fw={600} visibleFrom="sm" maw={180} truncate="end">
              {me.displayName}
            </Text>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('staff.signedInAs', { email: me.email })}</Menu.Label>
        <Menu.Item onClick={() => void signOut()}>{t('auth.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
