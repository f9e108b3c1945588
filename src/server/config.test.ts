import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('defaults to the embedded database with demo data and no MFA requirement', () => {
    const c = loadConfig({});
    expect(c.database).toEqual({ dataDir: './data' });
    expect(c.demo.enabled).toBe(true);
    expect(c.requireMfa).toBe(false);
    expect(c.port).toBe(3000);
    expect(c.cookieSecure).toBe(true);
  });

  it('needs an explicit HAVEN_DEMO=1 for demo data on PostgreSQL, and then requires MFA by default', () => {
    const pgOnly = loadConfig({ DATABASE_URL: 'postgres://h/db' });
    expect(pgOnly.demo.enabled).toBe(false);
    expect(pgOnly.requireMfa).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://h/db', HAVEN_DEMO: '1' }).demo.enabled).toBe(true);
    expect(loadConfig({ HAVEN_DEMO: '0' }).demo.enabled).toBe(false);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'eighty', HAVEN_SESSION_SECRET: 'short' })).toThrow(
      /PORT[\s\S]*HAVEN_SESSION_SECRET/,
    );
  });

  it('trusts X-Forwarded-For only when told which proxies to trust', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ HAVEN_TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(loadConfig({ HAVEN_TRUST_PROXY: '10.0.0.0/8,127.0.0.1' }).trustProxy).toBe('10.0.0.0/8,127.0.0.1');
  });

  it('shows the fictional admissions number only in demo mode, unless told otherwise', () => {
    expect(loadConfig({}).admissionsPhone).toEqual({ display: '(555) 010-0199', tel: '+15550100199' });
    expect(loadConfig({ HAVEN_DEMO: '0' }).admissionsPhone).toBeNull();
    expect(loadConfig({ HAVEN_ADMISSIONS_PHONE: '' }).admissionsPhone).toBeNull();
    expect(
      loadConfig({ HAVEN_DEMO: '0', HAVEN_ADMISSIONS_PHONE: '+1 217.555.0123' }).admissionsPhone,
    ).toEqual({
      display: '(217) 555-0123',
      tel: '+12175550123',
    });
    expect(() => loadConfig({ HAVEN_ADMISSIONS_PHONE: '555-0123' })).toThrow(
      /HAVEN_ADMISSIONS_PHONE: must be a US phone number/,
    );
  });

  it('has no map unless a tile URL (with its attribution) is configured, and derives the CSP source', () => {
    expect(loadConfig({}).map).toBeNull();
    const osm = loadConfig({
      HAVEN_MAP_TILE_URL: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      HAVEN_MAP_ATTRIBUTION: '&copy; OpenStreetMap contributors',
    });
    expect(osm.map).toEqual({
      tileUrl: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
      attribution: '&copy; OpenStreetMap contributors',
      imageSource: 'https://tile.openstreetmap.org',
    });
    const sub = loadConfig({
      HAVEN_MAP_TILE_URL: 'https://{s}.Tiles.Example:8443/v1/{z}/{x}/{y}{r}.png?key=abc',
      HAVEN_MAP_ATTRIBUTION: 'Example tiles',
    });
    expect(sub.map?.imageSource).toBe('https://*.tiles.example:8443');
  });

  it('refuses tile URLs a map cannot use, and a map without its credit', () => {
    const bad = (url: string) => () => loadConfig({ HAVEN_MAP_TILE_URL: url, HAVEN_MAP_ATTRIBUTION: 'x' });
    expect(bad('tile.openstreetmap.org/{z}/{x}/{y}.png')).toThrow(
      /HAVEN_MAP_TILE_URL: must start with https/,
    );
    expect(bad('https://tile.example/{z}/{x}.png')).toThrow(/must contain \{y\}/);
    expect(bad('https://tile.example/{z}/{x}/{y}.png?key={apikey}')).toThrow(/placeholder \{apikey\}/);
    expect(bad('https://tiles-{s}.example/{z}/{x}/{y}.png')).toThrow(/\{s\} only as the first part/);
    expect(bad('https://user:pw@tile.example/{z}/{x}/{y}.png')).toThrow(/user name or password/);
    expect(() => loadConfig({ HAVEN_MAP_TILE_URL: 'https://tile.example/{z}/{x}/{y}.png' })).toThrow(
      /HAVEN_MAP_ATTRIBUTION: is required/,
    );
  });
});
