import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { scoreInstrument } from '../../../domain/instruments/registry.js';
import { errorBody } from '../../../shared/auth.js';
import {
  instrumentDefinitionResponse,
  instrumentLangQuery,
  instrumentListResponse,
  instrumentParams,
  scoreRequest,
  scoreResponse,
} from '../../../shared/instruments.js';
import { publicRoute } from '../../access.js';
import {
  describeInstrument,
  listInstruments,
  requireInstrument,
} from '../../services/instruments/describe-instrument.js';

/**
 * Definitions change only with a release (each carries its version), so browsers and CDNs may keep them a
 * while; five minutes bounds how long an old definition outlives a deploy.
 */
export const DEFINITION_CACHE_CONTROL = 'public, max-age=300';

export const instrumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instruments',
    {
      config: publicRoute('published instrument list for the public site and outside tools'),
      schema: {
        tags: ['instruments'],
        summary: 'Ids, versions and titles of the built-in instruments',
        querystring: instrumentLangQuery,
        response: { 200: instrumentListResponse, 400: errorBody },
      },
    },
    async (req, reply) => {
      reply.header('cache-control', DEFINITION_CACHE_CONTROL);
      return listInstruments(req.query.lang);
    },
  );

  app.get(
    '/instruments/:id',
    {
      // Rate limited so unknown ids cannot be probed without bound.
      config: {
        ...publicRoute('published instrument definition for the public site and outside tools'),
        rateLimit: { max: 300, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['instruments'],
        summary: 'One instrument: items and options in the published order, bands and flags',
        params: instrumentParams,
        querystring: instrumentLangQuery,
        response: { 200: instrumentDefinitionResponse, 400: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (req, reply) => {
      const def = requireInstrument(req.params.id);
      reply.header('cache-control', DEFINITION_CACHE_CONTROL);
      return describeInstrument(def, req.query.lang);
    },
  );

  app.post(
    '/instruments/:id/score',
    {
      // Stateless and anonymous: nothing is stored or audited, so it is throttled instead.
      config: {
        ...publicRoute('stateless scoring of anonymous answers; nothing is stored'),
        rateLimit: { max: 120, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['instruments'],
        summary: 'Score answers without storing them: score, band and flags',
        params: instrumentParams,
        body: scoreRequest,
        response: { 200: scoreResponse, 400: errorBody, 404: errorBody, 429: errorBody },
      },
    },
    async (req) => {
      const { score, band, flags } = scoreInstrument(req.params.id, req.body.answers);
      return { score, band, flags };
    },
  );
};
