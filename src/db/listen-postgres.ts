import pg from 'pg';
import type { ListenHandlers } from './connect.js';

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;

/**
 * LISTEN on a dedicated connection: a pooled one would be handed to queries and released, dropping
 * the subscription. On error or end it reconnects with doubling backoff and reports both edges, since
 * notifications sent while it was down are lost (the subscriber must assume it missed some).
 */
export async function listenPostgres(
  connectionString: string,
  channel: string,
  handlers: ListenHandlers,
): Promise<() => Promise<void>> {
  let client: pg.Client | null = null;
  let closed = false;
  let retryMs = FIRST_RETRY_MS;
  let retryTimer: NodeJS.Timeout | undefined;

  const lost = (c: pg.Client, err: unknown) => {
    if (client !== c) return; // already handled (an error is often followed by end)
    client = null;
    void c.end().catch(() => {});
    if (closed) return;
    handlers.onDisconnect?.(err);
    retryTimer = setTimeout(() => void open(), retryMs);
    retryMs = Math.min(retryMs * 2, MAX_RETRY_MS);
  };

  const open = async () => {
    // keepAlive: a silently dropped connection must surface as an error, not as missing notifications.
    const c = new pg.Client({ connectionString, keepAlive: true });
    client = c;
    c.on('error', (err) => lost(c, err));
    c.on('end', () => lost(c, new Error('listen connection ended')));
    c.on('notification', (msg) => {
      if (msg.channel === channel) handlers.onMessage(msg.payload ?? '');
    });
    try {
      await c.connect();
      await c.query(`LISTEN ${c.escapeIdentifier(channel)}`);
    } catch (err) {
      lost(c, err);
      return;
    }
    if (client !== c || closed) return;
    retryMs = FIRST_RETRY_MS;
    handlers.onConnect?.();
  };

  await open();
  return async () => {
    closed = true;
    clearTimeout(retryTimer);
    const c = client;
    client = null;
    await c?.end().catch(() => {});
  };
}
