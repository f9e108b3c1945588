import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Urgency } from '../../../shared/admissions';

/** Filled red for "today"; dark text on light fills otherwise (all above 4.5:1, also on an overdue row). */
const LOOK: Record<Urgency, { color: string; variant: 'filled' | 'light' | 'outline'; c?: string }> = {
  today: { color: 'red.9', variant: 'filled' },
  'this-week': { color: 'orange', variant: 'light', c: 'dark.8' },
  exploring: { color: 'gray.7', variant: 'outline', c: 'dark.8' },
};

/** The urgency the person chose, as text (the colour only repeats it). */
export function UrgencyBadge({ urgency }: { urgency: Urgency }) {
  const { t } = useTranslation();
  const look = LOOK[urgency];
  return (
    <Badge color={look.color} variant={look.variant} c={look.c} radius="sm">
      {t(`admissions.urgency.${urgency}`)}
    </Badge>
  );
}
