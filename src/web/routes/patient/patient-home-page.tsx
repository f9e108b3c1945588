import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import { useSignedInUser } from '../../features/auth/use-signed-in-user';

/** Empty patient home; later issues add check-ins, appointments and the care plan. */
export function PatientHomePage() {
  const { t } = useTranslation();
  const me = useSignedInUser();
  usePageTitle(t('patient.home.title'));
  return (
    <Stack gap="md" maw={640} mx="auto">
      <Title order={1}>{t('patient.home.welcome', { name: me.displayName })}</Title>
      <Text size="lg">{t('patient.home.intro')}</Text>
    </Stack>
  );
}
