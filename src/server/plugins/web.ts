import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { publicRoute } from '../access.js';

const API_PREFIXES = ['/api/', '/fhir/', '/healthz', '/readyz'];

/**
 * Serves the Vite build and answers unknown GETs for pages with index.html (client-side routes).
 * API paths keep their JSON 404. Unknown paths are rate limited against probing.
 */
export async function webPlugin(app: FastifyInstance) {
  const root = resolve(app.config.webDir);
  const hasBuild = existsSync(resolve(root, 'index.html'));
  app.addHook('onRoute', (route) => {
    route.config = { ...((route.config as object | undefined) ?? {}), ...publicRoute('web app assets') };
  });
  if (hasBuild) {
    await app.register(fastifyStatic, {
      root,
      wildcard: false,
      index: false,
      setHeaders(reply, path) {
        // Hashed assets never change; index.html must be revalidated.
        reply.header(
          'cache-control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler(
    { preHandler: app.rateLimit({ max: 300, timeWindow: '1 minute' }) },
    (req, reply) => {
      const path = req.url.split('?')[0] ?? '/';
      const isApi = API_PREFIXES.some((p) => path.startsWith(p));
      if (
        !isApi &&
        hasBuild &&
        (req.method === 'GET' || req.method === 'HEAD') &&
        !/\.[a-z0-9]+$/i.test(path)
      ) {
        return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
      }
      return reply
        .status(404)
        .send({ error: { code: 'NOT_FOUND', message: `No such resource: ${req.method} ${path}` } });
    },
  );
}
