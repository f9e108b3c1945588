import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { publicRoute } from '../../access.js';

const status = z.object({ status: z.enum(['ok', 'unavailable']) });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    { config: publicRoute('liveness probe'), schema: { tags: ['ops'], response: { 200: status } } },
    async () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      config: publicRoute('readiness probe'),
      schema: { tags: ['ops'], response: { 200: status, 503: status } },
    },
    async (req, reply) => {
      try {
        await app.database.db.execute(sql`select 1`);
        return { status: 'ok' as const };
      } catch (err) {
        req.log.warn({ err }, 'database not reachable');
        return reply.status(503).send({ status: 'unavailable' as const });
      }
    },
  );
};
