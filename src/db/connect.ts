import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { listenPostgres } from './listen-postgres.js';
import * as schema from './schema/index.js';

/** PostgreSQL contrib extensions the migrations use, bundled with PGlite. */
const extensions = { pg_trgm };

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repository functions take either; inside a transaction pass only `tx`. */
export type DbOrTx = Db | Tx;

export interface ListenHandlers {
  onMessage(payload: string): void;
  /** Listening started or resumed; anything sent while it was down was missed. */
  onConnect?(): void;
  /** The listening connection was lost; it is being re-opened. */
  onDisconnect?(err: unknown): void;
}

export interface Database {
  db: Db;
  engine: 'pglite' | 'postgres';
  /** Subscribes to `NOTIFY` on a channel (delivered on commit); resolves to the unsubscribe function. */
  listen(channel: string, handlers: ListenHandlers): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type ConnectOptions =
  | { databaseUrl: string; poolSize?: number }
  | { dataDir: string }
  /** An in-memory PGlite, optionally started from a dumped data directory (tests). */
  | { memory: true; loadDataDir?: Blob };

export async function connect(options: ConnectOptions): Promise<Database> {
  if ('databaseUrl' in options) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolSize ?? 10 });
    // An idle client losing its connection must not crash the process.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      engine: 'postgres',
      listen: (channel, handlers) => listenPostgres(options.databaseUrl, channel, handlers),
      close: () => pool.end(),
    };
  }
  let client: PGlite;
  if ('dataDir' in options) {
    mkdirSync(options.dataDir, { recursive: true });
    client = await PGlite.create({ dataDir: options.dataDir, extensions });
  } else {
    client = await PGlite.create({
      extensions,
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    engine: 'pglite',
    // One in-process engine: no connection to lose, so listening starts once and stays up.
    async listen(channel, handlers) {
      const unlisten = await client.listen(channel, handlers.onMessage);
      handlers.onConnect?.();
      return async () => {
        if (!client.closed) await unlisten();
      };
    },
    close: () => client.close(),
  };
}
