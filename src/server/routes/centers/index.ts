import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { CenterFilters } from '../../../domain/centers/filters.js';
import { normaliseFilters } from '../../../domain/centers/filters.js';
import type { Origin } from '../../../domain/centers/origin.js';
import { parseOrigin } from '../../../domain/centers/origin.js';
import { errorBody } from '../../../shared/auth.js';
import {
  type CenterSearchQuery,
  type CenterSearchResponse,
  centerSearchQuery,
  centerSearchResponse,
} from '../../../shared/centers.js';
import { publicRoute } from '../../access.js';
import { compileResponseSerializer } from '../../response-serializer.js';
import { loadGazetteer } from '../../services/centers/gazetteer.js';
import { createResultCache } from '../../services/centers/search-cache.js';
import { searchCenters } from '../../services/centers/search-centers.js';

export interface CenterRoutesOptions {
  /** How long identical searches are answered from memory (0 turns it off). */
  cacheSeconds?: number;
}

interface Search {
  /** The result cache's key: the same place and filters however they were written. */
  key: string;
  origin: Origin;
  filters: CenterFilters;
  limit: number;
}

/** Listings change with an import (a few times a year), so browsers may reuse a result for a minute. */
export const SEARCH_CACHE_CONTROL = 'public, max-age=60';

export const centerRoutes: FastifyPluginAsyncZod<CenterRoutesOptions> = async (app, opts) => {
  // Holds response bodies already written through the response schema (the allow-list) and encoded, so a
  // repeated search costs neither a query, nor serialization, nor encoding 15 KB of text again.
  const cache = createResultCache<Buffer>({
    ttlMs: (opts.cacheSeconds ?? 5) * 1000,
    maxEntries: 2000,
  });
  const serialize = compileResponseSerializer(centerSearchResponse);
  // What each recent URL asks for, once understood: a repeated search skips reading the place and filters.
  const understood = new Map<string, Search>();

  async function understand(url: string, query: CenterSearchQuery): Promise<Search> {
    const known = understood.get(url);
    if (known) return known;
    const { near, limit, ...rawFilters } = query;
    const origin = parseOrigin(near, await loadGazetteer());
    const filters = normaliseFilters(rawFilters);
    // Rounded to ~10 m so the same place typed twice shares an entry.
    const key = JSON.stringify([origin.lat.toFixed(4), origin.lng.toFixed(4), origin.label, limit, filters]);
    const search = { key, origin, filters, limit };
    // Oldest first in a Map: drop the oldest when full. Refused searches (they throw) are not kept.
    if (understood.size >= 2000) understood.delete(understood.keys().next().value!);
    understood.set(url, search);
    return search;
  }

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
      const { key, origin, filters, limit } = await understand(req.url, req.query);
      let searched = false;
      const body = await cache.get(key, async () => {
        searched = true;
        const centers = await searchCenters({ db: app.database.db, origin, filters, limit });
        return Buffer.from(serialize({ origin, centers }));
      });
      // x-cache says whether this request ran the search (miss) or shared a stored or running one (hit).
      reply
        .header('cache-control', SEARCH_CACHE_CONTROL)
        .header('x-cache', searched ? 'miss' : 'hit')
        .type('application/json');
      // A Buffer is sent as is (Fastify skips the serializer for it).
      return reply.send(body as unknown as CenterSearchResponse);
    },
  );
};
