import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createTestClinic,
  createTestPatient,
  createTestUser,
  signIn,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { alert, auditEvent, episode, site } from '../../../db/schema/index.js';
import type { Role } from '../../../shared/roles.js';

describe('the patient chart and access by care relationship', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies = {} as Record<Role, string>;
  let siteId: string;
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, [
      'director',
      'intake',
      'counselor',
      'prescriber',
      'nurse',
      'admin',
    ]);
    for (const role of Object.keys(clinic.users) as Role[]) {
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
    }
    const [s] = await t.db
      .insert(site)
      .values({
        organizationId: clinic.org.id,
        name: `Eastside ${randomUUID().slice(0, 6)}`,
        addressLine: '1 Example Way',
        city: 'Springfield',
        state: 'IL',
        postalCode: '62701',
      })
      .returning();
    siteId = s!.id;
  });
  afterAll(() => t.app.close());

  const call = (role: Role, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
    t.app.inject({
      method,
      url: `/api/v1${url}`,
      headers: { cookie: cookies[role] },
      ...(method === 'GET' ? {} : { payload: payload ?? {} }),
    });
  const auditRows = (patientId: string, userId: string) =>
    t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, patientId), eq(auditEvent.actorUserId, userId)))
      .orderBy(auditEvent.id);
  const patientOnCounselorsTeam = () =>
    createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id, careRole: 'primary-counselor' }],
    });

  it('shows the care team member the whole summary in one read, audited as a TREAT read of the summary', async () => {
    const p = await patientOnCounselorsTeam();
    await t.db
      .update(episode)
      .set({
        siteId,
        levelOfCare: '1',
        primaryCounselorId: clinic.users.counselor.id,
        prescriberId: clinic.users.prescriber.id,
      })
      .where(eq(episode.patientId, p.id));
    await call('counselor', 'PATCH', `/patients/${p.id}`, {
      preferredName: 'Bo',
      pronouns: 'they/them',
      allergies: [{ substance: 'Penicillin', reaction: 'rash' }],
      medications: [{ name: 'Buprenorphine/naloxone', dose: '8/2 mg daily' }],
      insurance: { kind: 'medicaid', payer: 'State Medicaid', memberId: 'M-123' },
      emergencyContact: { name: 'Sam Doe', relationship: 'sibling', phone: '555-0100' },
    });
    await call('counselor', 'POST', `/patients/${p.id}/problems`, { icd10Code: 'f11.20' });

    const res = await call('counselor', 'GET', `/patients/${p.id}`);
    expect(res.statusCode).toBe(200);
    const chart = res.json();
    expect(chart).toMatchObject({
      id: p.id,
      mrn: p.mrn,
      legalFirstName: 'Robin',
      preferredName: 'Bo',
      pronouns: 'they/them',
      status: 'active',
      insurance: { kind: 'medicaid', payer: 'State Medicaid', memberId: 'M-123' },
      allergies: [{ substance: 'Penicillin', reaction: 'rash' }],
      medications: [{ name: 'Buprenorphine/naloxone', dose: '8/2 mg daily' }],
      emergencyContact: { name: 'Sam Doe', relationship: 'sibling', phone: '555-0100' },
      access: { basis: 'care-team', emergencyUntil: null },
    });
    expect(chart.episodes).toHaveLength(1);
    expect(chart.episodes[0]).toMatchObject({
      site: { id: siteId },
      levelOfCare: '1',
      primaryCounselor: { id: clinic.users.counselor.id, displayName: 'Test counselor' },
      prescriber: { id: clinic.users.prescriber.id, displayName: 'Test prescriber' },
      dischargedAt: null,
    });
    expect(chart.careTeam).toEqual([
      expect.objectContaining({ userId: clinic.users.counselor.id, careRole: 'primary-counselor' }),
    ]);
    expect(
      chart.problems.map((x: { icd10Code: string; description: string }) => [x.icd10Code, x.description]),
    ).toEqual([['F11.20', 'Opioid dependence, uncomplicated']]);
    const rows = await auditRows(p.id, clinic.users.counselor.id);
    expect(rows.map((r) => [r.action, r.outcome, r.purpose])).toEqual([
      ['patient.update', 'success', 'TREAT'],
      ['problem.create', 'success', 'TREAT'],
      ['patient.read', 'success', 'TREAT'],
    ]);
    expect(rows[0]!.details).toMatchObject({
      fields: expect.arrayContaining(['allergies', 'preferredName']),
    });
    expect(rows[2]!.details).toEqual({ viewed: 'summary', basis: 'care-team' });
  });

  it('refuses a counselor outside the care team with NOT_ON_CARE_TEAM and audits the refusal', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const res = await call('counselor', 'GET', `/patients/${p.id}`);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('NOT_ON_CARE_TEAM');
    expect(res.json().error.message).toMatch(/break-the-glass/);
    const rows = await auditRows(p.id, clinic.users.counselor.id);
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([['patient.read', 'denied']]);
    // Writes are refused the same way.
    const write = await call('counselor', 'POST', `/patients/${p.id}/problems`, { icd10Code: 'F11.20' });
    expect(write.json().error.code).toBe('NOT_ON_CARE_TEAM');
  });

  it('breaks the glass: a grant, ETREAT audit rows, a director alert, then reads pass within the window', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const nurse = clinic.users.nurse;
    const short = await call('nurse', 'POST', `/patients/${p.id}/break-glass`, { reason: 'urgent' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fields.reason).toMatch(/at least 10/);

    const before = Date.now();
    const res = await call('nurse', 'POST', `/patients/${p.id}/break-glass`, {
      reason: 'Found unresponsive in the lobby; need allergies',
    });
    expect(res.statusCode).toBe(201);
    const expiresIn = new Date(res.json().expiresAt).getTime() - before;
    expect(expiresIn).toBeGreaterThan(59 * 60_000);
    expect(expiresIn).toBeLessThanOrEqual(61 * 60_000);

    const chart = await call('nurse', 'GET', `/patients/${p.id}`);
    expect(chart.statusCode).toBe(200);
    expect(chart.json().access).toEqual({ basis: 'break-glass', emergencyUntil: res.json().expiresAt });

    const rows = await auditRows(p.id, nurse.id);
    expect(rows.map((r) => [r.action, r.outcome, r.purpose])).toEqual([
      ['patient.break-glass', 'success', 'ETREAT'],
      ['patient.read', 'success', 'ETREAT'],
    ]);
    expect(rows[0]!.details).toMatchObject({ emergencyAccess: true, grantId: res.json().grantId });
    // The stated reason is for the director, not the audit details.
    expect(JSON.stringify(rows[0]!.details)).not.toContain('lobby');

    const alerts = await t.db.select().from(alert).where(eq(alert.patientId, p.id));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kind: 'break-the-glass',
      forRole: 'director',
      status: 'open',
      sourceId: res.json().grantId,
    });
    expect(alerts[0]!.reasons.join(' ')).toContain('Test nurse (nurse)');
    expect(alerts[0]!.reasons.join(' ')).toContain('Found unresponsive in the lobby; need allergies');

    const again = await call('nurse', 'POST', `/patients/${p.id}/break-glass`, {
      reason: 'Still in the lobby now',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_HAS_ACCESS');

    // The timeline shows the grant to everyone who can read the chart.
    const timeline = await call('director', 'GET', `/patients/${p.id}/timeline?kind=break-glass`);
    expect(timeline.json().items).toEqual([
      expect.objectContaining({
        kind: 'break-glass',
        event: 'granted',
        title: 'Test nurse',
        refId: res.json().grantId,
      }),
    ]);
  });

  it('lets the director read every chart (site role) but not break the glass', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const res = await call('director', 'GET', `/patients/${p.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json().access.basis).toBe('site-role');
    const bg = await call('director', 'POST', `/patients/${p.id}/break-glass`, {
      reason: 'Checking on the patient',
    });
    expect(bg.statusCode).toBe(403);
  });

  it('lets intake see pre-admission patients only', async () => {
    const pre = await createTestPatient(t.db, { organizationId: clinic.org.id, status: 'pre-admission' });
    const admitted = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const a = await call('intake', 'GET', `/patients/${pre.id}`);
    expect(a.statusCode).toBe(200);
    expect(a.json()).toMatchObject({
      status: 'pre-admission',
      episodes: [],
      access: { basis: 'pre-admission' },
    });
    const b = await call('intake', 'GET', `/patients/${admitted.id}`);
    expect(b.statusCode).toBe(403);
    expect(b.json().error.code).toBe('NOT_ON_CARE_TEAM');
  });

  it('answers 404 for a patient of another organization and for an unknown id', async () => {
    const other = await createTestClinic(t.db, ['counselor']);
    const theirs = await createTestPatient(t.db, {
      organizationId: other.org.id,
      careTeam: [{ userId: other.users.counselor.id }],
    });
    for (const id of [theirs.id, randomUUID()]) {
      const res = await call('director', 'GET', `/patients/${id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json().error.message).toBe('No such patient in your organization.');
      const bg = await call('counselor', 'POST', `/patients/${id}/break-glass`, {
        reason: 'Emergency in the lobby',
      });
      expect(bg.statusCode).toBe(404);
    }
    expect(await t.db.select().from(alert).where(eq(alert.patientId, theirs.id))).toEqual([]);
  });

  it('refuses problems with a bad ICD-10-CM code, adds good ones and resolves them', async () => {
    const p = await patientOnCounselorsTeam();
    const typo = await call('counselor', 'POST', `/patients/${p.id}/problems`, { icd10Code: 'F11.02' });
    expect(typo.statusCode).toBe(400);
    expect(typo.json().error).toMatchObject({
      code: 'INVALID_ICD10_CODE',
      fields: { icd10Code: expect.stringMatching(/F11.20/) },
    });
    const junk = await call('counselor', 'POST', `/patients/${p.id}/problems`, { icd10Code: 'opioids' });
    expect(junk.statusCode).toBe(400);
    const noDescription = await call('counselor', 'POST', `/patients/${p.id}/problems`, {
      icd10Code: 'F32.A',
    });
    expect(noDescription.json().error.fields).toHaveProperty('description');

    const added = await call('counselor', 'POST', `/patients/${p.id}/problems`, {
      icd10Code: 'F32.A',
      description: 'Depression, unspecified',
      onsetDate: '2025-11-01',
    });
    expect(added.statusCode).toBe(201);
    expect(added.json()).toMatchObject({ icd10Code: 'F32.A', status: 'active', onsetDate: '2025-11-01' });
    const resolved = await call('counselor', 'PATCH', `/patients/${p.id}/problems/${added.json().id}`, {
      status: 'resolved',
    });
    expect(resolved.statusCode).toBe(204);
    expect((await call('counselor', 'GET', `/patients/${p.id}`)).json().problems).toEqual([]);
    const missing = await call('counselor', 'PATCH', `/patients/${p.id}/problems/${randomUUID()}`, {
      status: 'resolved',
    });
    expect(missing.statusCode).toBe(404);
  });

  it('discharges an episode only with a reason, and the patient becomes discharged', async () => {
    const p = await patientOnCounselorsTeam();
    const [ep] = await t.db.select().from(episode).where(eq(episode.patientId, p.id));
    const url = `/patients/${p.id}/episodes/${ep!.id}/discharge`;
    const at = new Date(Date.now() + 60_000).toISOString();
    const noReason = await call('counselor', 'POST', url, { dischargedAt: at, reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields.reason).toBe('Give the reason for discharge.');
    const ok = await call('counselor', 'POST', url, { dischargedAt: at, reason: 'Completed treatment' });
    expect(ok.statusCode).toBe(204);
    const chart = (await call('counselor', 'GET', `/patients/${p.id}`)).json();
    expect(chart.status).toBe('discharged');
    expect(chart.episodes[0]).toMatchObject({ dischargedAt: at, dischargeReason: 'Completed treatment' });
    const twice = await call('counselor', 'POST', url, { dischargedAt: at, reason: 'Completed treatment' });
    expect(twice.json().error.code).toBe('ALREADY_DISCHARGED');
  });

  it('lists the timeline newest first and filters it by kind', async () => {
    const p = await patientOnCounselorsTeam();
    const [ep] = await t.db.select().from(episode).where(eq(episode.patientId, p.id));
    await t.db
      .update(episode)
      .set({ admittedAt: new Date('2026-01-10T09:00:00Z'), levelOfCare: '2.1', siteId })
      .where(eq(episode.id, ep!.id));
    const problem = (
      await call('counselor', 'POST', `/patients/${p.id}/problems`, { icd10Code: 'F11.23' })
    ).json();
    await call('counselor', 'POST', `/patients/${p.id}/care-team`, {
      userId: clinic.users.nurse.id,
      careRole: 'nurse',
    });
    await call('counselor', 'POST', `/patients/${p.id}/episodes/${ep!.id}/discharge`, {
      dischargedAt: '2026-02-01T12:00:00Z',
      reason: 'Transferred to residential care',
    });

    const all = (await call('counselor', 'GET', `/patients/${p.id}/timeline`)).json().items;
    const ats = all.map((i: { at: string }) => i.at);
    expect(ats).toEqual([...ats].sort().reverse());
    expect(all.map((i: { kind: string; event: string }) => `${i.kind}:${i.event}`).sort()).toEqual(
      [
        'care-team:added',
        'care-team:added',
        'episode:admitted',
        'episode:discharged',
        'problem:recorded',
      ].sort(),
    );
    expect(all.at(-1)).toMatchObject({
      kind: 'episode',
      event: 'admitted',
      at: '2026-01-10T09:00:00.000Z',
      summary: '2.1',
    });

    const filtered = (
      await call('counselor', 'GET', `/patients/${p.id}/timeline?kind=problem,episode&limit=2`)
    ).json().items;
    expect(filtered.map((i: { kind: string; event: string }) => `${i.kind}:${i.event}`)).toEqual([
      'problem:recorded',
      'episode:discharged',
    ]);
    expect(filtered[0]).toMatchObject({
      title: 'F11.23 Opioid dependence with withdrawal',
      refId: problem.id,
    });
    expect(filtered[1]).toMatchObject({
      summary: 'Transferred to residential care',
      at: '2026-02-01T12:00:00.000Z',
    });

    const bad = await call('counselor', 'GET', `/patients/${p.id}/timeline?kind=dose`);
    expect(bad.statusCode).toBe(400);
    const [last] = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'patient.read')))
      .orderBy(desc(auditEvent.id))
      .limit(1);
    expect(last!.details).toMatchObject({ viewed: 'timeline', kinds: ['episode', 'problem'] });
  });

  it('adds only clinicians of the organization, and removing a member revokes their access', async () => {
    const p = await patientOnCounselorsTeam();
    const outsider = await createTestClinic(t.db, ['nurse']);
    const foreign = await call('director', 'POST', `/patients/${p.id}/care-team`, {
      userId: outsider.users.nurse.id,
      careRole: 'nurse',
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().error.code).toBe('NOT_CLINICAL_STAFF');
    const admin = await call('director', 'POST', `/patients/${p.id}/care-team`, {
      userId: clinic.users.admin.id,
      careRole: 'other',
    });
    expect(admin.json().error.code).toBe('NOT_CLINICAL_STAFF');

    const prescriber = await createTestUser(t.db, { organizationId: clinic.org.id, role: 'prescriber' });
    const rx = (await signIn(t, prescriber.email)).cookie;
    const read = () =>
      t.app.inject({ method: 'GET', url: `/api/v1/patients/${p.id}`, headers: { cookie: rx } });
    expect((await read()).statusCode).toBe(403);
    const added = await call('director', 'POST', `/patients/${p.id}/care-team`, {
      userId: prescriber.id,
      careRole: 'prescriber',
    });
    expect(added.statusCode).toBe(204);
    expect((await read()).statusCode).toBe(200);
    const dup = await call('director', 'POST', `/patients/${p.id}/care-team`, {
      userId: prescriber.id,
      careRole: 'prescriber',
    });
    expect(dup.json().error.code).toBe('ALREADY_ON_CARE_TEAM');

    const removed = await call('director', 'DELETE', `/patients/${p.id}/care-team/${prescriber.id}`);
    expect(removed.statusCode).toBe(204);
    expect((await read()).json().error.code).toBe('NOT_ON_CARE_TEAM');
    const timeline = (await call('director', 'GET', `/patients/${p.id}/timeline?kind=care-team`)).json()
      .items;
    expect(
      timeline
        .filter((i: { title: string }) => i.title === 'Test prescriber')
        .map((i: { event: string }) => i.event),
    ).toEqual(['removed', 'added']);

    // Back on the team on the same row.
    await call('director', 'POST', `/patients/${p.id}/care-team`, {
      userId: prescriber.id,
      careRole: 'prescriber',
    });
    expect((await read()).statusCode).toBe(200);
    const candidates = (await call('counselor', 'GET', '/clinicians')).json().staff;
    expect(candidates.map((s: { id: string }) => s.id)).toContain(prescriber.id);
    expect(candidates.map((s: { id: string }) => s.id)).not.toContain(clinic.users.admin.id);
  });

  it('validates demographics and refuses an empty change', async () => {
    const p = await patientOnCounselorsTeam();
    const empty = await call('counselor', 'PATCH', `/patients/${p.id}`, {});
    expect(empty.statusCode).toBe(400);
    const bad = await call('counselor', 'PATCH', `/patients/${p.id}`, {
      dateOfBirth: '04/01/1990',
      email: 'nope',
      insurance: { kind: 'gold', payer: null, memberId: null },
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['dateOfBirth', 'email', 'insurance.kind']);
    const ok = await call('counselor', 'PATCH', `/patients/${p.id}`, { language: 'es', phone: null });
    expect(ok.statusCode).toBe(204);
    expect((await call('counselor', 'GET', `/patients/${p.id}`)).json()).toMatchObject({
      language: 'es',
      phone: null,
    });
  });
});
