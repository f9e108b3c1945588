import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestPatient, signIn } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { alert, assessment, auditEvent } from '../../../db/schema/index.js';
import { answersWithTotal } from '../../../domain/instruments/answer-fixtures.js';
import { cows } from '../../../domain/instruments/cows.js';
import type { AssessmentList, SubmittedAssessment } from '../../../shared/assessments.js';

const phq9 = (overrides: Record<string, number> = {}) => ({
  q1: 1,
  q2: 1,
  q3: 0,
  q4: 1,
  q5: 0,
  q6: 0,
  q7: 0,
  q8: 0,
  q9: 0,
  ...overrides,
});

describe('instrument responses in the chart', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['counselor', 'nurse', 'director']);
    for (const role of ['counselor', 'nurse', 'director'] as const) {
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
    }
  });
  afterAll(() => t.app.close());

  const patientOnTeam = () =>
    createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }, { userId: clinic.users.nurse.id, careRole: 'nurse' }],
    });
  const submit = (
    patientId: string,
    payload: Record<string, unknown>,
    as: 'counselor' | 'nurse' | 'director' = 'counselor',
    lang = 'en',
  ) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/assessments?lang=${lang}`,
      headers: { cookie: cookies[as]! },
      payload,
    });
  const list = async (patientId: string, query = '') =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/patients/${patientId}/assessments${query}`,
        headers: { cookie: cookies.counselor! },
      })
    ).json<AssessmentList>();

  it('PHQ-9 with item 9 = 2: stored with score, band, flags and version, audited, suicide-risk alert raised', async () => {
    const p = await patientOnTeam();
    const res = await submit(p.id, { instrumentId: 'phq9', answers: phq9({ q9: 2 }) });
    expect(res.statusCode).toBe(201);
    const body = res.json<SubmittedAssessment>();
    expect(body).toMatchObject({
      patientId: p.id,
      instrumentId: 'phq9',
      instrumentVersion: '1.0.0',
      score: 5,
      band: 'mild',
      bandLabel: 'Mild',
      asqDoneRecently: false,
      administeredBy: { id: clinic.users.counselor.id, displayName: 'Test counselor' },
    });
    expect(body.flags.map((f) => f.id)).toEqual(['suicide-risk']);
    expect(body.flags[0]!.severity).toBe('critical');
    expect(body.flags[0]!.nextSteps.join(' ')).toContain('988');
    expect(body.flags[0]!.nextSteps.join(' ')).toContain('ASQ');

    const [row] = await t.db.select().from(assessment).where(eq(assessment.id, body.id));
    expect(row).toMatchObject({
      score: 5,
      band: 'mild',
      flags: ['suicide-risk'],
      instrumentVersion: '1.0.0',
    });
    expect(row!.answers).toEqual(phq9({ q9: 2 }));
    expect(row!.administeredBy).toBe(clinic.users.counselor.id);

    const alerts = await t.db.select().from(alert).where(eq(alert.patientId, p.id));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      kind: 'suicide-risk',
      severity: 'critical',
      status: 'open',
      sourceId: body.id,
      reasons: ['Suicide risk: PHQ-9 item 9 answered above "Not at all"'],
    });
    expect(body.alertsRaised).toEqual([{ id: alerts[0]!.id, kind: 'suicide-risk' }]);

    const audit = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'assessment.create')));
    expect(audit.map((a) => [a.outcome, a.resourceId, a.purpose])).toEqual([['success', body.id, 'TREAT']]);
  });

  it('gives the flags in Spanish with ?lang=es, and knows when an ASQ was done today', async () => {
    const p = await patientOnTeam();
    const asq = await submit(p.id, {
      instrumentId: 'asq',
      answers: { q1: 'no', q2: 'no', q3: 'no', q4: 'no' },
    });
    expect(asq.json()).toMatchObject({
      band: 'negative',
      flags: [],
      alertsRaised: [],
      asqDoneRecently: null,
    });
    const res = await submit(p.id, { instrumentId: 'phq9', answers: phq9({ q9: 1 }) }, 'counselor', 'es');
    const body = res.json<SubmittedAssessment>();
    expect(body.asqDoneRecently).toBe(true);
    expect(body.flags[0]!.label).toContain('Riesgo de suicidio');
    expect(body.bandLabel).toBe('Mínimos');
  });

  it('an acute positive ASQ raises one asq-acute alert whose next steps say not to leave the patient alone', async () => {
    const p = await patientOnTeam();
    const res = await submit(p.id, {
      instrumentId: 'asq',
      answers: { q1: 'yes', q2: 'no', q3: 'no', q4: 'no', q5: 'yes' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json<SubmittedAssessment>();
    expect(body.band).toBe('acute-positive');
    expect(body.flags.map((f) => f.id)).toEqual(['asq-positive', 'asq-acute']);
    expect(body.flags[1]!.nextSteps[0]).toMatch(/Do not leave the patient alone/);
    const alerts = await t.db.select().from(alert).where(eq(alert.patientId, p.id));
    expect(alerts.map((a) => [a.kind, a.severity, a.sourceId])).toEqual([['asq-acute', 'critical', body.id]]);
  });

  it('a non-acute positive ASQ raises an asq-positive alert', async () => {
    const p = await patientOnTeam();
    const res = await submit(p.id, {
      instrumentId: 'asq',
      answers: { q1: 'declined', q2: 'no', q3: 'no', q4: 'no', q5: 'no' },
    });
    expect(res.json().band).toBe('non-acute-positive');
    const alerts = await t.db.select().from(alert).where(eq(alert.patientId, p.id));
    expect(alerts.map((a) => a.kind)).toEqual(['asq-positive']);
  });

  it('severe COWS (the nurse, with minutes since last use) raises severe-withdrawal; moderate raises nothing', async () => {
    const p = await patientOnTeam();
    const severe = await submit(
      p.id,
      {
        instrumentId: 'cows',
        answers: answersWithTotal(cows, 40),
        context: { minutesSinceLastUse: 780, label: 'Induction hour 0' },
      },
      'nurse',
    );
    expect(severe.statusCode).toBe(201);
    expect(severe.json()).toMatchObject({
      score: 40,
      band: 'severe',
      context: { minutesSinceLastUse: 780, label: 'Induction hour 0' },
      alertsRaised: [{ kind: 'severe-withdrawal' }],
    });
    const moderate = await submit(
      p.id,
      { instrumentId: 'cows', answers: answersWithTotal(cows, 14) },
      'nurse',
    );
    expect(moderate.json()).toMatchObject({ score: 14, band: 'moderate', flags: [], alertsRaised: [] });
    const alerts = await t.db.select().from(alert).where(eq(alert.patientId, p.id));
    expect(alerts.map((a) => a.kind)).toEqual(['severe-withdrawal']);
  });

  it('answers 400 naming the item for bad answers, and stores nothing', async () => {
    const p = await patientOnTeam();
    const missing = await submit(p.id, { instrumentId: 'phq9', answers: { ...phq9(), q9: undefined } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toHaveProperty('q9');
    expect(missing.json().error.message).toContain('q9');
    const wrong = await submit(p.id, {
      instrumentId: 'cows',
      answers: answersWithTotal(cows, 10, { restlessness: 2 }),
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.fields).toHaveProperty('restlessness');
    const unknown = await submit(p.id, { instrumentId: 'no-such-thing', answers: {} });
    expect(unknown.statusCode).toBe(404);
    expect(await t.db.select().from(assessment).where(eq(assessment.patientId, p.id))).toEqual([]);
  });

  it('amends by a new response that references the old one; the old one is unchanged and marked superseded', async () => {
    const p = await patientOnTeam();
    const first = (
      await submit(p.id, { instrumentId: 'phq9', answers: phq9({ q1: 3 }) })
    ).json<SubmittedAssessment>();
    const [before] = await t.db.select().from(assessment).where(eq(assessment.id, first.id));
    const fix = await submit(p.id, { instrumentId: 'phq9', answers: phq9({ q1: 0 }), amendsId: first.id });
    expect(fix.statusCode).toBe(201);
    const fixed = fix.json<SubmittedAssessment>();
    expect(fixed).toMatchObject({ amendsId: first.id, score: 2 });
    expect(fixed.id).not.toBe(first.id);
    const [after] = await t.db.select().from(assessment).where(eq(assessment.id, first.id));
    expect(after).toEqual(before);

    const listed = await list(p.id, '?instrumentId=phq9');
    expect(listed.responses.map((r) => r.id)).toEqual([fixed.id, first.id]);
    expect(listed.responses[1]!.amendedBy?.id).toBe(fixed.id);
    expect(listed.responses[0]!.amendedBy).toBeNull();

    // A second correction of the same original must amend the newest version instead.
    const again = await submit(p.id, { instrumentId: 'phq9', answers: phq9(), amendsId: first.id });
    expect(again.statusCode).toBe(409);
    // A correction must be of the same patient and instrument.
    const otherInstrument = await submit(p.id, {
      instrumentId: 'gad2',
      answers: { q1: 0, q2: 0 },
      amendsId: fixed.id,
    });
    expect(otherInstrument.statusCode).toBe(400);
    expect(otherInstrument.json().error.fields).toHaveProperty('amendsId');
    const otherPatient = await patientOnTeam();
    const cross = await submit(otherPatient.id, {
      instrumentId: 'phq9',
      answers: phq9(),
      amendsId: fixed.id,
    });
    expect(cross.statusCode).toBe(400);
  });

  it('lists newest first and filters by instrument', async () => {
    const p = await patientOnTeam();
    await submit(
      p.id,
      { instrumentId: 'cows', answers: answersWithTotal(cows, 6), administeredAt: '2026-01-05T08:00:00Z' },
      'nurse',
    );
    await submit(
      p.id,
      { instrumentId: 'cows', answers: answersWithTotal(cows, 9), administeredAt: '2026-01-05T10:00:00Z' },
      'nurse',
    );
    await submit(p.id, { instrumentId: 'gad2', answers: { q1: 1, q2: 1 } });
    const cowsOnly = await list(p.id, '?instrumentId=cows');
    expect(cowsOnly.responses.map((r) => r.score)).toEqual([9, 6]);
    expect((await list(p.id)).responses.map((r) => r.instrumentId)).toEqual(['gad2', 'cows', 'cows']);
  });

  it('refuses a clinician outside the care team (403, audited) and a future administration time', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const res = await submit(p.id, { instrumentId: 'phq9', answers: phq9() });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('NOT_ON_CARE_TEAM');
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/assessments`,
      headers: { cookie: cookies.nurse! },
    });
    expect(read.statusCode).toBe(403);
    const denied = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.outcome, 'denied')));
    expect(denied).toHaveLength(2);

    const mine = await patientOnTeam();
    const future = await submit(mine.id, {
      instrumentId: 'phq9',
      answers: phq9(),
      administeredAt: new Date(Date.now() + 86_400_000).toISOString(),
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().error.fields).toHaveProperty('administeredAt');
  });

  it('the director may read responses but not administer them (no assessment:write)', async () => {
    const p = await patientOnTeam();
    await submit(p.id, { instrumentId: 'gad2', answers: { q1: 0, q2: 1 } });
    const write = await submit(p.id, { instrumentId: 'gad2', answers: { q1: 0, q2: 1 } }, 'director');
    expect(write.statusCode).toBe(403);
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/assessments`,
      headers: { cookie: cookies.director! },
    });
    expect(read.json<AssessmentList>().responses.map((r) => r.score)).toEqual([1]);
  });
});
