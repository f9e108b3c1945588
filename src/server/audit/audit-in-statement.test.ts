import { inArray, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/test-database.js';
import type { Database } from '../../db/connect.js';
import { auditEvent } from '../../db/schema/index.js';
import { canonicalJson, contentHash } from '../../domain/audit/chain.js';
import { auditInsertSql } from './audit-in-statement.js';
import type { AuditActor } from './record-audit.js';

interface Written {
  actor: AuditActor;
  patientId: string | null;
  resourceId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  purpose: string | null;
  details: Record<string, unknown>;
}

/** Inserts the rows as a statement does (known fields as JSON, decided ones beside) and reads them back. */
async function writeAndReadBack(db: Database['db'], rows: Written[]) {
  const json = rows.map((r) => ({
    occurred_at: new Date().toISOString(),
    actor_user_id: r.actor.userId,
    actor_role: r.actor.role,
    organization_id: r.actor.organizationId,
    action: 'patient.read',
    resource_type: 'patient',
    resource_id: r.resourceId,
    patient_id: r.patientId,
    client_address: r.actor.clientAddress,
    user_agent: r.actor.userAgent,
    request_id: r.actor.requestId,
    outcome: r.outcome,
    purpose: r.purpose,
    details: canonicalJson(r.details),
  }));
  const source = sql`(select * from json_to_recordset(${JSON.stringify(json)}::json) as r(
    occurred_at text, actor_user_id uuid, actor_role text, organization_id uuid, action text,
    resource_type text, resource_id text, patient_id uuid, client_address text, user_agent text,
    request_id text, outcome text, purpose text, details text))`;
  const inserted = (await db.execute(sql`${auditInsertSql(source)} returning id`)) as unknown as {
    rows: { id: string }[];
  };
  return db
    .select()
    .from(auditEvent)
    .where(
      inArray(
        auditEvent.id,
        inserted.rows.map((r) => Number(r.id)),
      ),
    );
}

// PostgreSQL text holds neither NUL nor lone surrogates (such input fails the statement, as it should).
const text = fc
  .oneof(
    fc.string({ unit: 'binary' }),
    fc.string({ unit: 'grapheme' }),
    fc.constantFrom(
      '"details":"\\u0000"',
      '","outcome":"',
      'tab\there',
      'back\\slash',
      '\u0001\u001f\u007f',
      'ü ñ 漢字 🩺',
      '\u2028\u2029',
    ),
  )
  .map((s) =>
    s
      .replaceAll('\u0000', '')
      .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd'),
  );
const nullable = fc.option(text, { nil: null });
const uuid = fc.uuid().chain((u) => fc.constantFrom(u, u.toUpperCase()));

describe('auditInsertSql: the content hash the statement computes', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase();
  });
  afterAll(() => database.close());

  it('is the one contentHash gives for the stored row, for any text in any field', async () => {
    const written = fc.record({
      actor: fc.record({
        userId: fc.option(uuid, { nil: null }),
        role: nullable,
        organizationId: fc.option(uuid, { nil: null }),
        clientAddress: nullable,
        userAgent: nullable,
        requestId: nullable,
      }),
      // Upper-case ids, as a URL may carry them: the row stores the uuid's lower-case form and so must the hash.
      patientId: fc.option(uuid, { nil: null }),
      resourceId: nullable,
      outcome: fc.constantFrom('success' as const, 'failure' as const, 'denied' as const),
      purpose: fc.option(fc.constantFrom('TREAT', 'ETREAT'), { nil: null }),
      details: fc.dictionary(text, fc.oneof(text, fc.integer(), fc.boolean(), fc.constant(null))),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(written, { minLength: 1, maxLength: 8 }), async (rows) => {
        const stored = await writeAndReadBack(database.db, rows);
        expect(stored).toHaveLength(rows.length);
        for (const row of stored) expect(row.contentHash).toBe(contentHash(row));
      }),
      { numRuns: 40 },
    );
  });

  it('stores an upper-case patient id in its canonical form, and hashes that form', async () => {
    const id = 'A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D';
    const [row] = await writeAndReadBack(database.db, [
      {
        actor: {
          userId: null,
          role: 'director',
          organizationId: null,
          clientAddress: '10.0.0.1',
          userAgent: 'agent "quoted"',
          requestId: 'req-1',
        },
        patientId: id,
        resourceId: id,
        outcome: 'success',
        purpose: 'TREAT',
        details: { basis: 'site-role' },
      },
    ]);
    expect(row!.patientId).toBe(id.toLowerCase());
    expect(row!.resourceId).toBe(id);
    expect(row!.contentHash).toBe(contentHash(row!));
  });
});
