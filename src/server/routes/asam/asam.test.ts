import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestPatient, signIn } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { asamAssessment, auditEvent, episode, levelOfCareChange } from '../../../db/schema/index.js';
import { ASAM_LEVELS } from '../../../domain/asam/recommend-level-of-care.js';
import { ASAM_LEVEL_IDS, type AsamHistory, type RecordedAsam } from '../../../shared/asam.js';

const notes = { d1: 'Last use 14 h ago', d2: '', d3: '', d4: '', d5: '', d6: '' };

describe('ASAM level-of-care assessments', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies: Record<string, string> = {};
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['counselor', 'nurse']);
    for (const role of ['counselor', 'nurse'] as const)
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
  });
  afterAll(() => t.app.close());

  const post = (url: string, payload: object, as = 'counselor') =>
    t.app.inject({ method: 'POST', url, headers: { cookie: cookies[as]! }, payload });

  it('shares the level list with the domain', () => {
    expect([...ASAM_LEVEL_IDS]).toEqual([...ASAM_LEVELS]);
  });

  it('recommends statelessly from the simplified rules (REFERENCE.md 2.2 R2: D1 = 3 -> 3.7-WM)', async () => {
    const res = await post('/api/v1/asam/recommend', {
      ratings: { d1: 3, d2: 1, d3: 0, d4: 1, d5: 1, d6: 1 },
      hasDiagnosis: true,
      acceptsMoud: true,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      level: '3.7-WM',
      rule: 'R2',
      concurrentServices: ['OTP or office-based MOUD (rule X)'],
    });
    const bad = await post('/api/v1/asam/recommend', {
      ratings: { d1: 5, d2: 1, d3: 0, d4: 1, d5: 1, d6: 1 },
      hasDiagnosis: true,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toHaveProperty('ratings.d1');
    // Nurses do not hold asam:write.
    expect(
      (
        await post(
          '/api/v1/asam/recommend',
          { ratings: { d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 }, hasDiagnosis: true },
          'nurse',
        )
      ).statusCode,
    ).toBe(403);
  });

  it('stores the assessment, records the level change on the open episode, and requires a reason to override', async () => {
    const p = await createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }],
    });
    const ratings = { d1: 1, d2: 0, d3: 2, d4: 1, d5: 2, d6: 1 }; // R7: two of D3-D6 = 2 -> 2.1
    const res = await post(`/api/v1/patients/${p.id}/asam`, {
      ratings,
      notes,
      hasDiagnosis: true,
      chosenLevel: '2.1',
    });
    expect(res.statusCode).toBe(201);
    const first = res.json<RecordedAsam>();
    expect(first).toMatchObject({
      recommendedLevel: '2.1',
      rule: 'R7',
      chosenLevel: '2.1',
      overrideReason: null,
    });
    expect(first.levelChange).toMatchObject({ level: '2.1', asamAssessmentId: first.id });
    const [ep] = await t.db.select().from(episode).where(eq(episode.patientId, p.id));
    expect(ep!.levelOfCare).toBe('2.1');

    // Choosing another level without a reason is refused, and nothing is stored.
    const noReason = await post(`/api/v1/patients/${p.id}/asam`, {
      ratings,
      notes,
      hasDiagnosis: true,
      chosenLevel: '1',
      overrideReason: '  ',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fields).toHaveProperty('overrideReason');
    expect(await t.db.select().from(asamAssessment).where(eq(asamAssessment.patientId, p.id))).toHaveLength(
      1,
    );

    const override = await post(`/api/v1/patients/${p.id}/asam`, {
      ratings,
      notes,
      hasDiagnosis: true,
      chosenLevel: '1',
      overrideReason: 'Works nights; IOP hours impossible; weekly sessions plus MOUD agreed.',
    });
    expect(override.statusCode).toBe(201);
    expect(override.json()).toMatchObject({
      recommendedLevel: '2.1',
      chosenLevel: '1',
      levelChange: { level: '1' },
    });
    const changes = await t.db
      .select()
      .from(levelOfCareChange)
      .where(eq(levelOfCareChange.episodeId, ep!.id));
    expect(changes.map((c) => c.level).sort()).toEqual(['1', '2.1']);
    expect(changes.find((c) => c.level === '1')!.reason).toContain('Works nights');

    // Same level again: assessment stored, no new change.
    const same = await post(`/api/v1/patients/${p.id}/asam`, {
      ratings: { d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 },
      notes,
      hasDiagnosis: true,
      chosenLevel: '1',
    });
    expect(same.json()).toMatchObject({ recommendedLevel: '1', rule: 'R9', levelChange: null });

    const history = (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/patients/${p.id}/asam`,
        headers: { cookie: cookies.counselor! },
      })
    ).json<AsamHistory>();
    expect(history.currentLevel).toBe('1');
    expect(history.assessments.map((a) => a.chosenLevel)).toEqual(['1', '1', '2.1']);
    expect(history.levelChanges).toHaveLength(2);
    const audits = await t.db.select().from(auditEvent).where(eq(auditEvent.patientId, p.id));
    expect(
      audits.filter((a) => a.action === 'asam-assessment.create' && a.outcome === 'success'),
    ).toHaveLength(3);
  });

  it('refuses a counselor outside the care team', async () => {
    const p = await createTestPatient(t.db, { organizationId: clinic.org.id });
    const res = await post(`/api/v1/patients/${p.id}/asam`, {
      ratings: { d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 },
      notes,
      hasDiagnosis: true,
      chosenLevel: '1',
    });
    expect(res.statusCode).toBe(403);
  });
});
