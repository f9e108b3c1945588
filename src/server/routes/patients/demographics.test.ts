import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestClinic,
  createTestPatient,
  createTestUser,
  signIn,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, demographicsChange } from '../../../db/schema/index.js';
import type { PatientChart, TimelineItem } from '../../../shared/patient-chart.js';
import type { Role } from '../../../shared/roles.js';

describe('editing demographics (PATCH /patients/:id)', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies = {} as Record<Role, string>;
  let outsiderCookie: string;
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['counselor', 'nurse', 'director', 'admin']);
    for (const role of Object.keys(clinic.users) as Role[]) {
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
    }
    const other = await createTestUser(t.db, { organizationId: clinic.org.id, role: 'counselor' });
    outsiderCookie = (await signIn(t, other.email)).cookie;
  });
  afterAll(() => t.app.close());

  const newPatient = () =>
    createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }, { userId: clinic.users.nurse.id }],
    });
  const patch = (patientId: string, payload: object, cookie = cookies.counselor) =>
    t.app.inject({ method: 'PATCH', url: `/api/v1/patients/${patientId}`, headers: { cookie }, payload });
  const chart = async (patientId: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/patients/${patientId}`,
        headers: { cookie: cookies.counselor },
      })
    ).json() as PatientChart;
  const timeline = async (patientId: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/patients/${patientId}/timeline?kind=demographics`,
        headers: { cookie: cookies.counselor },
      })
    ).json().items as TimelineItem[];

  it('saves the changed fields from the version read, audits and shows their names (not values) on the timeline', async () => {
    const p = await newPatient();
    const before = await chart(p.id);
    expect(before.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const res = await patch(p.id, {
      preferredName: 'Robbie',
      phone: '(217) 555-0142',
      expectedUpdatedAt: before.updatedAt,
    });
    expect(res.statusCode).toBe(204);
    const after = await chart(p.id);
    expect(after).toMatchObject({
      preferredName: 'Robbie',
      phone: '(217) 555-0142',
      legalFirstName: 'Robin',
    });
    expect(after.updatedAt > before.updatedAt).toBe(true);

    const audit = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'patient.update')));
    expect(audit.map((a) => [a.outcome, a.actorUserId, (a.details as { fields: string[] }).fields])).toEqual([
      ['success', clinic.users.counselor.id, ['phone', 'preferredName']],
    ]);
    expect(JSON.stringify(audit)).not.toContain('Robbie');
    expect(await timeline(p.id)).toEqual([
      expect.objectContaining({
        kind: 'demographics',
        event: 'updated',
        title: 'Test counselor',
        summary: 'phone,preferredName',
      }),
    ]);

    // The nurse on the care team edits from the new version; the director (site role) too.
    expect(
      (await patch(p.id, { pronouns: 'he/him', expectedUpdatedAt: after.updatedAt }, cookies.nurse))
        .statusCode,
    ).toBe(204);
    expect((await patch(p.id, { language: 'es' }, cookies.director)).statusCode).toBe(204);
    expect((await timeline(p.id)).map((i) => i.title).sort()).toEqual([
      'Test counselor',
      'Test director',
      'Test nurse',
    ]);
  });

  it('refuses a change based on a stale version with 409 and a clear message, writing nothing', async () => {
    const p = await newPatient();
    const opened = await chart(p.id);
    // Someone else saves first...
    expect((await patch(p.id, { phone: '555-0100', expectedUpdatedAt: opened.updatedAt })).statusCode).toBe(
      204,
    );
    // ...then the second editor saves from the version they opened.
    const stale = await patch(
      p.id,
      { phone: '555-0199', expectedUpdatedAt: opened.updatedAt },
      cookies.nurse,
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'STALE_CHART',
      message: expect.stringMatching(/Someone else changed this patient’s details/),
    });
    expect((await chart(p.id)).phone).toBe('555-0100');
    const changes = await t.db
      .select()
      .from(demographicsChange)
      .where(eq(demographicsChange.patientId, p.id));
    expect(changes.map((c) => c.changedBy)).toEqual([clinic.users.counselor.id]);
  });

  it('answers per field for a bad date of birth, and needs a change besides the version', async () => {
    const p = await newPatient();
    const future = await patch(p.id, { dateOfBirth: '2999-01-01' });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toEqual({ dateOfBirth: 'The date of birth cannot be in the future.' });
    const impossible = await patch(p.id, { dateOfBirth: '1990-02-31', emergencyContact: { name: 'Sam' } });
    expect(impossible.statusCode).toBe(400);
    expect(Object.keys(impossible.json().error.fields).sort()).toEqual([
      'dateOfBirth',
      'emergencyContact.phone',
      'emergencyContact.relationship',
    ]);
    const versionOnly = await patch(p.id, { expectedUpdatedAt: (await chart(p.id)).updatedAt });
    expect(versionOnly.statusCode).toBe(400);
    expect(versionOnly.json().error.message).toMatch(/at least one field/);
    expect((await chart(p.id)).dateOfBirth).toBe('1990-04-01');
    expect(await timeline(p.id)).toEqual([]);
  });

  it('is closed to staff outside the care relationship (audited) and to administrators', async () => {
    const p = await newPatient();
    const outsider = await patch(p.id, { phone: '555-0111' }, outsiderCookie);
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.code).toBe('NOT_ON_CARE_TEAM');
    expect((await patch(p.id, { phone: '555-0111' }, cookies.admin)).statusCode).toBe(403);
    const denied = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'patient.update')));
    expect(denied.map((a) => a.outcome)).toEqual(['denied']);
    expect((await chart(p.id)).phone).toBeNull();
  });
});
