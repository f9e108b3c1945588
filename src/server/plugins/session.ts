import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createSessionFinder, touchSession } from '../services/auth/session-store.js';

export const SESSION_COOKIE = 'haven_session';

/** Resolves the session cookie once per request into `req.actor` (STYLE.md habit 5). */
export const sessionPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('actor', null);
    const findActiveSession = createSessionFinder(app.database.db);
    app.addHook('onRequest', async (req) => {
      const token = req.cookies[SESSION_COOKIE];
      if (!token || token.length > 128) return;
      const actor = await findActiveSession(app.keys.hashToken(token));
      if (!actor) return;
      req.actor = actor;
      await touchSession(app.database.db, actor, app.config);
    });
  },
  { name: 'haven-session', dependencies: ['@fastify/cookie'] },
);
