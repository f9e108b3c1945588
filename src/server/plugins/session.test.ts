import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { createTestClinic, createTestUser, signIn } from '../../../test/support/factories.js';
import { createTestApp, type TestApp, testConfig } from '../../../test/support/test-app.js';
import { connect } from '../../db/connect.js';
import { buildApp } from '../app.js';

type Inject = TestApp['app']['inject'];
const me = (app: { inject: Inject }, cookie: string) =>
  app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
const tokenHashOf = (t: TestApp, cookie: string) => t.app.keys.hashToken(cookie.split('=')[1]!);

async function setRole(app: { inject: Inject }, adminCookie: string, userId: string, role: string) {
  const res = await app.inject({
    method: 'PUT',
    url: `/api/v1/admin/users/${userId}/role`,
    headers: { cookie: adminCookie },
    payload: { role },
  });
  expect(res.statusCode).toBe(204);
}

/**
 * Reads /me until the session is cached. On a shared PostgreSQL database other test files' logouts and
 * role changes reach this server too, and a fill whose read overlapped any eviction is skipped.
 */
async function meCached(
  app: { inject: Inject; sessionCache: TestApp['app']['sessionCache'] },
  t: TestApp,
  cookie: string,
) {
  for (let i = 0; i < 20; i++) {
    const res = await me(app, cookie);
    if (app.sessionCache.has(tokenHashOf(t, cookie))) return res;
  }
  throw new Error('the session was never cached');
}

/** Retries `check` until it holds or ~2 s pass: another server hears of a change shortly after commit. */
async function eventually(check: () => Promise<boolean>) {
  for (let i = 0; i < 40; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}

describe('session lookup with the session cache on', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['admin', 'nurse', 'patient']);
    admin = (await signIn(t, clinic.users.admin.email)).cookie;
  });
  afterAll(() => t.app.close());

  it('answers from the cache, and logout still ends the session at once', async () => {
    const { cookie } = await signIn(t, clinic.users.nurse.email);
    expect((await meCached(t.app, t, cookie)).statusCode).toBe(200);
    expect((await me(t.app, cookie)).statusCode).toBe(200);

    const out = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect((await me(t.app, cookie)).statusCode).toBe(401);
  });

  it('applies a role change by an admin on the very next request', async () => {
    const nurse = await createTestUser(t.db, { organizationId: clinic.org.id, role: 'nurse' });
    const { cookie } = await signIn(t, nurse.email);
    expect((await meCached(t.app, t, cookie)).json().role).toBe('nurse');

    await setRole(t.app, admin, nurse.id, 'counselor');
    expect((await me(t.app, cookie)).json().role).toBe('counselor');
  });

  it('never stores an unknown token', async () => {
    for (let i = 0; i < 5; i++) {
      const cookie = `haven_session=${randomBytes(32).toString('base64url')}`;
      expect((await me(t.app, cookie)).statusCode).toBe(401);
      expect(t.app.sessionCache.has(tokenHashOf(t, cookie))).toBe(false);
    }
  });
});

describe('the idle timeout with a long-lived cached copy', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { sessionCacheSeconds: 3600 } });
  });
  afterAll(() => t.app.close());

  it('ends the session at its idle expiry even though the copy is still fresh', async () => {
    const clinic = await createTestClinic(t.db, ['nurse']);
    const { cookie } = await signIn(t, clinic.users.nurse.email);
    expect((await meCached(t.app, t, cookie)).statusCode).toBe(200);
    // Staff get 15 idle minutes; the copy would be fresh for an hour.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 15 * 60_000 + 1_000);
      expect((await me(t.app, cookie)).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('with the session cache off (HAVEN_SESSION_CACHE_SECONDS=0)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ config: { sessionCacheSeconds: 0 } });
  });
  afterAll(() => t.app.close());

  it('reads every request from the database: sign-in, role change and logout behave the same', async () => {
    const clinic = await createTestClinic(t.db, ['admin', 'nurse']);
    const admin = (await signIn(t, clinic.users.admin.email)).cookie;
    const { cookie } = await signIn(t, clinic.users.nurse.email);
    expect((await me(t.app, cookie)).json().role).toBe('nurse');
    await setRole(t.app, admin, clinic.users.nurse.id, 'prescriber');
    expect((await me(t.app, cookie)).json().role).toBe('prescriber');
    await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect((await me(t.app, cookie)).statusCode).toBe(401);
    expect(t.app.sessionCache.enabled).toBe(false);
    expect(t.app.sessionCache.size).toBe(0);
  });
});

// Two servers cannot share one in-memory PGlite, so this runs on PostgreSQL only.
describe.runIf(inject('databaseUrl'))('two app servers on one PostgreSQL database', () => {
  let a: TestApp;
  let b: Awaited<ReturnType<typeof buildApp>>;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  beforeAll(async () => {
    a = await createTestApp();
    const database = await connect({ databaseUrl: inject('databaseUrl')!, poolSize: 4 });
    b = await buildApp({ config: testConfig(), database });
    clinic = await createTestClinic(a.db, ['admin', 'nurse', 'counselor']);
  });
  afterAll(async () => {
    await b?.close();
    await a?.app.close();
  });

  it('a logout through server A ends the session on server B, which had it cached', async () => {
    const { cookie } = await signIn(a, clinic.users.nurse.email);
    expect((await meCached(b, a, cookie)).statusCode).toBe(200);

    const out = await a.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(await eventually(async () => (await me(b, cookie)).statusCode === 401)).toBe(true);
  });

  it('a role change made on server A applies on server B', async () => {
    const admin = (await signIn(a, clinic.users.admin.email)).cookie;
    const { cookie } = await signIn(a, clinic.users.counselor.email);
    expect((await meCached(b, a, cookie)).json().role).toBe('counselor');

    await setRole(a.app, admin, clinic.users.counselor.id, 'director');
    expect(await eventually(async () => (await me(b, cookie)).json().role === 'director')).toBe(true);
  });
});
