import { sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';

/**
 * Every app server keeps an in-process copy of recent sessions (session-cache.ts). Whatever ends a
 * session or changes what it carries announces it on this channel, so each server forgets its copy.
 */
export const SESSION_CHANNEL = 'haven_session';

/** One session (by token hash), or every session of one user (role change, disabled account). */
export type SessionChange = { tokenHash: string } | { userId: string };

export function encodeSessionChange(change: SessionChange): string {
  return 'tokenHash' in change ? `token:${change.tokenHash}` : `user:${change.userId}`;
}

/** `null` for a payload we do not understand: the listener then forgets everything, to be safe. */
export function decodeSessionChange(payload: string): SessionChange | null {
  const colon = payload.indexOf(':');
  const kind = payload.slice(0, colon);
  const id = payload.slice(colon + 1);
  if (colon < 1 || !id) return null;
  if (kind === 'token') return { tokenHash: id };
  if (kind === 'user') return { userId: id };
  return null;
}

/**
 * Call inside the transaction that makes the change: PostgreSQL delivers the notification only when it
 * commits (and never on rollback), so no server can forget too early or for a change that did not happen.
 */
export async function announceSessionChange(tx: DbOrTx, change: SessionChange): Promise<SessionChange> {
  await tx.execute(sql`select pg_notify(${SESSION_CHANNEL}, ${encodeSessionChange(change)})`);
  return change;
}
