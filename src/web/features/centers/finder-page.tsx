import '../../i18n/finder-strings';
import {
  Anchor,
  Box,
  Button,
  Container,
  Group,
  Loader,
  Paper,
  Stack,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { CenterResult } from '../../../shared/centers';
import { useSiteConfig } from '../../api/site-config';
import { Notice } from '../../components/notice';
import { currentLanguage } from '../../i18n';
import { usePageMeta } from '../../routes/public/use-page-meta';
import { centerHeadingId, formatMiles } from './center-format';
import { FiltersPanel } from './filters-panel';
import { finderErrorMessage } from './finder-error';
import {
  activeFilterCount,
  DEFAULT_LIMIT,
  type FinderSearch,
  type FinderView,
  finderSearchParams,
  isCoordinates,
  MAX_LIMIT,
  readFinderSearch,
  withoutFilters,
} from './finder-search';
import { MapBoundary } from './map-boundary';
import { SearchForm } from './search-form';
import { useCenterSearch } from './use-center-search';

// Leaflet and its styles load only when someone opens the map.
const CenterMap = lazy(() => import('./center-map'));
// The result cards load with the first search (see the effect in FinderPage), not with the page.
const loadCenterList = () => import('./center-list');
const CenterList = lazy(loadCenterList);

const FILTERS_ID = 'finder-filters';
const SAMHSA_TEL = 'tel:+18006624357';

/**
 * The public center finder (`/find`, issue 4 part 3): search by ZIP code, city or the device's position;
 * filters; results nearest first as a list, or on a map when tiles are configured. Everything the page shows
 * follows the query string, so a search can be shared and the back button undoes a change.
 */
export function FinderPage() {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n);
  usePageMeta(t('finder.title'), t('finder.description'));
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => readFinderSearch(params), [params]);
  // The page answers a change at once (a ticked box stays ticked) while the router, which navigates in a
  // transition, catches up; the back and forward buttons bring the address bar's search back.
  const [search, setSearch] = useState(fromUrl);
  useEffect(() => setSearch(fromUrl), [fromUrl]);
  const go = useCallback(
    (next: FinderSearch, replace = false) => {
      setSearch(next);
      setParams(finderSearchParams(next), { replace });
    },
    [setParams],
  );

  const wide = useMediaQuery('(min-width: 62em)', undefined, { getInitialValueInEffect: false });
  const [filtersOpen, setFiltersOpen] = useState(false);
  const mapConfig = useSiteConfig()?.map ?? null;
  const [mapFailed, setMapFailed] = useState(false);
  const mapAvailable = mapConfig !== null && !mapFailed;
  const view: FinderView = mapAvailable ? search.view : 'list';

  const results = useCenterSearch(search);
  // Fetch the cards' code alongside the search itself, so the results do not wait for it afterwards.
  const searching = search.near !== '';
  useEffect(() => {
    if (searching) void loadCenterList();
  }, [searching]);
  const data = results.data;
  const filterCount = activeFilterCount(search);
  const place = data
    ? isCoordinates(search.near)
      ? t('finder.search.yourLocation')
      : data.origin.label
    : '';

  const onTilesFailed = useCallback(() => {
    setMapFailed(true);
    go({ ...search, view: 'list' }, true);
  }, [go, search]);

  const focusCenter = useCallback((center: CenterResult) => {
    const heading = document.getElementById(centerHeadingId(center.id));
    heading?.scrollIntoView({ block: 'center' });
    heading?.focus({ preventScroll: true });
  }, []);

  const markerLabel = useCallback(
    (center: CenterResult, number: number) =>
      t('finder.map.marker', {
        number,
        name: center.name,
        distance: t('finder.center.distance', {
          count: center.distanceMiles,
          distance: formatMiles(center.distanceMiles, lang),
        }),
      }),
    [t, lang],
  );

  const filters = <FiltersPanel search={search} onChange={(next) => go(next)} size={wide ? 'sm' : 'md'} />;

  return (
    <Container size="lg" py={{ base: 'md', sm: 'xl' }}>
      <Stack gap="lg">
        <div>
          <Title order={1} fz={{ base: 28, sm: 36 }}>
            {t('finder.heading')}
          </Title>
          <Text size="lg" mt="sm" maw={720}>
            {t('finder.intro')}
          </Text>
        </div>

        <SearchForm near={search.near} onSearch={(near) => go({ ...search, near, limit: DEFAULT_LIMIT })} />

        <Box
          style={{
            display: 'grid',
            gap: 'var(--mantine-spacing-xl)',
            gridTemplateColumns: wide ? '280px minmax(0, 1fr)' : 'minmax(0, 1fr)',
            alignItems: 'start',
          }}
        >
          <Box component="section" aria-labelledby="filters-heading">
            <Group justify="space-between" wrap="nowrap">
              <Title order={2} size="h3" id="filters-heading">
                {t('finder.filters.heading')}
              </Title>
              {!wide && (
                <Button
                  variant="outline"
                  size="sm"
                  aria-expanded={filtersOpen}
                  aria-controls={FILTERS_ID}
                  onClick={() => setFiltersOpen((open) => !open)}
                >
                  {filtersOpen
                    ? t('finder.filters.hide')
                    : filterCount > 0
                      ? t('finder.filters.showActive', { count: filterCount })
                      : t('finder.filters.show')}
                </Button>
              )}
            </Group>
            {wide ? (
              <Box id={FILTERS_ID} mt="sm">
                {filters}
              </Box>
            ) : (
              // Shown and hidden at once rather than animated: the same on every phone, nothing to download.
              <Box id={FILTERS_ID} mt="sm" hidden={!filtersOpen}>
                {filters}
              </Box>
            )}
          </Box>

          <Box component="section" aria-labelledby="results-heading">
            <Group justify="space-between" align="flex-start" gap="sm">
              <div aria-live="polite">
                <Title order={2} size="h3" id="results-heading">
                  {data && search.near
                    ? t('finder.results.summary', { count: data.centers.length, place })
                    : t('finder.results.heading')}
                </Title>
                {results.isFetching && (
                  <Group gap="xs" mt={4}>
                    <Loader size="xs" />
                    <Text size="sm">
                      {data ? t('finder.results.updating') : t('finder.results.searching')}
                    </Text>
                  </Group>
                )}
              </div>
              {mapAvailable && data && data.centers.length > 0 && (
                <ViewToggle view={view} onChange={(next) => go({ ...search, view: next })} />
              )}
            </Group>

            {mapFailed && (
              <Notice color="orange" mt="sm" role="status">
                {t('finder.map.failed')}
              </Notice>
            )}

            {!search.near && <Text mt="sm">{t('finder.results.prompt')}</Text>}

            {results.isError && !results.isFetching && (
              <Notice color="red" mt="sm" role="alert" title={t('finder.results.errorHeading')}>
                {finderErrorMessage(results.error, t, lang)}
              </Notice>
            )}

            {data && search.near && !results.isError && (
              <Stack gap="md" mt="sm">
                {view === 'map' && mapConfig && data.centers.length > 0 && (
                  <Box component="section" aria-label={t('finder.map.label')}>
                    <Text size="sm" mb="xs">
                      {t('finder.map.note')}
                    </Text>
                    <MapBoundary onError={onTilesFailed}>
                      <Suspense
                        fallback={
                          <Group gap="xs">
                            <Loader size="sm" />
                            <Text>{t('finder.map.loading')}</Text>
                          </Group>
                        }
                      >
                        <CenterMap
                          origin={data.origin}
                          centers={data.centers}
                          tileUrl={mapConfig.tileUrl}
                          attribution={mapConfig.attribution}
                          markerLabel={markerLabel}
                          onSelect={focusCenter}
                          onTilesFailed={onTilesFailed}
                        />
                      </Suspense>
                    </MapBoundary>
                  </Box>
                )}

                {data.centers.length === 0 ? (
                  <EmptyResults
                    place={place}
                    filtered={filterCount > 0}
                    onClear={() => go(withoutFilters(search))}
                  />
                ) : (
                  <Suspense fallback={<Loader size="sm" aria-label={t('finder.results.searching')} />}>
                    <CenterList centers={data.centers} />
                  </Suspense>
                )}

                {data.centers.length >= search.limit && search.limit < MAX_LIMIT && (
                  <Button
                    variant="outline"
                    size="md"
                    style={{ alignSelf: 'center' }}
                    onClick={() =>
                      go({ ...search, limit: Math.min(search.limit + DEFAULT_LIMIT, MAX_LIMIT) })
                    }
                  >
                    {t('finder.results.more')}
                  </Button>
                )}
              </Stack>
            )}
          </Box>
        </Box>
      </Stack>
    </Container>
  );
}

/** List or map: two toggle buttons in a named group (Mantine's plain buttons, nothing more to download). */
function ViewToggle({ view, onChange }: { view: FinderView; onChange: (view: FinderView) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minInlineSize: 0 }}>
      <VisuallyHidden component="legend">{t('finder.results.view')}</VisuallyHidden>
      <Group gap={0} wrap="nowrap">
        {(['list', 'map'] as const).map((option, index) => (
          <Button
            key={option}
            size="sm"
            variant={view === option ? 'filled' : 'default'}
            aria-pressed={view === option}
            onClick={() => onChange(option)}
            style={
              index === 0
                ? { borderStartEndRadius: 0, borderEndEndRadius: 0 }
                : { borderStartStartRadius: 0, borderEndStartRadius: 0 }
            }
          >
            {t(`finder.results.${option}`)}
          </Button>
        ))}
      </Group>
    </fieldset>
  );
}

interface EmptyResultsProps {
  place: string;
  filtered: boolean;
  onClear: () => void;
}

/** Nothing matched: say why, offer the way out, and a person to call. */
function EmptyResults({ place, filtered, onClear }: EmptyResultsProps) {
  const { t } = useTranslation();
  return (
    <Paper withBorder radius="md" p="md" bg="gray.0">
      <Title order={3} size="h4">
        {t('finder.results.emptyHeading')}
      </Title>
      <Text mt={4}>
        {filtered ? t('finder.results.emptyFiltered', { place }) : t('finder.results.emptyNear', { place })}
      </Text>
      {filtered && (
        <Button mt="sm" variant="outline" onClick={onClear}>
          {t('finder.filters.clear')}
        </Button>
      )}
      <Text mt="md">{t('finder.results.helpline')}</Text>
      <Group mt="sm" gap="md">
        <Button component="a" href={SAMHSA_TEL} size="md">
          {t('finder.results.helplineCall')}
        </Button>
        <Anchor href="https://findtreatment.gov" rel="noopener noreferrer" fw={600}>
          {t('finder.results.findTreatment')}
        </Anchor>
      </Group>
    </Paper>
  );
}
