import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../components/use-page-title';
import type { StaffPageProps } from './staff-nav';

/** Placeholder for a workspace area that a later issue builds; titled by its nav entry. */
export function ComingSoonPage({ labelKey }: StaffPageProps) {
  const { t } = useTranslation();
  const title = t(labelKey ?? 'staff.nav.home');
  usePageTitle(title);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text size="lg">{t('staff.comingSoon')}</Text>
    </Stack>
  );
}
