import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { normaliseFilters } from '../../../domain/centers/filters.js';
import { parseOrigin } from '../../../domain/centers/origin.js';
import { errorBody } from '../../../shared/auth.js';
import {
  type CenterSearchResponse,
  centerSearchQuery,
  centerSearchResponse,
} from '../../../shared/centers.js';
import { publicRoute } from '../../access.js';
import { loadGazetteer } from '../../services/centers/gazetteer.js';
import { createResultCache } from '../../services/centers/search-cache.js';
import { searchCenters } from '../../services/centers/search-centers.js';

export interface CenterRoutesOptions {
  /** How long identical searches are answered from memory (0 turns it off). */
  cacheSeconds?: number;
}

/** Listings change with an import (a few times a year), so browsers may reuse a result for a minute. */
export const SEARCH_CACHE_CONTROL = 'public, max-age=60';

export const centerRoutes: FastifyPluginAsyncZod<CenterRoutesOptions> = async (app, opts) => {
  // Holds response bodies already serialized through the response schema (the allow-list), so a repeated
  // search costs neither a query nor a re-serialization.
  const cache = createResultCache<string>({
    ttlMs: (opts.cacheSeconds ?? 5) * 1000,
    maxEntries: 2000,
  });

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
      const { near, limit, ...rawFilters } = req.query;
      const origin = parseOrigin(near, await loadGazetteer());
      const filters = normaliseFilters(rawFilters);
      // Rounded to ~10 m so the same place typed twice shares an entry.
      const key = JSON.stringify([
        origin.lat.toFixed(4),
        origin.lng.toFixed(4),
        origin.label,
        limit,
        filters,
      ]);
      const body = await cache.get(key, async () => {
        const centers = await searchCenters({ db: app.database.db, origin, filters, limit });
        return JSON.stringify(centerSearchResponse.parse({ origin, centers }));
      });
      reply.header('cache-control', SEARCH_CACHE_CONTROL).type('application/json');
      // A JSON string with a JSON content type is sent as is (Fastify skips the serializer for it).
      return reply.send(body as unknown as CenterSearchResponse);
    },
  );
};
