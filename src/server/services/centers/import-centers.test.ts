import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/support/test-database.js';
import type { Database } from '../../../db/connect.js';
import { site } from '../../../db/schema/index.js';
import { generateDirectoryCsv } from '../../../db/seed/synthetic-centers.js';
import { importCenters } from './import-centers.js';

const HEADER =
  'frid,name1,name2,street1,street2,city,state,zip,phone,website,latitude,longitude,type_facility,services,VET';
const FIXTURE = [
  HEADER,
  'fx-1,Fictional Alpha Recovery,,1 Example Street,,Springfield,IL,62701,(555) 555-0101,example.org/alpha,39.81,-89.64,SA,OTP METH BU MD SP ZZTOP,1',
  ',,,2 Example Street,,Springfield,IL,62701,,,39.8,-89.6,SA,OP,0',
  'fx-3,Fictional Bad Zip,,3 Example Street,,Springfield,IL,6270,,,39.8,-89.6,SA,OP,',
  // Quoted comma, quote and line break; no coordinates, so placed at the ZIP's centre.
  '"",Fictional Beta Clinic,"Beta, ""The Bridge""","4 Example Street","Suite 2\r\nRear door",Springfield,IL,62702,,,,,SA,IOT NU PI,',
  'fx-5,Fictional Nowhere Program,,5 Example Street,,Springfield,IL,00001,,,,,SA,OP,',
  'fx-1,Fictional Alpha Recovery (again),,1 Example Street,,Springfield,IL,62701,,,39.81,-89.64,SA,OP,',
].join('\r\n');

describe('importCenters', () => {
  let database: Database;
  beforeAll(async () => {
    // Its own database: the assertions count every imported row.
    database = await openTestDatabase({ isolated: true });
  });
  afterAll(() => database.close());

  const externalCount = async () =>
    (await database.db.select({ n: count() }).from(site).where(eq(site.external, true)))[0]!.n;
  const run = (csv: string, batchSize?: number) =>
    importCenters({ db: database.db, csv, verifiedOn: '2026-02-01', batchSize });

  it('imports good rows, rejects the rest with line and reason, and a re-run changes nothing', async () => {
    const first = await run(FIXTURE);
    expect(first).toEqual({
      rows: 6,
      imported: 2,
      updated: 0,
      unchanged: 0,
      rejected: [
        { line: 3, reason: 'missing name (name1)' },
        { line: 4, reason: 'bad ZIP "6270"' },
        { line: 7, reason: 'no coordinates and ZIP 00001 unknown' },
        { line: 8, reason: 'same facility as line 2' },
      ],
    });
    const [alpha] = await database.db.select().from(site).where(eq(site.externalKey, 'samhsa:fx-1'));
    expect(alpha).toMatchObject({
      external: true,
      organizationId: null,
      website: 'http://example.org/alpha',
      medications: ['buprenorphine', 'methadone'],
      populations: ['veterans'],
      rawServiceCodes: ['ZZTOP'],
      lastVerified: '2026-02-01',
    });
    const [beta] = await database.db
      .select()
      .from(site)
      .where(sql`${site.name} like 'Fictional Beta Clinic%'`);
    expect(beta).toMatchObject({
      name: 'Fictional Beta Clinic — Beta, "The Bridge"',
      addressLine2: 'Suite 2 Rear door',
    });
    expect(beta!.latitude).toBeCloseTo(39.8, 0);

    const again = await run(FIXTURE);
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    expect(again.rejected).toHaveLength(4);
  });

  it('updates changed rows and adds new ones, leaving the rest alone', async () => {
    const changed = FIXTURE.replace('(555) 555-0101', '(555) 555-0199').concat(
      '\r\nfx-9,Fictional Gamma House,,9 Example Street,,Springfield,IL,62701,,,39.9,-89.7,SA,RES,\r\n',
    );
    expect(await run(changed)).toMatchObject({ imported: 1, updated: 1, unchanged: 1 });
    const [alpha] = await database.db.select().from(site).where(eq(site.externalKey, 'samhsa:fx-1'));
    expect(alpha!.phone).toBe('(555) 555-0199');
  });

  it('is one transaction: a failure in a later batch leaves nothing from the file', async () => {
    // A database error on the third row (the trigger stands in for a constraint, disk or connection failure).
    await database.db.execute(
      sql.raw(`
      create function fail_on_boom() returns trigger language plpgsql as $$
      begin if new.name = 'Fictional Boom' then raise exception 'boom'; end if; return new; end $$`),
    );
    await database.db.execute(
      sql.raw(
        'create trigger fail_on_boom before insert on site for each row execute function fail_on_boom()',
      ),
    );
    const before = await externalCount();
    const csv = [
      HEADER,
      'tx-1,Fictional Tx One,,1 Example Street,,Springfield,IL,62701,,,39.8,-89.6,SA,OP,',
      'tx-2,Fictional Tx Two,,2 Example Street,,Springfield,IL,62701,,,39.8,-89.6,SA,OP,',
      'tx-3,Fictional Boom,,3 Example Street,,Springfield,IL,62701,,,39.8,-89.6,SA,OP,',
    ].join('\n');
    await expect(run(csv, 1)).rejects.toThrow();
    await database.db.execute(sql.raw('drop trigger fail_on_boom on site'));
    await database.db.execute(sql.raw('drop function fail_on_boom()'));
    expect(await externalCount()).toBe(before);
  });

  it('imports 2,000 generated facilities once, then finds nothing to change', async () => {
    const csv = await generateDirectoryCsv({ count: 2000, seed: 7 });
    expect(await generateDirectoryCsv({ count: 2000, seed: 7 })).toBe(csv);
    const before = await externalCount();
    const first = await run(csv);
    // Rows 997 and 1994 have a bad ZIP, 1499 no name, 1999 no coordinates and an unknown ZIP.
    expect(first.rejected.map((r) => r.line - 1)).toEqual([997, 1499, 1994, 1999]);
    expect(first).toMatchObject({ rows: 2000, imported: 1996, updated: 0, unchanged: 0 });
    expect(await externalCount()).toBe(before + 1996);
    const second = await run(csv);
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: 1996 });
    const [unmapped] = await database.db
      .select({ n: count() })
      .from(site)
      .where(sql`${site.rawServiceCodes} ?| array['HIV','DUI','XQZ9']`);
    expect(unmapped!.n).toBeGreaterThan(0);
  });
});
