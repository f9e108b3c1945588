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
});
