import type { FastifyBaseLogger } from 'fastify';
import type { Database } from '../../../db/connect.js';
import type { SessionCache } from './session-cache.js';
import { SESSION_CHANNEL } from './session-changes.js';

/**
 * Keeps this server's session cache in step with every other server: applies `haven_session`
 * notifications, and serves nothing from the cache while it cannot hear them. Resolves to `stop`.
 */
export async function followSessionChanges(
  database: Database,
  cache: SessionCache,
  log: FastifyBaseLogger,
): Promise<() => Promise<void>> {
  if (!cache.enabled) return async () => {};
  let wasDown = false;
  return database.listen(SESSION_CHANNEL, {
    onMessage: (payload) => cache.apply(payload),
    onConnect() {
      cache.setLive(true);
      if (wasDown) log.info('session change listener reconnected; session cache cleared');
      wasDown = false;
    },
    onDisconnect(err) {
      cache.setLive(false);
      if (!wasDown) log.warn({ err }, 'session change listener lost; session cache off until it reconnects');
      wasDown = true;
    },
  });
}
