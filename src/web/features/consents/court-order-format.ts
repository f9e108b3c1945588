import type { TFunction } from 'i18next';
import type { CourtOrderView } from '../../../shared/consents';
import { formatDate } from './consent-format';

/** i18next reads dots as nesting, so each section (2.64) has a key of its own (s264). */
export const SECTION_KEY = { '2.64': 's264', '2.65': 's265', '2.66': 's266' } as const;

/** "Until 1 Feb 2027", "One release only", or both. */
export function courtOrderTerm(o: CourtOrderView, t: TFunction, lang: string): string {
  const parts = [
    o.expiresAt ? t('consents.courtOrders.until', { date: formatDate(o.expiresAt, lang) }) : null,
    o.oneTime ? t('consents.courtOrders.oneRelease') : null,
  ];
  return parts.filter(Boolean).join(' · ');
}
