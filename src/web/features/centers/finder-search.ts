import {
  AGE_GROUPS,
  CARE_TYPES,
  CENTER_SEARCH_MAX_LIMIT,
  GENDERS,
  MEDICATIONS,
  PAYMENT_OPTIONS,
  POPULATIONS,
} from '../../../shared/center-vocabulary';

/**
 * The finder's state, kept in the page's query string so a search can be shared, bookmarked and undone with
 * the back button. The parameters are the API's own (GET /api/v1/centers), plus `view` (list or map).
 * Pure: no React, no DOM beyond URLSearchParams.
 */

/** Filter groups with a list of choices: any choice within a group matches (OR), groups combine (AND). */
export const FILTER_GROUPS = [
  { param: 'care', values: CARE_TYPES },
  { param: 'medications', values: MEDICATIONS },
  { param: 'payment', values: PAYMENT_OPTIONS },
  // English is assumed for every listing, so only the other languages narrow a search.
  { param: 'language', values: ['es', 'asl'] },
  { param: 'age', values: AGE_GROUPS },
  { param: 'gender', values: GENDERS },
  { param: 'population', values: POPULATIONS },
] as const;
export type FilterParam = (typeof FILTER_GROUPS)[number]['param'];

/** Yes/no filters: each one ticked must hold. */
export const FLAG_FILTERS = ['sameDay', 'walkIn', 'telehealth'] as const;
export type FlagParam = (typeof FLAG_FILTERS)[number];

export type FinderView = 'list' | 'map';
export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = CENTER_SEARCH_MAX_LIMIT;

export interface FinderSearch {
  /** What the person typed (ZIP, "City, ST") or "lat,lng" from their device; '' before the first search. */
  near: string;
  filters: Record<FilterParam, string[]>;
  flags: Record<FlagParam, boolean>;
  limit: number;
  view: FinderView;
}

const emptyFilters = (): Record<FilterParam, string[]> =>
  Object.fromEntries(FILTER_GROUPS.map((g) => [g.param, []])) as unknown as Record<FilterParam, string[]>;
const noFlags = (): Record<FlagParam, boolean> =>
  Object.fromEntries(FLAG_FILTERS.map((f) => [f, false])) as Record<FlagParam, boolean>;

/** Reads the query string; unknown values are dropped (a hand-edited link still searches). */
export function readFinderSearch(params: URLSearchParams): FinderSearch {
  const filters = emptyFilters();
  for (const group of FILTER_GROUPS) {
    const chosen = new Set((params.get(group.param) ?? '').split(',').map((v) => v.trim()));
    // Vocabulary order, so the same choices always make the same query (and the same cache entry).
    filters[group.param] = group.values.filter((v) => chosen.has(v));
  }
  const flags = noFlags();
  for (const flag of FLAG_FILTERS) flags[flag] = params.get(flag) === 'true';
  const limit = Number(params.get('limit'));
  return {
    near: (params.get('near') ?? '').trim().slice(0, 100),
    filters,
    flags,
    limit: Number.isInteger(limit) && limit > DEFAULT_LIMIT ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
    view: params.get('view') === 'map' ? 'map' : 'list',
  };
}

/** The search as a query string for the page (defaults left out, so links stay short). */
export function finderSearchParams(search: FinderSearch): URLSearchParams {
  const params = new URLSearchParams();
  if (search.near) params.set('near', search.near);
  for (const group of FILTER_GROUPS) {
    const chosen = search.filters[group.param];
    if (chosen.length > 0) params.set(group.param, chosen.join(','));
  }
  for (const flag of FLAG_FILTERS) if (search.flags[flag]) params.set(flag, 'true');
  if (search.limit !== DEFAULT_LIMIT) params.set('limit', String(search.limit));
  if (search.view === 'map') params.set('view', 'map');
  return params;
}

/** The API query for a search (the view is the page's business, not the API's). */
export function centersApiQuery(search: FinderSearch): string {
  const params = finderSearchParams({ ...search, view: 'list' });
  params.set('limit', String(search.limit));
  return params.toString();
}

export function activeFilterCount(search: FinderSearch): number {
  const lists = FILTER_GROUPS.reduce((n, g) => n + search.filters[g.param].length, 0);
  return lists + FLAG_FILTERS.filter((f) => search.flags[f]).length;
}

export function withoutFilters(search: FinderSearch): FinderSearch {
  return { ...search, filters: emptyFilters(), flags: noFlags(), limit: DEFAULT_LIMIT };
}

const LAT_LNG = /^-?\d{1,3}(\.\d+)?,-?\d{1,3}(\.\d+)?$/;

/** True when `near` holds coordinates (from "Use my location") rather than words the person typed. */
export const isCoordinates = (near: string) => LAT_LNG.test(near.replace(/\s+/g, ''));

/**
 * A device position as `near`: three decimals (about 100 m) is plenty to rank centers by distance, and keeps
 * the exact spot out of the address bar and of any link the person shares.
 */
export const coordinatesNear = (lat: number, lng: number) => `${lat.toFixed(3)},${lng.toFixed(3)}`;
