import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { testWebDir } from '../../../../test/support/web-dir.js';
import { loadConfig } from '../../config.js';

const imgSrc = (csp: unknown) =>
  String(csp)
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith('img-src'));

describe('GET /api/v1/site-config (public site settings)', () => {
  describe('on a server with an admissions phone and map tiles configured', () => {
    let t: TestApp;
    beforeAll(async () => {
      // The operator sets the variables; loadConfig turns them into what the app runs with.
      const { admissionsPhone, map } = loadConfig({
        HAVEN_DEMO: '0',
        HAVEN_ADMISSIONS_PHONE: '217.555.0123',
        HAVEN_MAP_TILE_URL: 'https://{s}.tiles.example/{z}/{x}/{y}.png',
        HAVEN_MAP_ATTRIBUTION: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
      });
      t = await createTestApp({ config: { admissionsPhone, map, webDir: testWebDir() } });
    });
    afterAll(() => t.app.close());

    it('answers anyone with the phone to show and dial, and the tile template with its credit', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/site-config' });
      expect(res.statusCode).toBe(200);
      // Only what the page needs: the CSP source computed for the server stays on the server.
      expect(res.json()).toEqual({
        admissionsPhone: { display: '(217) 555-0123', tel: '+12175550123' },
        map: {
          tileUrl: 'https://{s}.tiles.example/{z}/{x}/{y}.png',
          attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
        },
      });
      expect(res.headers['cache-control']).toBe('public, max-age=300');
    });

    it('lets pages load the tiles: the tile host is in img-src, and nowhere else', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/find' });
      const csp = String(res.headers['content-security-policy']);
      expect(imgSrc(csp)).toBe("img-src 'self' data: https://*.tiles.example");
      expect(csp.replace(imgSrc(csp)!, '')).not.toContain('tiles.example');
    });
  });

  describe('on a server with neither configured', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await createTestApp({ config: { admissionsPhone: null, map: null, webDir: testWebDir() } });
    });
    afterAll(() => t.app.close());

    it('says so with nulls (the site hides the program line and the map toggle)', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/api/v1/site-config' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ admissionsPhone: null, map: null });
    });

    it('keeps img-src to the site itself', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/find' });
      expect(imgSrc(res.headers['content-security-policy'])).toBe("img-src 'self' data:");
    });

    it('is documented in the OpenAPI description', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
      const op = doc.paths['/api/v1/site-config'].get;
      expect(Object.keys(op.responses['200'].content['application/json'].schema.properties)).toEqual([
        'admissionsPhone',
        'map',
      ]);
    });
  });
});
