import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../test/support/test-database.js';
import type { Database } from './connect.js';
import { executePrepared, pgliteClientOf, sqlLiteral } from './pglite-prepared.js';

describe('sqlLiteral', () => {
  it('writes numbers, booleans, null and lists of text, quoting text safely', () => {
    expect(sqlLiteral(-74.007)).toBe('(-74.007)');
    expect(sqlLiteral(20)).toBe('(20)');
    expect(sqlLiteral(true)).toBe('true');
    expect(sqlLiteral(null)).toBe('null');
    expect(sqlLiteral(["it's", 'plain'])).toBe("array['it''s', 'plain']::text[]");
    expect(sqlLiteral('back\\slash').trim()).toBe("E'back\\\\slash'");
  });

  it('refuses what it cannot write exactly', () => {
    expect(() => sqlLiteral(Number.NaN)).toThrow(TypeError);
    expect(() => sqlLiteral(Number.POSITIVE_INFINITY)).toThrow(TypeError);
    expect(() => sqlLiteral({ a: 1 })).toThrow(TypeError);
    expect(() => sqlLiteral([1, 2])).toThrow(TypeError);
  });
});

describe('executePrepared', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('runs a statement prepared once, with its values as literals, on PGlite', async () => {
    const client = pgliteClientOf(database.db);
    // The PostgreSQL run of the suite has no PGlite to test.
    if (database.engine !== 'pglite') {
      expect(client).toBeNull();
      return;
    }
    const statement = 'select $1::float8 * 2, $2::text[] @> array[$3::text], $4::boolean, $5::date';
    const run = (values: unknown[]) => executePrepared(client!, 'pglite_prepared_test', statement, values);
    expect(await run([-1.5, ["it's", 'b\\'], "it's", null, null])).toEqual([[-3, true, null, null]]);
    expect(await run([1, ['b\\'], 'b\\', null, '2026-01-15'])).toEqual([[2, true, null, '2026-01-15']]);
    expect(await run([2, ['a'], 'b', true, null])).toEqual([[4, false, true, null]]);
    const prepared = await client!.query<{ n: number }>(
      "select count(*)::int as n from pg_prepared_statements where name = 'pglite_prepared_test'",
    );
    expect(prepared.rows[0]!.n).toBe(1);
    // A quote in a value stays data.
    expect(await run([0, ["x'); drop table site; --"], "x'); drop table site; --", false, null])).toEqual([
      [0, true, false, null],
    ]);
  });
});
