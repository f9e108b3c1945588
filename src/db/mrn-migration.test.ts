import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganization } from '../../test/support/factories.js';
import { openTestDatabase } from '../../test/support/test-database.js';
import type { Database } from './connect.js';
import { patient } from './schema/index.js';

/** The statements of migration 0005, to replay against rows written as an older Haven could have. */
const statements = readFileSync(new URL('./migrations/0005_mrn_unique_any_case.sql', import.meta.url), 'utf8')
  .split('--> statement-breakpoint')
  .map((s) => s.trim());

describe('migration 0005: MRNs unique whatever their letter case', () => {
  let database: Database;
  beforeAll(async () => {
    // A database of its own: the test drops the index the migration made, to replay the migration.
    database = await openTestDatabase({ isolated: true });
    await database.db.execute(sql`drop index patient_org_mrn_ci_unique`);
  });
  afterAll(() => database.close());

  const row = (organizationId: string, mrn: string) => ({
    organizationId,
    mrn,
    legalFirstName: 'Old',
    legalLastName: 'Row',
    dateOfBirth: '1960-01-01',
    status: 'active' as const,
  });
  const run = (i: number) => database.db.execute(sql.raw(statements[i]!));

  it('stops with a message that names the organization, not the MRNs, when two differ only in case', async () => {
    const org = await createTestOrganization(database.db);
    const [a] = await database.db
      .insert(patient)
      .values([row(org.id, 'zz-9001'), row(org.id, 'ZZ-9001 ')])
      .returning();
    const err = await run(0).then(
      () => null,
      (e: unknown) => e as Error,
    );
    const text = `${err?.message} ${(err?.cause as Error | undefined)?.message ?? ''}`;
    expect(text).toMatch(/differ only in letter case/);
    expect(text).toContain(org.id);
    expect(text).not.toMatch(/zz-9001/i);
    // Once one of them has a new number, the migration goes through.
    await database.db.execute(sql`update patient set mrn = 'ZZ-9002' where id = ${a!.id}`);
  });

  it('upper-cases and trims older MRNs, then refuses case-only duplicates', async () => {
    const org = await createTestOrganization(database.db);
    await database.db.insert(patient).values([row(org.id, ' hv-0007 '), row(org.id, 'HV-0008')]);
    for (const i of [0, 1, 2]) await run(i);
    const mrns = await database.db.execute(
      sql`select mrn from patient where organization_id = ${org.id} order by mrn`,
    );
    expect((mrns as unknown as { rows: { mrn: string }[] }).rows.map((r) => r.mrn)).toEqual([
      'HV-0007',
      'HV-0008',
    ]);
    const dup = await database.db
      .insert(patient)
      .values(row(org.id, 'hv-0008'))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(dup).not.toBeNull();
  });
});
