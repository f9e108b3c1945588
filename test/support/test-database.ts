import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { connect, type Database } from '../../src/db/connect.js';
import { runMigrations } from '../../src/db/migrate.js';
import { createPgDatabase, dropPgDatabase } from './global-setup.js';

/** Which engine this run tests: PGlite, or PostgreSQL when TEST_DATABASE_URL is set. */
export const testEngine = () => (inject('databaseUrl') ? 'postgres' : 'pglite');

/**
 * A database for one test file. On PGlite each call is a private in-memory copy of the migrated template;
 * on PostgreSQL files share the run's database (tests use unique data) unless `isolated` asks for a
 * database of its own (tests that tamper with shared tables, such as the audit chain).
 */
export async function openTestDatabase(opts: { isolated?: boolean } = {}): Promise<Database> {
  const url = inject('databaseUrl');
  if (url) {
    if (!opts.isolated) return connect({ databaseUrl: url, poolSize: 4 });
    const serverUrl = process.env.TEST_DATABASE_URL!;
    const ownUrl = await createPgDatabase(serverUrl, 'haven_isolated');
    const database = await connect({ databaseUrl: ownUrl, poolSize: 4 });
    await runMigrations(database);
    return {
      ...database,
      async close() {
        await database.close();
        await dropPgDatabase(serverUrl, ownUrl);
      },
    };
  }
  const template = inject('pgliteTemplate');
  if (!template) throw new Error('global setup did not prepare a PGlite template');
  return connect({ memory: true, loadDataDir: new Blob([readFileSync(template)]) });
}
