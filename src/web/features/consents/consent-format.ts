import type { TFunction } from 'i18next';
import type { ConsentView } from '../../../shared/consents';

/** A date (or instant) as the reader's language writes it; "—" when missing. */
export function formatDate(value: string | null | undefined, language: string): string {
  if (!value) return '—';
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

export function recipientText(consent: Pick<ConsentView, 'recipient'>, t: TFunction): string {
  const r = consent.recipient;
  if (r.type === 'named') return r.name;
  const classes = r.classes
    .map((c) =>
      t(`consents.recipientClass.${c}` as 'consents.recipientClass.health-plan', { defaultValue: c }),
    )
    .join(', ');
  return r.description ? `${r.description} (${classes})` : classes;
}

export function purposeText(purpose: string, t: TFunction): string {
  return t(`consents.purpose.${purpose}` as 'consents.purpose.other', { defaultValue: purpose });
}

export function categoryText(category: string, t: TFunction): string {
  return t(`consents.category.${category}` as 'consents.category.demographics', { defaultValue: category });
}

export function expiryText(
  consent: Pick<ConsentView, 'expiresAt' | 'expiryEvent'>,
  t: TFunction,
  lang: string,
) {
  if (consent.expiresAt) return formatDate(consent.expiresAt, lang);
  if (consent.expiryEvent?.trim().toLowerCase() === 'none') return t('consents.list.noExpiry');
  return consent.expiryEvent ?? '—';
}
