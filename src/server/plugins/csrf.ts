import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ApiError } from '../errors.js';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Beside SameSite=Strict cookies: a state-changing request must be JSON (a cross-site HTML form cannot
 * send that without a CORS preflight we never grant) and, when the browser names its origin, same-origin.
 */
export const csrfPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('onRequest', async (req) => {
      if (SAFE.has(req.method)) return;
      const origin = req.headers.origin;
      if (origin && origin !== 'null') {
        let host: string | null = null;
        try {
          host = new URL(origin).host;
        } catch {
          host = null;
        }
        if (host !== req.headers.host) {
          throw new ApiError('FORBIDDEN', 'CROSS_ORIGIN', 'Cross-site requests are not allowed.');
        }
      }
      const type = req.headers['content-type'];
      if (
        type !== undefined &&
        !type.toLowerCase().startsWith('application/json') &&
        !type.toLowerCase().startsWith('application/fhir+json')
      ) {
        throw new ApiError(
          'VALIDATION',
          'UNSUPPORTED_MEDIA_TYPE',
          'Send the request body as JSON (content-type: application/json).',
        );
      }
    });
  },
  { name: 'haven-csrf' },
);
