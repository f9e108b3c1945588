import type { TFunction } from 'i18next';
import { ApiError } from '../../api/client';

/**
 * What to tell a person whose search failed. The API's 400 messages say exactly what to fix ("We don't know
 * the ZIP code 00000. Check it or try a city."), in English; other languages get the same advice translated
 * by the field it concerns.
 */
export function finderErrorMessage(error: unknown, t: TFunction, lang: string): string {
  if (!(error instanceof ApiError)) return t('finder.results.generic');
  if (error.status === 0) return t('finder.results.network');
  if (error.status === 429) return t('finder.results.rateLimited');
  if (error.status >= 500) return t('finder.results.server');
  if (error.status === 400) {
    if (lang === 'en' && error.fromServer && error.message) return error.message;
    return error.fields?.near ? t('finder.results.errorNear') : t('finder.results.errorFilters');
  }
  return t('finder.results.generic');
}
