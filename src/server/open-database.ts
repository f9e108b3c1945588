import { connect, type Database } from '../db/connect.js';
import { runMigrations } from '../db/migrate.js';
import type { AppConfig } from './config.js';

/** Opens the configured database (PGlite under HAVEN_DATA_DIR, or PostgreSQL) and migrates it. */
export async function openDatabase(config: AppConfig): Promise<Database> {
  const database =
    'url' in config.database
      ? await connect({ databaseUrl: config.database.url, poolSize: config.databasePoolSize })
      : await connect({ dataDir: config.database.dataDir });
  await runMigrations(database);
  return database;
}
