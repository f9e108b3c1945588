import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PERMISSIONS } from '../src/domain/access/permissions.js';
import { createTestApp, type TestApp } from './support/test-app.js';

/**
 * Cross-cutting: every registered route declares who may call it, and the guard really enforces it.
 * Adding a route without `config.access` fails here.
 */
describe('route policy coverage', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());

  it('finds the application routes (the walk is not vacuous)', () => {
    const urls = t.app.routeRecords.map((r) => `${r.method} ${r.url}`);
    expect(urls).toEqual(
      expect.arrayContaining([
        'POST /api/v1/auth/login',
        'GET /api/v1/me',
        'PUT /api/v1/admin/users/:userId/role',
      ]),
    );
  });

  it('every route is either declared public with a reason or guarded by a known permission', () => {
    const undeclared = t.app.routeRecords.filter((r) => {
      const a = r.access;
      if (!a) return true;
      if ('public' in a) return !a.reason;
      return !(PERMISSIONS as readonly string[]).includes(a.permission);
    });
    expect(undeclared.map((r) => `${r.method} ${r.url}`)).toEqual([]);
  });

  it('every guarded route refuses a caller without a session', async () => {
    const guarded = t.app.routeRecords.filter(
      (r) => r.access && !('public' in r.access) && r.method !== 'HEAD',
    );
    expect(guarded.length).toBeGreaterThan(3);
    for (const r of guarded) {
      const url = r.url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
      const res = await t.app.inject({
        method: r.method as 'GET',
        url,
        payload: r.method === 'GET' ? undefined : {},
      });
      expect({ route: `${r.method} ${r.url}`, status: res.statusCode }).toEqual({
        route: `${r.method} ${r.url}`,
        status: 401,
      });
    }
  });

  it('only the documented public routes are public', () => {
    const publicApi = t.app.routeRecords
      .filter((r) => r.access && 'public' in r.access && r.url.startsWith('/api/v1'))
      .map((r) => `${r.method} ${r.url}`);
    expect(publicApi).toEqual([
      'POST /api/v1/auth/login',
      // Published instrument definitions and stateless scoring (no answers stored).
      'GET /api/v1/instruments',
      'HEAD /api/v1/instruments',
      'GET /api/v1/instruments/:id',
      'HEAD /api/v1/instruments/:id',
      'POST /api/v1/instruments/:id/score',
      // The treatment-center finder over published directory data (rate limited, nothing stored).
      'GET /api/v1/centers',
      'HEAD /api/v1/centers',
      // The public site's settings from configuration (admissions phone, map tiles; no data).
      'GET /api/v1/site-config',
      'HEAD /api/v1/site-config',
      // The admission request (rate limited, honeypot, audited) and the locations its form offers.
      'POST /api/v1/inquiries',
      'GET /api/v1/admissions/options',
      'HEAD /api/v1/admissions/options',
    ]);
  });
});
