import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInUser } from '../../features/auth/use-signed-in-user';

/** Workspace home; later issues add the day's tasks and alerts. */
export function StaffHomePage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  usePageTitle(t('staff.home.title'));
  return (
    <Stack gap="lg" maw={960}>
      <Title order={1}>{t('staff.home.welcome', { name: me.displayName })}</Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
        <Fact label={t('staff.home.role')} value={t(`roles.${me.role}`)} />
        <Fact label={t('staff.home.organization')} value={me.organization.name} />
      </SimpleGrid>
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="md">
      <Text component="dt" size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" size="lg" fw={600} m={0} mt={4}>
        {value}
      </Text>
    </Paper>
  );
}
