import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import {
  createSessionFinder,
  type SessionActor,
  slideIdleWindow,
  touchSession,
} from '../services/auth/session-store.js';

export const SESSION_COOKIE = 'haven_session';

/** Tokens whose hash is remembered (see `hashOf`); about 150 bytes each. */
const REMEMBERED_TOKENS = 10_000;

/**
 * Resolves the session cookie once per request into `req.actor` (STYLE.md habit 5): from this server's
 * session cache when it holds a fresh, unexpired copy, otherwise from the session row.
 */
export const sessionPlugin = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('actor', null);
    const findActiveSession = createSessionFinder(app.database.db);
    const cache = app.sessionCache;
    /**
     * The keyed hash of each token that named a live session, so a signed-in caller's every request does
     * not pay for an HMAC (a tenth of the CPU of a cached FHIR read, measured). Only tokens that resolved
     * to a session are remembered: a stream of guessed tokens cannot fill or churn it. A hash is a pure
     * function of the token, so a remembered one never goes stale; ending the session is decided by the
     * session lookup, as before.
     */
    const hashes = new Map<string, string>();
    const hashOf = (token: string) => hashes.get(token) ?? app.keys.hashToken(token);
    const remember = (token: string, tokenHash: string) => {
      if (hashes.has(token)) return;
      if (hashes.size >= REMEMBERED_TOKENS) hashes.clear();
      hashes.set(token, tokenHash);
    };

    async function lookUp(tokenHash: string, now: Date): Promise<SessionActor | null> {
      const cached = cache.get(tokenHash, now);
      if (cached) return cached;
      // Taken before the read: an eviction while it runs means the row may be stale, so it is not kept.
      const generation = cache.generation;
      const actor = await findActiveSession(tokenHash, now);
      if (actor) cache.set(actor, generation, now);
      return actor;
    }

    app.addHook('onRequest', async (req) => {
      const token = req.cookies[SESSION_COOKIE];
      if (!token || token.length > 128) return;
      const now = new Date();
      const tokenHash = hashOf(token);
      const actor = await lookUp(tokenHash, now);
      if (!actor) return;
      remember(token, tokenHash);
      const touched = slideIdleWindow(actor, app.config, now);
      req.actor = touched ?? actor;
      if (!touched) return;
      // Update the copy first, so concurrent requests do not all write the same slide.
      cache.refresh(touched);
      try {
        await touchSession(app.database.db, touched);
      } catch (err) {
        cache.forget({ tokenHash: touched.tokenHash });
        throw err;
      }
    });
  },
  { name: 'haven-session', dependencies: ['@fastify/cookie'] },
);
