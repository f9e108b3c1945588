import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';
import { usePageTitle } from '../../components/use-page-title';
import type { StaffNavEntry } from './staff-nav';

/** Placeholder for a workspace area that a later issue builds; titled by its nav entry. */
export function ComingSoonPage() {
  const { t } = useTranslation();
  const handle = useMatches().at(-1)?.handle as { labelKey?: StaffNavEntry['labelKey'] } | undefined;
  const title = t(handle?.labelKey ?? 'staff.nav.home');
  usePageTitle(title);
  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text size="lg">{t('staff.comingSoon')}</Text>
    </Stack>
  );
}
