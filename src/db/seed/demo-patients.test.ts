import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/test-database.js';
import type { Database } from '../connect.js';
import {
  careTeamMember,
  episode,
  inquiry,
  organization,
  patient,
  patientProblem,
  site,
  user,
} from '../schema/index.js';
import { DEMO_ORG_SLUG, demoEmail, seedDemo } from './demo.js';

describe('demo seed: a working program', () => {
  let database: Database;
  let orgId: string;
  beforeAll(async () => {
    // Its own database: the demo organization is seeded once per database.
    database = await openTestDatabase({ isolated: true });
    expect(await seedDemo(database.db, { password: 'haven-demo-2026' })).toBe(true);
    [{ id: orgId }] = (await database.db
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.slug, DEMO_ORG_SLUG))) as [{ id: string }];
  }, 60_000);
  afterAll(() => database.close());

  const db = () => database.db;

  it('seeds at least 40 fictional patients at every stage, with 555 phones and example.org emails', async () => {
    const patients = await db().select().from(patient).where(eq(patient.organizationId, orgId));
    expect(patients.length).toBeGreaterThanOrEqual(40);
    const withStatus = (status: string) => patients.filter((p) => p.status === status).length;
    expect(withStatus('pre-admission')).toBeGreaterThanOrEqual(5);
    expect(withStatus('active')).toBeGreaterThanOrEqual(20);
    expect(withStatus('discharged')).toBeGreaterThanOrEqual(5);
    for (const p of patients) {
      if (p.phone) expect(p.phone).toMatch(/555/);
      if (p.email) expect(p.email).toMatch(/@example\.org$/);
    }
    expect(new Set(patients.map((p) => p.mrn)).size).toBe(patients.length);
    expect(patients.some((p) => p.language === 'es')).toBe(true);
  });

  it('admits patients at both sites, at several levels of care, and discharges with reasons', async () => {
    const episodes = await db()
      .select({ e: episode, siteName: site.name, status: patient.status })
      .from(episode)
      .innerJoin(patient, eq(patient.id, episode.patientId))
      .leftJoin(site, eq(site.id, episode.siteId))
      .where(eq(episode.organizationId, orgId));
    expect(new Set(episodes.map((r) => r.siteName).filter(Boolean)).size).toBe(2);
    expect(
      [...new Set(episodes.filter((r) => r.status === 'active').map((r) => r.e.levelOfCare))].length,
    ).toBeGreaterThanOrEqual(3);
    const discharged = episodes.filter((r) => r.status === 'discharged');
    expect(discharged.length).toBeGreaterThanOrEqual(5);
    for (const r of discharged) {
      expect(r.e.dischargedAt).not.toBeNull();
      expect(r.e.dischargeReason).toMatch(/\w{4,}/);
    }
    for (const r of episodes.filter((x) => x.status === 'active')) expect(r.e.dischargedAt).toBeNull();
  });

  it('puts the demo counselor on the care team of some active patients and not of others', async () => {
    const [counselor] = await db()
      .select()
      .from(user)
      .where(eq(user.email, demoEmail('counselor')));
    const active = await db()
      .select({
        id: patient.id,
        mine: sql<boolean>`exists (select 1 from care_team_member c where c.patient_id = "patient"."id"
          and c.user_id = ${counselor!.id} and c.removed_at is null)`,
      })
      .from(patient)
      .where(and(eq(patient.organizationId, orgId), eq(patient.status, 'active')));
    expect(active.filter((p) => p.mine).length).toBeGreaterThanOrEqual(5);
    expect(active.filter((p) => !p.mine).length).toBeGreaterThanOrEqual(5);
    const teams = await db()
      .select()
      .from(careTeamMember)
      .where(and(eq(careTeamMember.organizationId, orgId), isNull(careTeamMember.removedAt)));
    expect(new Set(teams.map((m) => m.careRole))).toEqual(
      new Set(['primary-counselor', 'prescriber', 'nurse']),
    );
  });

  it('records opioid use disorder problems with F11.20, F11.21 and F11.23', async () => {
    const problems = await db().select().from(patientProblem).where(eq(patientProblem.organizationId, orgId));
    const codes = new Set(problems.map((p) => p.icd10Code));
    for (const code of ['F11.20', 'F11.21', 'F11.23']) expect(codes).toContain(code);
    const withAllergies = await db()
      .select({ id: patient.id })
      .from(patient)
      .where(and(eq(patient.organizationId, orgId), sql`jsonb_array_length(${patient.allergies}) > 0`));
    expect(withAllergies.length).toBeGreaterThanOrEqual(3);
  });

  it('fills the admissions queue: urgent today, one overdue, other statuses, converted inquiries', async () => {
    const rows = await db().select().from(inquiry).where(eq(inquiry.organizationId, orgId));
    const open = rows.filter((r) => r.patientId === null);
    expect(new Set(open.map((r) => r.status))).toEqual(
      new Set(['new', 'contacted', 'screened', 'referred-elsewhere', 'closed']),
    );
    expect(open.filter((r) => r.urgency === 'today' && r.status !== 'closed').length).toBeGreaterThanOrEqual(
      2,
    );
    const now = Date.now();
    const overdue = open.filter(
      (r) => ['new', 'contacted', 'screened'].includes(r.status) && r.followUpDueAt.getTime() < now,
    );
    expect(overdue).toHaveLength(1);
    const converted = rows.filter((r) => r.patientId !== null);
    expect(converted.some((r) => r.status === 'assessment-scheduled')).toBe(true);
    expect(converted.some((r) => r.status === 'admitted')).toBe(true);
  });

  it('seeds once: a second run changes nothing', async () => {
    const count = async () =>
      (
        await db()
          .select({ n: sql<number>`count(*)::int` })
          .from(patient)
          .where(eq(patient.organizationId, orgId))
      )[0]!.n;
    const before = await count();
    expect(await seedDemo(db(), { password: 'haven-demo-2026' })).toBe(false);
    expect(await count()).toBe(before);
    expect(await db().select().from(organization).where(eq(organization.slug, DEMO_ORG_SLUG))).toHaveLength(
      1,
    );
  });
});
