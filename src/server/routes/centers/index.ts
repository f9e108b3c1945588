import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  type CenterFilters,
  normaliseFilters,
  type RawCenterFilters,
} from '../../../domain/centers/filters.js';
import type { Gazetteer } from '../../../domain/centers/origin.js';
import { parseOrigin } from '../../../domain/centers/origin.js';
import { errorBody } from '../../../shared/auth.js';
import {
  type CenterSearchResponse,
  centerSearchQuery,
  centerSearchResponse,
} from '../../../shared/centers.js';
import { publicRoute } from '../../access.js';
import { DEFAULT_CHECK_SECONDS, openCenterDirectory } from '../../services/centers/center-directory.js';
import { loadGazetteer } from '../../services/centers/gazetteer.js';
import { createAnswerMemo } from './answer-memo.js';
import { createSearchBodyWriter } from './search-body.js';

/** Listings change with an import (a few times a year), so browsers may reuse a result for a minute. */
export const SEARCH_CACHE_CONTROL = 'public, max-age=60';

export const centerRoutes: FastifyPluginAsyncZod = async (app) => {
  // The directory in memory (services/centers/center-directory.ts): a search reads no database.
  const directory = openCenterDirectory({
    db: app.database.db,
    // Only this process opens a PGlite directory, and its writers announce their changes: the check is
    // a rare safety net there (it holds the single engine ~20-30 ms). PostgreSQL has other writers.
    checkEverySeconds: app.database.engine === 'pglite' ? 60 : DEFAULT_CHECK_SECONDS,
    onError: (err) =>
      app.log.error({ err }, 'center directory: reload failed; searching the last one loaded'),
  });
  const writeBody = createSearchBodyWriter();
  // The same search again (a shared link, a busy city) skips the search and the writing.
  const answers = createAnswerMemo({ maxEntries: 1000 });
  // The same few filter choices come again and again: each is read once (refusals are not kept).
  const filterChoices = new Map<string, CenterFilters>();
  const filtersOf = (raw: RawCenterFilters) => {
    // `|` cannot occur in a value (centerSearchQuery allows words, spaces, commas, dots and dashes).
    const key = `${raw.care}|${raw.medications}|${raw.payment}|${raw.language}|${raw.age}|${raw.gender}|${raw.population}|${raw.telehealth}|${raw.sameDay}|${raw.walkIn}`;
    let filters = filterChoices.get(key);
    if (!filters) {
      filters = normaliseFilters(raw);
      if (filterChoices.size >= 500) filterChoices.delete(filterChoices.keys().next().value!);
      filterChoices.set(key, filters);
    }
    return filters;
  };
  let gazetteer: Gazetteer | undefined;
  const places = () => loadGazetteer().then((g) => (gazetteer = g));
  // A server about to take traffic loads the directory and the ZIP table now, not on its first search.
  app.addHook('onListen', async () => {
    directory.warm();
    places().catch((err) => app.log.error({ err }, 'ZIP code table failed to load'));
  });
  app.addHook('onClose', async () => directory.close());

  app.get(
    '/centers',
    {
      // Public directory data, nothing stored; throttled so the table cannot be scraped without bound.
      config: {
        ...publicRoute('public treatment-center finder over published directory data'),
        rateLimit: { max: 120, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['centers'],
        summary:
          'Treatment centers nearest a ZIP code, city or point, with filters (any of within one, all across)',
        querystring: centerSearchQuery,
        response: { 200: centerSearchResponse, 400: errorBody, 429: errorBody },
      },
    },
    async (req, reply) => {
      const index = await directory.ready();
      // x-cache: whether this answer was kept from an earlier search of the same URL (hit) or not (miss).
      let body = answers.get(index, req.url);
      reply.header('cache-control', SEARCH_CACHE_CONTROL).header('x-cache', body ? 'hit' : 'miss');
      if (!body) {
        const { near, limit, ...rawFilters } = req.query;
        const origin = parseOrigin(near, gazetteer ?? (await places()));
        const found = index.nearest(origin, filtersOf(rawFilters), limit);
        body = writeBody(origin, index, found);
        answers.add(index, req.url, body);
      }
      // Written from the response schema's pieces (search-body.ts), so sent as is: Fastify skips its
      // serializer for a Buffer.
      return reply.type('application/json').send(body as unknown as CenterSearchResponse);
    },
  );
};
