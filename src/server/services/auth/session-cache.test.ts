import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createSessionCache } from './session-cache.js';
import { encodeSessionChange } from './session-changes.js';
import type { SessionActor } from './session-store.js';

const T0 = new Date('2026-03-02T09:00:00Z');
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

function actor(overrides: Partial<SessionActor> = {}): SessionActor {
  return {
    tokenHash: randomUUID(),
    userId: randomUUID(),
    email: 'nurse@clinic.test',
    displayName: 'Nurse',
    organizationId: randomUUID(),
    organizationName: 'Clinic',
    role: 'nurse',
    mfaEnabled: false,
    mfaPending: false,
    lastSeenAt: T0,
    idleExpiresAt: at(15 * 60),
    absoluteExpiresAt: at(12 * 3600),
    ...overrides,
  };
}

function liveCache(ttlSeconds = 30, maxEntries?: number) {
  const cache = createSessionCache({ ttlSeconds, maxEntries });
  cache.setLive(true);
  const put = (a: SessionActor, now = T0) => cache.set(a, cache.generation, now);
  return { cache, put };
}

describe('session cache', () => {
  it('answers from memory until the TTL passes, then asks for a re-read', () => {
    const { cache, put } = liveCache(30);
    const a = actor();
    put(a);
    expect(cache.get(a.tokenHash, at(29))).toBe(a);
    expect(cache.get(a.tokenHash, at(30))).toBeNull();
    expect(cache.has(a.tokenHash)).toBe(false);
  });

  it('keeps the idle and absolute expiry exact on a hit', () => {
    const { cache, put } = liveCache(300);
    const idle = actor({ idleExpiresAt: at(10) });
    const absolute = actor({ absoluteExpiresAt: at(20) });
    put(idle);
    put(absolute);
    expect(cache.get(idle.tokenHash, at(9.999))).toBe(idle);
    expect(cache.get(idle.tokenHash, at(10))).toBeNull();
    expect(cache.get(absolute.tokenHash, at(19.999))).toBe(absolute);
    expect(cache.get(absolute.tokenHash, at(20))).toBeNull();
  });

  it('never keeps a session that still owes its MFA code', () => {
    const { cache, put } = liveCache();
    const pending = actor({ mfaPending: true });
    put(pending);
    expect(cache.get(pending.tokenHash, T0)).toBeNull();
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries, dropping the oldest first', () => {
    const { cache, put } = liveCache(30, 3);
    const [a, b, c, d] = [actor(), actor(), actor(), actor()];
    for (const x of [a, b, c]) put(x);
    put(a); // re-stored: now the newest
    put(d);
    expect(cache.size).toBe(3);
    expect(cache.has(b.tokenHash)).toBe(false);
    expect([a, c, d].every((x) => cache.has(x.tokenHash))).toBe(true);
  });

  it('forgets one session by token, or every session of a user', () => {
    const { cache, put } = liveCache();
    const userId = randomUUID();
    const phone = actor({ userId });
    const desk = actor({ userId });
    const other = actor();
    for (const x of [phone, desk, other]) put(x);

    cache.apply(encodeSessionChange({ tokenHash: phone.tokenHash }));
    expect([cache.has(phone.tokenHash), cache.has(desk.tokenHash)]).toEqual([false, true]);

    put(phone);
    cache.apply(encodeSessionChange({ userId }));
    expect([cache.has(phone.tokenHash), cache.has(desk.tokenHash), cache.has(other.tokenHash)]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('forgets everything on a notification it does not understand', () => {
    const { cache, put } = liveCache();
    put(actor());
    cache.apply('something-else');
    expect(cache.size).toBe(0);
  });

  it('does not keep a row read before an eviction that happened while reading', () => {
    const { cache } = liveCache();
    const a = actor();
    const readStartedAt = cache.generation;
    cache.forget({ tokenHash: a.tokenHash }); // e.g. a logout committed while the row was in flight
    cache.set(a, readStartedAt, T0);
    expect(cache.has(a.tokenHash)).toBe(false);
  });

  it('refreshes a present entry but never brings back an evicted one', () => {
    const { cache, put } = liveCache();
    const a = actor();
    put(a);
    const slid = { ...a, lastSeenAt: at(61), idleExpiresAt: at(61 + 15 * 60) };
    cache.refresh(slid);
    expect(cache.get(a.tokenHash, at(1))).toBe(slid);
    cache.forget({ tokenHash: a.tokenHash });
    cache.refresh(slid);
    expect(cache.has(a.tokenHash)).toBe(false);
  });

  it('serves and stores nothing while the change listener is down, and starts empty when it is back', () => {
    const { cache, put } = liveCache();
    const a = actor();
    put(a);
    cache.setLive(false);
    expect(cache.get(a.tokenHash, T0)).toBeNull();
    put(a);
    expect(cache.size).toBe(0);
    cache.setLive(true);
    put(a);
    expect(cache.get(a.tokenHash, T0)).toBe(a);
  });

  it('stores nothing when turned off (TTL 0)', () => {
    const { cache, put } = liveCache(0);
    expect(cache.enabled).toBe(false);
    put(actor());
    expect(cache.size).toBe(0);
  });
});
