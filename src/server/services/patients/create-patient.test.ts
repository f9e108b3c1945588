import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganization } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { patient } from '../../../db/schema/index.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { createPatient, generateMrn, isUniqueViolation } from './create-patient.js';

describe('createPatient', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());

  it('draws H and six digits', () => {
    for (let i = 0; i < 50; i += 1) expect(generateMrn()).toMatch(/^H\d{6}$/);
  });

  it('redraws the MRN on a collision without aborting the caller’s transaction', async () => {
    const org = await createTestOrganization(t.db);
    const actor: AuditActor = {
      userId: null,
      role: null,
      organizationId: org.id,
      clientAddress: null,
      userAgent: null,
      requestId: null,
    };
    const drawn = ['H000001', 'H000001', 'H000002'];
    const mrn = () => drawn.shift()!;
    const make = (tx: Parameters<Parameters<typeof t.db.transaction>[0]>[0], last: string) =>
      createPatient({
        tx,
        audit: t.app.audit,
        actor,
        mrn,
        patient: {
          organizationId: org.id,
          legalFirstName: 'Kim',
          legalLastName: last,
          dateOfBirth: '1980-01-01',
        },
      });
    const [first, second] = await t.db.transaction(async (tx) => [
      await make(tx, 'One'),
      await make(tx, 'Two'),
    ]);
    expect([first!.mrn, second!.mrn]).toEqual(['H000001', 'H000002']);
    const rows = await t.db.select().from(patient).where(eq(patient.organizationId, org.id));
    expect(rows.map((r) => r.mrn).sort()).toEqual(['H000001', 'H000002']);
  });

  it('recognises a unique violation by its SQLSTATE, through wrapping errors', () => {
    const driver = Object.assign(new Error('whatever text'), {
      code: '23505',
      constraint: 'patient_org_mrn_unique',
    });
    expect(isUniqueViolation(new Error('query failed', { cause: driver }), 'patient_org_mrn_unique')).toBe(
      true,
    );
    expect(isUniqueViolation(new Error('duplicate key value violates unique constraint'))).toBe(false);
    expect(isUniqueViolation(driver, 'other_constraint')).toBe(false);
  });
});
