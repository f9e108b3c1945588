import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestOrganization, createTestUser, signIn } from '../../../../test/support/factories.js';
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

  it('stores the MRN trimmed and upper-case, and redraws one that differs from a taken MRN only in case', async () => {
    const org = await createTestOrganization(t.db);
    const actor: AuditActor = {
      userId: null,
      role: null,
      organizationId: org.id,
      clientAddress: null,
      userAgent: null,
      requestId: null,
    };
    // First the generator hands out a lower-case number with spaces; then the same number again in
    // another case, which the case-insensitive index refuses, so the next draw is used.
    const drawn = [' hv-0042 ', 'Hv-0042', 'hv-0043'];
    const make = (last: string) =>
      t.db.transaction((tx) =>
        createPatient({
          tx,
          audit: t.app.audit,
          actor,
          mrn: () => drawn.shift()!,
          patient: {
            organizationId: org.id,
            legalFirstName: 'Ari',
            legalLastName: last,
            dateOfBirth: '1985-05-05',
          },
        }),
      );
    const one = await make('One');
    expect(one.mrn).toBe('HV-0042');
    expect((await make('Two')).mrn).toBe('HV-0043');
    expect(drawn).toEqual([]);
    // Staff find the patient by the number typed in any case.
    const director = await createTestUser(t.db, { organizationId: org.id, role: 'director' });
    const cookie = (await signIn(t, director.email)).cookie;
    for (const q of ['hv-0042', 'Hv-0042', 'HV-0042']) {
      const res = await t.app.inject({ method: 'GET', url: `/api/v1/patients?q=${q}`, headers: { cookie } });
      expect(res.json().patients.map((p: { id: string }) => p.id)).toEqual([one.id]);
    }
  });

  it('lets the database refuse two MRNs of one organization that differ only in letter case', async () => {
    const org = await createTestOrganization(t.db);
    const other = await createTestOrganization(t.db);
    const row = (organizationId: string, mrn: string) => ({
      organizationId,
      mrn,
      legalFirstName: 'Lee',
      legalLastName: 'Casetest',
      dateOfBirth: '1970-07-07',
      status: 'active' as const,
    });
    await t.db.insert(patient).values(row(org.id, 'HV-1001'));
    const err = await t.db
      .insert(patient)
      .values(row(org.id, 'hv-1001'))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(isUniqueViolation(err, 'patient_org_mrn_ci_unique')).toBe(true);
    // The same number in another organization is another patient's number.
    await t.db.insert(patient).values(row(other.id, 'hv-1001'));
    const mine = await t.db.select().from(patient).where(eq(patient.organizationId, org.id));
    expect(mine.map((p) => p.mrn)).toEqual(['HV-1001']);
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
    expect(isUniqueViolation(driver, ['other_constraint', 'patient_org_mrn_unique'])).toBe(true);
  });
});
