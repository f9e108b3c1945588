import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { CenterSearchResponse } from '../../../shared/centers';
import { apiFetch } from '../../api/client';
import { centersApiQuery, type FinderSearch } from './finder-search';

/**
 * GET /api/v1/centers for the search in the address bar. The previous results stay on screen while a changed
 * filter loads, so the list does not jump. The server validates the response against its schema (the
 * allow-list), so the page trusts its shape rather than shipping a validator.
 */
export function useCenterSearch(search: FinderSearch) {
  const query = centersApiQuery(search);
  return useQuery({
    queryKey: ['public', 'centers', query],
    queryFn: async ({ signal }) =>
      (await apiFetch(`/api/v1/centers?${query}`, { signal })) as CenterSearchResponse,
    enabled: search.near !== '',
    // The server lets browsers reuse a result for a minute; so does the page.
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
