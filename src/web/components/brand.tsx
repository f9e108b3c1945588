import { Group, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The Haven mark and name, linking to an area's home page; `compact` shows only the mark on phones. */
export function Brand({ to = '/', compact = false }: { to?: string; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <UnstyledButton component={Link} to={to} aria-label={t('app.homeLink')}>
      <Group gap="xs" wrap="nowrap">
        <img src="/favicon.svg" alt="" width={32} height={32} />
        <Text fw={700} fz="xl" c="haven.8" visibleFrom={compact ? 'xs' : undefined}>
          {t('app.name')}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
