import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import type { Db } from './connect.js';

const dialect = new PgDialect();

/**
 * A hand-written statement (values as `sql.placeholder(name)`) prepared once: on PostgreSQL it is named,
 * so each pooled connection parses and plans it once; PGlite runs it in-process. Rows come back as the
 * driver gives them (timestamps and dates as text, like Drizzle's raw queries): map them with the
 * columns' `mapFromDriverValue`.
 */
export function prepareSql<Row>(db: Db, name: string, statement: SQL) {
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(statement), undefined, name, false);
  return async (values: Record<string, unknown>): Promise<Row[]> =>
    ((await prepared.execute(values)) as { rows: Row[] }).rows;
}
