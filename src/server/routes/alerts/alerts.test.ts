import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestPatient, signIn } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { alert, auditEvent } from '../../../db/schema/index.js';
import type { AlertList, CaseloadResponse } from '../../../shared/alerts.js';
import { raiseAlert } from '../../services/alerts/raise-alert.js';

describe('alerts and caseload', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['counselor', 'nurse', 'director', 'prescriber']);
    for (const role of ['counselor', 'nurse', 'director', 'prescriber'] as const) {
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
    }
  });
  afterAll(() => t.app.close());

  const get = (url: string, as: string) =>
    t.app.inject({ method: 'GET', url, headers: { cookie: cookies[as]! } });
  const openAlerts = async (as: string) =>
    (await get('/api/v1/alerts?status=open', as)).json<AlertList>().alerts;

  it('a PHQ-9 suicide-risk alert reaches the care team and the director, not an outsider', async () => {
    // The counselor and the nurse treat the patient; the prescriber does not.
    const p = await createTestPatient(t.db, {
      organizationId: clinic.org.id,
      firstName: 'Alma',
      careTeam: [{ userId: clinic.users.counselor.id }, { userId: clinic.users.nurse.id, careRole: 'nurse' }],
    });
    const submitted = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${p.id}/assessments`,
      headers: { cookie: cookies.counselor! },
      payload: {
        instrumentId: 'phq9',
        answers: { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 2 },
      },
    });
    expect(submitted.statusCode).toBe(201);

    for (const role of ['counselor', 'nurse', 'director']) {
      const mine = (await openAlerts(role)).filter((a) => a.patient?.id === p.id);
      expect({ role, kinds: mine.map((a) => a.kind) }).toEqual({ role, kinds: ['suicide-risk'] });
      expect(mine[0]).toMatchObject({
        severity: 'critical',
        status: 'open',
        sourceId: submitted.json().id,
        patient: { id: p.id, name: `Alma ${p.legalLastName}`, mrn: p.mrn },
      });
    }
    expect((await openAlerts('prescriber')).filter((a) => a.patient?.id === p.id)).toEqual([]);

    // Reading alerts is audited with the patients shown.
    const audits = await t.db.select().from(auditEvent).where(eq(auditEvent.action, 'alert.list'));
    const nurseRead = audits.find((a) => a.actorUserId === clinic.users.nurse.id);
    expect((nurseRead!.details as { patientIds: string[] }).patientIds).toContain(p.id);

    // The outsider cannot acknowledge it; the nurse can, once; then it leaves the open list.
    const alertId = (await openAlerts('nurse')).find((a) => a.patient?.id === p.id)!.id;
    const outsider = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerts/${alertId}/acknowledge`,
      headers: { cookie: cookies.prescriber! },
      payload: {},
    });
    expect(outsider.statusCode).toBe(403);
    const ack = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerts/${alertId}/acknowledge`,
      headers: { cookie: cookies.nurse! },
      payload: {},
    });
    expect(ack.statusCode).toBe(200);
    const [row] = await t.db.select().from(alert).where(eq(alert.id, alertId));
    expect(row).toMatchObject({ status: 'acknowledged', acknowledgedBy: clinic.users.nurse.id });
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/v1/alerts/${alertId}/acknowledge`,
      headers: { cookie: cookies.counselor! },
      payload: {},
    });
    expect(twice.statusCode).toBe(409);
    expect((await openAlerts('counselor')).some((a) => a.id === alertId)).toBe(false);
    const acknowledged = (await get('/api/v1/alerts?status=acknowledged', 'counselor')).json<AlertList>();
    expect(acknowledged.alerts.some((a) => a.id === alertId)).toBe(true);
  });

  it('alerts addressed to a role reach that role only', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const raised = await raiseAlert(t.db, {
      organizationId: clinic.org.id,
      patientId: p.id,
      kind: 'break-the-glass',
      severity: 'warning',
      reasons: ['Emergency access used'],
      forRole: 'prescriber',
    });
    expect((await openAlerts('prescriber')).map((a) => a.id)).toContain(raised.id);
    expect((await openAlerts('counselor')).map((a) => a.id)).not.toContain(raised.id);
  });

  it('lists my care-team patients with their open alert counts', async () => {
    const p = await createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.prescriber.id, careRole: 'prescriber' }],
    });
    await raiseAlert(t.db, {
      organizationId: clinic.org.id,
      patientId: p.id,
      kind: 'severe-withdrawal',
      severity: 'critical',
      reasons: ['x'],
    });
    const res = await get('/api/v1/caseload', 'prescriber');
    expect(res.statusCode).toBe(200);
    const mine = res.json<CaseloadResponse>().patients.find((x) => x.id === p.id);
    expect(mine).toMatchObject({ careRole: 'prescriber', openAlerts: 1, status: 'active', mrn: p.mrn });
    const counselor = (await get('/api/v1/caseload', 'counselor')).json<CaseloadResponse>();
    expect(counselor.patients.some((x) => x.id === p.id)).toBe(false);
  });
});
