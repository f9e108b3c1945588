import { decodeSessionChange, type SessionChange } from './session-changes.js';
import type { SessionActor } from './session-store.js';

/**
 * An in-process copy of recently seen sessions, by token hash, so most requests need no database read
 * (PGlite runs one query at a time; the read was the ceiling of every authenticated request).
 *
 * The database stays the authority:
 * - only finished sign-ins are kept: never an unknown token (a token brute force cannot fill memory)
 *   and never an MFA-pending session (short-lived, and rotated at verify);
 * - an entry lives at most `ttlSeconds`, and is dropped as soon as its idle or absolute expiry passes,
 *   so the caller re-reads the row (which another server may have extended) and decides from it;
 * - ends and role changes evict entries at once: locally after the commit, on other servers through
 *   the `haven_session` notification (session-changes.ts);
 * - while the notification listener is down nothing is served or stored (`setLive(false)`), and on
 *   (re)connect everything is forgotten, since notifications may have been missed meanwhile.
 */
export interface SessionCache {
  readonly enabled: boolean;
  /**
   * Bumped by every eviction. Read it before the database read and pass it to `set`: if anything was
   * evicted meanwhile, the row read may predate that change and is not stored.
   */
  readonly generation: number;
  readonly size: number;
  get(tokenHash: string, now: Date): SessionActor | null;
  set(actor: SessionActor, generation: number, now: Date): void;
  /** Updates an entry still present (the idle window slid); never brings back an evicted one. */
  refresh(actor: SessionActor): void;
  has(tokenHash: string): boolean;
  forget(change: SessionChange): void;
  /** Applies a `haven_session` notification payload. */
  apply(payload: string): void;
  clear(): void;
  setLive(live: boolean): void;
}

export interface SessionCacheOptions {
  ttlSeconds: number;
  /** Oldest entries are evicted beyond this; about 1 KB each. */
  maxEntries?: number;
}

interface Entry {
  actor: SessionActor;
  /** Epoch ms after which the entry must be re-read. */
  freshUntil: number;
}

export function createSessionCache({ ttlSeconds, maxEntries = 10_000 }: SessionCacheOptions): SessionCache {
  const entries = new Map<string, Entry>();
  const ttlMs = ttlSeconds * 1000;
  const enabled = ttlMs > 0;
  let generation = 0;
  let live = false;

  const drop = (tokenHash: string) => {
    entries.delete(tokenHash);
    generation++;
  };
  const clear = () => {
    entries.clear();
    generation++;
  };
  const forget = (change: SessionChange) => {
    if ('tokenHash' in change) return drop(change.tokenHash);
    for (const [tokenHash, entry] of entries)
      if (entry.actor.userId === change.userId) entries.delete(tokenHash);
    generation++;
  };

  return {
    enabled,
    get generation() {
      return generation;
    },
    get size() {
      return entries.size;
    },
    get(tokenHash, now) {
      const entry = entries.get(tokenHash);
      if (!entry) return null;
      const t = now.getTime();
      const { actor } = entry;
      if (
        t >= entry.freshUntil ||
        t >= actor.idleExpiresAt.getTime() ||
        t >= actor.absoluteExpiresAt.getTime()
      ) {
        entries.delete(tokenHash);
        return null;
      }
      return actor;
    },
    set(actor, readAt, now) {
      if (!enabled || !live || actor.mfaPending || readAt !== generation) return;
      // Re-inserting moves the key to the end: Map order is then oldest-first for eviction.
      entries.delete(actor.tokenHash);
      entries.set(actor.tokenHash, { actor, freshUntil: now.getTime() + ttlMs });
      if (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
    },
    refresh(actor) {
      const entry = entries.get(actor.tokenHash);
      if (entry) entry.actor = actor;
    },
    has: (tokenHash) => entries.has(tokenHash),
    forget,
    apply(payload) {
      const change = decodeSessionChange(payload);
      if (change) forget(change);
      else clear();
    },
    clear,
    setLive(next) {
      live = next;
      clear();
    },
  };
}
