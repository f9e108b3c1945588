import type { CenterSearchResponse } from '../../../shared/centers';
import { usePublicGet } from '../../api/use-public-get';
import { centersApiQuery, type FinderSearch } from './finder-search';

/**
 * GET /api/v1/centers for the search in the address bar. The previous results stay on screen while a changed
 * filter loads, so the list does not jump. The server validates the response against its schema (the
 * allow-list), so the page trusts its shape rather than shipping a validator. Fetched without the query
 * library: the finder is a page people arrive on, held to the first-load budget.
 */
export function useCenterSearch(search: FinderSearch) {
  const url = search.near === '' ? null : `/api/v1/centers?${centersApiQuery(search)}`;
  // The server lets browsers reuse a result for a minute; so does the page.
  return usePublicGet(url, { maxAgeMs: 60_000, read: (body) => body as CenterSearchResponse });
}
