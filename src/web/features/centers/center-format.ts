import type { CenterResult } from '../../../shared/centers';

/** How a center's facts read on the page. Pure (Intl only), so tests run without a browser. */

/** The id of a result's heading, which the map's markers move the focus to. */
export const centerHeadingId = (id: string) => `center-${id}`;

const locale = (lang: string) => (lang === 'es' ? 'es-US' : 'en-US');

/** 1.2, 12, 0.4: one decimal at most, as the API rounds. */
export function formatMiles(miles: number, lang: string): string {
  return new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 1 }).format(miles);
}

/** A YYYY-MM-DD date as a reader writes it ("January 15, 2026"), never shifted by the time zone. */
export function formatDay(day: string, lang: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return new Intl.DateTimeFormat(locale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** Street, optional second line, "City, ST 12345". */
export function addressLines(
  center: Pick<CenterResult, 'addressLine' | 'addressLine2' | 'city' | 'state' | 'postalCode'>,
): string[] {
  return [
    center.addressLine,
    center.addressLine2,
    `${center.city}, ${center.state} ${center.postalCode}`,
  ].filter((line): line is string => Boolean(line));
}

/** A language code the finder has no string for, named by the browser ("vi" -> "Vietnamese"), else the code. */
export function languageName(code: string, lang: string): string {
  try {
    return new Intl.DisplayNames([locale(lang)], { type: 'language' }).of(code) ?? code.toUpperCase();
  } catch {
    return code.toUpperCase();
  }
}

/** Only web links: a listing's website is shown as a link when it is http(s), else not at all. */
export function safeWebsite(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}
