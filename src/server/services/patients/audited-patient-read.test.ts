import { and, eq, getTableColumns } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestPatient } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, breakGlassGrant, patient } from '../../../db/schema/index.js';
import { contentHash } from '../../../domain/audit/chain.js';
import type { Role } from '../../../shared/roles.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { verifyAuditChain } from '../../audit/verify-audit-chain.js';
import { type AuditedPatientReadRequest, createAuditedPatientRead } from './audited-patient-read.js';

type Staff = 'director' | 'counselor' | 'nurse' | 'intake';
const ALL_COLUMNS = Object.keys(getTableColumns(patient)) as (keyof typeof patient.$inferSelect)[];

describe('createAuditedPatientRead (access, read and audit in one statement)', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  let read: ReturnType<typeof createAuditedPatientRead<(typeof ALL_COLUMNS)[number]>>;
  beforeAll(async () => {
    // Its own database: the chain is verified at the end.
    t = await createTestApp({ isolated: true });
    clinic = await createTestClinic(t.db, ['director', 'counselor', 'nurse', 'intake']);
    read = createAuditedPatientRead(t.db, t.app.audit, ALL_COLUMNS);
  });
  afterAll(() => t.app.close());

  const open = (role: Staff, patientId: string) => {
    const u = clinic.users[role];
    return read({
      session: { userId: u.id, role: role as Role, organizationId: clinic.org.id },
      actor: {
        userId: u.id,
        role,
        organizationId: clinic.org.id,
        clientAddress: '10.0.0.7',
        userAgent: 'vitest "quoted" agent',
        requestId: `req-${role}`,
      },
      patientId,
      action: 'patient.read',
      resourceType: 'patient',
      resourceId: patientId,
      details: { interface: 'test' },
    });
  };
  const auditOf = (patientId: string, role: Staff) =>
    t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, patientId), eq(auditEvent.actorUserId, clinic.users[role].id)))
      .orderBy(auditEvent.id);

  /** A read by the director; client fields are null unless given. */
  const asDirector = (
    patientId: string,
    more: Omit<Partial<AuditedPatientReadRequest>, 'actor'> & { actor?: Partial<AuditActor> } = {},
  ): AuditedPatientReadRequest => {
    const u = clinic.users.director;
    const actor = { clientAddress: null, userAgent: null, requestId: null, ...more.actor };
    return {
      session: { userId: u.id, role: 'director', organizationId: clinic.org.id },
      patientId,
      action: 'patient.read',
      resourceType: 'patient',
      ...more,
      actor: { userId: u.id, role: 'director', organizationId: clinic.org.id, ...actor },
    };
  };

  it('returns the row as Drizzle reads it, and writes exactly one audit row with its outcome and basis', async () => {
    const p = await createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }],
    });
    await t.db
      .update(patient)
      .set({
        preferredName: 'Ana',
        address: { line1: '12 Example Lane', city: 'Springfield', state: 'IL', postalCode: '62704' },
      })
      .where(eq(patient.id, p.id));
    const [expected] = await t.db.select().from(patient).where(eq(patient.id, p.id));

    const { patient: row, basis } = await open('counselor', p.id);
    expect(row).toEqual(expected);
    expect(row.updatedAt).toBeInstanceOf(Date);
    expect(basis).toBe('care-team');

    const rows = await auditOf(p.id, 'counselor');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'patient.read',
      outcome: 'success',
      purpose: 'TREAT',
      resourceType: 'patient',
      resourceId: p.id,
      patientId: p.id,
      organizationId: clinic.org.id,
      actorRole: 'counselor',
      clientAddress: '10.0.0.7',
      userAgent: 'vitest "quoted" agent',
      requestId: 'req-counselor',
      details: { interface: 'test', basis: 'care-team' },
    });
    // The hash the statement computed is the one the chain verifier recomputes from the stored row.
    expect(rows[0]!.contentHash).toBe(contentHash(rows[0]!));
    expect((await open('director', p.id)).basis).toBe('site-role');
  });

  it('reads only the columns asked for', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    await t.db
      .update(patient)
      .set({ allergies: [{ substance: 'Penicillin', reaction: 'rash' }], pronouns: 'she/her' })
      .where(eq(patient.id, p.id));
    const narrow = createAuditedPatientRead(t.db, t.app.audit, ['mrn', 'updatedAt']);
    const { patient: row, basis } = await narrow(asDirector(p.id));
    expect(basis).toBe('site-role');
    expect(Object.keys(row).sort()).toEqual(['mrn', 'updatedAt']);
    expect(row.mrn).toBe(p.mrn);
    expect(row.updatedAt).toBeInstanceOf(Date);
  });

  it('audits a refusal in the same statement and returns nothing: 403 without a care relationship', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    await expect(open('nurse', p.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
      publicCode: 'NOT_ON_CARE_TEAM',
      message: expect.stringMatching(/break-the-glass/),
    });
    const rows = await auditOf(p.id, 'nurse');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'patient.read',
      outcome: 'denied',
      purpose: null,
      patientId: p.id,
      details: { reason: 'no-care-relationship' },
    });
    expect(rows[0]!.contentHash).toBe(contentHash(rows[0]!));
  });

  it('opens under an unexpired break-the-glass grant as ETREAT, and not under an expired one', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    await t.db.insert(breakGlassGrant).values({
      organizationId: clinic.org.id,
      patientId: p.id,
      userId: clinic.users.nurse.id,
      reason: 'Earlier emergency',
      expiresAt: new Date(Date.now() - 60_000),
    });
    await expect(open('nurse', p.id)).rejects.toMatchObject({ publicCode: 'NOT_ON_CARE_TEAM' });
    await t.db.insert(breakGlassGrant).values({
      organizationId: clinic.org.id,
      patientId: p.id,
      userId: clinic.users.nurse.id,
      reason: 'Collapsed in the lobby',
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect((await open('nurse', p.id)).basis).toBe('break-glass');
    const rows = await auditOf(p.id, 'nurse');
    expect(rows.map((r) => [r.outcome, r.purpose, r.details])).toEqual([
      ['denied', null, { reason: 'no-care-relationship' }],
      ['success', 'ETREAT', { interface: 'test', basis: 'break-glass' }],
    ]);
  });

  it('lets intake read a patient before admission only', async () => {
    const waiting = await createTestPatient(t.db, { organizationId: clinic.org.id, status: 'pre-admission' });
    const admitted = await createTestPatient(t.db, { organizationId: clinic.org.id });
    expect((await open('intake', waiting.id)).basis).toBe('pre-admission');
    await expect(open('intake', admitted.id)).rejects.toMatchObject({ publicCode: 'NOT_ON_CARE_TEAM' });
  });

  it('answers 404 for another organization’s patient or an unknown id, audited as a failure', async () => {
    const other = await createTestClinic(t.db, ['director']);
    const stranger = await createTestPatient(t.db, { organizationId: other.org.id });
    for (const id of [stranger.id, '00000000-0000-4000-8000-000000000000']) {
      await expect(open('director', id)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        message: 'No such patient in your organization.',
      });
      const rows = await auditOf(id, 'director');
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        outcome: 'failure',
        purpose: null,
        patientId: id,
        details: { reason: 'not-found' },
      });
    }
  });

  /** A read's basis, or the code it was refused with. */
  const basisOrCode = (read: Promise<{ basis: string }>) =>
    read.then(
      (r) => r.basis,
      (err) => (err as { code: string }).code,
    );

  it('answers reads sent together each with its own outcome and audit row, one statement for all', async () => {
    const treated = await createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }],
    });
    const other = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const unknown = '00000000-0000-4000-8000-00000000beef';
    const calls = [treated.id, other.id, unknown, treated.id, other.id].map((id) =>
      basisOrCode(open('counselor', id)),
    );
    expect(await Promise.all(calls)).toEqual([
      'care-team',
      'FORBIDDEN',
      'NOT_FOUND',
      'care-team',
      'FORBIDDEN',
    ]);
    expect((await auditOf(treated.id, 'counselor')).map((r) => r.outcome)).toEqual(['success', 'success']);
    expect((await auditOf(other.id, 'counselor')).map((r) => r.outcome)).toEqual(['denied', 'denied']);
    expect((await auditOf(unknown, 'counselor')).map((r) => r.outcome)).toEqual(['failure']);
  });

  it('answers each role by its own rules when reads by different roles share a statement', async () => {
    const waiting = await createTestPatient(t.db, { organizationId: clinic.org.id, status: 'pre-admission' });
    const roles: Staff[] = ['nurse', 'intake', 'director', 'counselor', 'intake', 'nurse'];
    const calls = roles.map((role) => basisOrCode(open(role, waiting.id)));
    expect(await Promise.all(calls)).toEqual([
      'FORBIDDEN',
      'pre-admission',
      'site-role',
      'FORBIDDEN',
      'pre-admission',
      'FORBIDDEN',
    ]);
    const purposes = async (role: Staff) =>
      (await auditOf(waiting.id, role)).map((r) => [r.outcome, r.purpose, r.details]);
    expect(await purposes('intake')).toEqual([
      ['success', 'TREAT', { basis: 'pre-admission', interface: 'test' }],
      ['success', 'TREAT', { basis: 'pre-admission', interface: 'test' }],
    ]);
    expect(await purposes('director')).toEqual([
      ['success', 'TREAT', { basis: 'site-role', interface: 'test' }],
    ]);
    expect(await purposes('nurse')).toEqual([
      ['denied', null, { reason: 'no-care-relationship' }],
      ['denied', null, { reason: 'no-care-relationship' }],
    ]);
  });

  it('records the details of each read, whether the caller passes a fresh or a frozen object', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const readWith = (details: Record<string, unknown>) => read(asDirector(p.id, { details }));
    const frozen = Object.freeze({ viewed: 'summary' });
    await readWith(frozen);
    await readWith(frozen);
    const changing: Record<string, unknown> = { viewed: 'timeline' };
    await readWith(changing);
    changing.viewed = 'problems';
    await readWith(changing);
    // Frozen on the outside only: what it holds may still change.
    const sections = ['allergies'];
    const shallow = Object.freeze({ viewed: 'chart', sections });
    await readWith(shallow);
    sections.push('medications');
    await readWith(shallow);
    expect((await auditOf(p.id, 'director')).map((r) => r.details)).toEqual([
      { basis: 'site-role', viewed: 'summary' },
      { basis: 'site-role', viewed: 'summary' },
      { basis: 'site-role', viewed: 'timeline' },
      { basis: 'site-role', viewed: 'problems' },
      { basis: 'site-role', viewed: 'chart', sections: ['allergies'] },
      { basis: 'site-role', viewed: 'chart', sections: ['allergies', 'medications'] },
    ]);
  });

  it('records each read with its own caller, client, action and request when reads share a statement', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const readAs = (
      requestId: string,
      clientAddress: string,
      userAgent: string | null,
      action = 'patient.read',
    ) =>
      read(
        asDirector(p.id, {
          action,
          details: { viewed: action },
          actor: { clientAddress, userAgent, requestId },
        }),
      );
    // A user agent of the text "null" and none at all must not be taken for the same caller.
    await Promise.all([
      readAs('r1', '10.0.0.1', 'null'),
      readAs('r2', '10.0.0.1', null),
      readAs('r3', '10.0.0.2', 'Agent A'),
      readAs('r4', '10.0.0.2', 'Agent A', 'patient.read-summary'),
      readAs('r5', '10.0.0.1', 'null'),
    ]);
    const rows = await auditOf(p.id, 'director');
    expect(rows.map((r) => [r.requestId, r.clientAddress, r.userAgent, r.action, r.details]).sort()).toEqual([
      ['r1', '10.0.0.1', 'null', 'patient.read', { basis: 'site-role', viewed: 'patient.read' }],
      ['r2', '10.0.0.1', null, 'patient.read', { basis: 'site-role', viewed: 'patient.read' }],
      ['r3', '10.0.0.2', 'Agent A', 'patient.read', { basis: 'site-role', viewed: 'patient.read' }],
      [
        'r4',
        '10.0.0.2',
        'Agent A',
        'patient.read-summary',
        { basis: 'site-role', viewed: 'patient.read-summary' },
      ],
      ['r5', '10.0.0.1', 'null', 'patient.read', { basis: 'site-role', viewed: 'patient.read' }],
    ]);
    for (const row of rows) expect(row.contentHash).toBe(contentHash(row));
  });

  it('fails only the read that cannot run when reads sent together share a statement', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    // Not a UUID (the route's schema would refuse it): the shared statement fails, the others run again alone.
    const results = await Promise.allSettled([open('director', p.id), open('director', 'not-a-uuid')]);
    expect(results[0]).toMatchObject({ status: 'fulfilled', value: { basis: 'site-role' } });
    expect(results[1]).toMatchObject({ status: 'rejected' });
    expect((await auditOf(p.id, 'director')).map((r) => r.outcome)).toEqual(['success']);
  });

  it('leaves an audit chain that verifies once sealed', async () => {
    await t.app.audit.sealer.flush();
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, unsealedEvents: 0 });
  });
});
