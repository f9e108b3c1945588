import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestPatient } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, breakGlassGrant } from '../../../db/schema/index.js';
import { withChartAccess } from './chart-access.js';

const auditActor = (userId: string, role: string, organizationId: string) => ({
  userId,
  role,
  organizationId,
  clientAddress: '127.0.0.1',
  userAgent: 'test',
  requestId: 'r',
});

describe('withChartAccess', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['counselor', 'nurse', 'director']);
  });
  afterAll(() => t.app.close());

  const open = (role: 'counselor' | 'nurse' | 'director', patientId: string) => {
    const u = clinic.users[role];
    return withChartAccess(
      { db: t.db, audit: t.app.audit },
      { userId: u.id, role, organizationId: clinic.org.id },
      auditActor(u.id, role, clinic.org.id),
      { action: 'patient.read', resourceType: 'patient', resourceId: patientId, patientId },
      async (_tx, ctx) => ctx.basis,
    );
  };

  it('opens the chart to the care team and the director, audited with purpose TREAT', async () => {
    const p = await createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }],
    });
    expect(await open('counselor', p.id)).toBe('care-team');
    expect(await open('director', p.id)).toBe('site-role');
    const rows = await t.db.select().from(auditEvent).where(eq(auditEvent.patientId, p.id));
    expect(rows.map((r) => [r.actorRole, r.outcome, r.purpose])).toEqual([
      ['counselor', 'success', 'TREAT'],
      ['director', 'success', 'TREAT'],
    ]);
  });

  it('refuses a nurse outside the care team (audited), and lets her in under break-the-glass as ETREAT', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    await expect(open('nurse', p.id)).rejects.toMatchObject({ publicCode: 'NOT_ON_CARE_TEAM' });
    await t.db.insert(breakGlassGrant).values({
      organizationId: clinic.org.id,
      patientId: p.id,
      userId: clinic.users.nurse.id,
      reason: 'Patient collapsed in the lobby',
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect(await open('nurse', p.id)).toBe('break-glass');
    const rows = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.actorUserId, clinic.users.nurse.id)));
    expect(rows.map((r) => [r.outcome, r.purpose])).toEqual([
      ['denied', null],
      ['success', 'ETREAT'],
    ]);
  });

  it('answers 404 for a patient of another organization', async () => {
    const other = await createTestClinic(t.db, ['counselor']);
    const p = await createTestPatient(t.db, { organizationId: other.org.id });
    await expect(open('director', p.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
