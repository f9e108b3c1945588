import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { buildApp } from '../../src/server/app.js';
import type { AppConfig } from '../../src/server/config.js';
import { openTestDatabase } from './test-database.js';

export function testConfig(overrides: Partial<AppConfig> = {}): AppConfig {
  return {
    port: 0,
    host: '127.0.0.1',
    database: { dataDir: '/nonexistent' },
    databasePoolSize: 4,
    demo: { enabled: false, password: 'haven-demo-2026' },
    sessionSecret: 'test-secret-test-secret-test-secret-0123456789',
    requireMfa: false,
    cookieSecure: false,
    staffIdleMinutes: 15,
    patientIdleMinutes: 30,
    sessionMaxHours: 12,
    // On, as in production: every suite then also proves the cache's invalidation.
    sessionCacheSeconds: 30,
    loginRatePerMinute: 10_000,
    inquiryContactHours: 4,
    webDir: '/nonexistent-web',
    trustProxy: false,
    admissionsPhone: null,
    map: null,
    logLevel: 'info',
    ...overrides,
  };
}

/** Builds an app on a fresh test database; `logs` holds every log line it wrote. */
export async function createTestApp(opts: { config?: Partial<AppConfig>; isolated?: boolean } = {}) {
  const database = await openTestDatabase({ isolated: opts.isolated });
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _enc, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({ config: testConfig(opts.config), database, logStream });
  return { app, database, db: database.db, logs };
}
export type TestApp = Awaited<ReturnType<typeof createTestApp>>;

export const uniqueEmail = (label = 'user') => `${label}-${randomUUID()}@clinic.test`;
