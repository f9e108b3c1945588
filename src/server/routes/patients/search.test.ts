import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestPatient, signIn } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, breakGlassGrant, patient } from '../../../db/schema/index.js';
import type { PatientSearchHit } from '../../../shared/patient-search.js';

describe('GET /api/v1/patients?q= (patient search)', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies = {} as Record<'director' | 'counselor' | 'nurse' | 'intake' | 'admin', string>;
  let john: Awaited<ReturnType<typeof createTestPatient>>;
  let joan: Awaited<ReturnType<typeof createTestPatient>>;
  let maria: Awaited<ReturnType<typeof createTestPatient>>;
  let waiting: Awaited<ReturnType<typeof createTestPatient>>;

  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['director', 'counselor', 'nurse', 'intake', 'admin']);
    for (const role of Object.keys(clinic.users) as (keyof typeof cookies)[]) {
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
    }
    const org = clinic.org.id;
    // A small caseload: the counselor treats John; the nurse treats nobody; Maria is not admitted yet.
    john = await createTestPatient(t.db, {
      organizationId: org,
      firstName: 'John',
      lastName: 'Smith',
      dateOfBirth: '1984-02-29',
      careTeam: [{ userId: clinic.users.counselor.id }],
    });
    await t.db.update(patient).set({ preferredName: 'Johnny' }).where(eq(patient.id, john.id));
    joan = await createTestPatient(t.db, {
      organizationId: org,
      firstName: 'Joan',
      lastName: 'Sims',
      dateOfBirth: '1984-02-29',
    });
    maria = await createTestPatient(t.db, {
      organizationId: org,
      firstName: 'María',
      lastName: 'Hernández-Ruiz',
      dateOfBirth: '1990-11-03',
      status: 'discharged',
    });
    waiting = await createTestPatient(t.db, {
      organizationId: org,
      firstName: 'Tomasz',
      lastName: 'Kowalczyk',
      dateOfBirth: '2001-07-15',
      status: 'pre-admission',
    });
  });
  afterAll(() => t.app.close());

  const search = async (role: keyof typeof cookies, q: string) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients?q=${encodeURIComponent(q)}`,
      headers: { cookie: cookies[role] },
    });
    return { res, patients: (res.statusCode === 200 ? res.json().patients : []) as PatientSearchHit[] };
  };

  it('forgives typos in a name and ranks the closest match first', async () => {
    const { res, patients } = await search('director', 'Jonh Smtih');
    expect(res.statusCode).toBe(200);
    expect(patients[0]).toEqual({
      id: john.id,
      displayName: 'Johnny Smith',
      legalName: 'John Smith',
      dateOfBirth: '1984-02-29',
      mrn: john.mrn,
      status: 'active',
      canOpen: true,
    });
    expect(patients.map((p) => p.id)).not.toContain(maria.id);
    expect((await search('director', 'smith')).patients.map((p) => p.legalName)).toEqual(['John Smith']);
    expect((await search('director', 'maria hernandez')).patients.map((p) => p.id)).toEqual([maria.id]);
    expect((await search('director', 'Kowalcyk')).patients.map((p) => p.id)).toEqual([waiting.id]);
    expect((await search('director', 'Zebulon Quartermaine')).patients).toEqual([]);
  });

  it('finds by date of birth in either format, in name order', async () => {
    const iso = await search('director', '1984-02-29');
    expect(iso.patients.map((p) => p.legalName)).toEqual(['Joan Sims', 'John Smith']);
    const us = await search('director', '2/29/1984');
    expect(us.patients.map((p) => p.id)).toEqual([joan.id, john.id]);
  });

  it('finds by exact MRN whatever the case, and never by part of one', async () => {
    expect((await search('director', john.mrn.toLowerCase())).patients.map((p) => p.id)).toEqual([john.id]);
    expect((await search('director', john.mrn)).patients.map((p) => p.id)).toEqual([john.id]);
    expect((await search('director', john.mrn.slice(0, -1))).patients).toEqual([]);
  });

  it('says whose chart each caller can open: care team, director, intake before admission, break-the-glass', async () => {
    const canOpen = async (role: keyof typeof cookies, q: string) =>
      Object.fromEntries((await search(role, q)).patients.map((p) => [p.legalName, p.canOpen]));
    expect(await canOpen('counselor', '1984-02-29')).toEqual({ 'John Smith': true, 'Joan Sims': false });
    expect(await canOpen('nurse', '1984-02-29')).toEqual({ 'John Smith': false, 'Joan Sims': false });
    expect(await canOpen('director', '1984-02-29')).toEqual({ 'John Smith': true, 'Joan Sims': true });
    expect(await canOpen('intake', 'kowalczyk')).toEqual({ 'Tomasz Kowalczyk': true });
    expect(await canOpen('intake', 'joan sims')).toMatchObject({ 'Joan Sims': false });
    // The nurse breaks the glass for Joan; an expired grant for John does not count.
    await t.db.insert(breakGlassGrant).values([
      {
        organizationId: clinic.org.id,
        patientId: joan.id,
        userId: clinic.users.nurse.id,
        reason: 'Found unresponsive in the waiting room',
        expiresAt: new Date(Date.now() + 60_000),
      },
      {
        organizationId: clinic.org.id,
        patientId: john.id,
        userId: clinic.users.nurse.id,
        reason: 'Earlier emergency',
        expiresAt: new Date(Date.now() - 60_000),
      },
    ]);
    expect(await canOpen('nurse', '1984-02-29')).toEqual({ 'John Smith': false, 'Joan Sims': true });
  });

  it('never shows patients of another organization', async () => {
    const other = await createTestClinic(t.db, ['director']);
    const stranger = await createTestPatient(t.db, {
      organizationId: other.org.id,
      firstName: 'John',
      lastName: 'Smith',
      dateOfBirth: '1984-02-29',
    });
    const { patients } = await search('director', 'john smith');
    expect(patients.map((p) => p.id)).toEqual([john.id]);
    expect((await search('director', stranger.mrn)).patients).toEqual([]);
  });

  it('audits each search as one patient.search event with the kind and count, never the text', async () => {
    const marker = `Smtih${randomUUID().slice(0, 4)}`;
    await search('counselor', `Jonh ${marker}`);
    const [row] = await t.db
      .select()
      .from(auditEvent)
      .where(
        and(eq(auditEvent.actorUserId, clinic.users.counselor.id), eq(auditEvent.action, 'patient.search')),
      )
      .orderBy(desc(auditEvent.id))
      .limit(1);
    expect(row).toMatchObject({
      action: 'patient.search',
      outcome: 'success',
      resourceType: 'patient',
      patientId: null,
      organizationId: clinic.org.id,
      details: { kind: 'name', resultCount: expect.any(Number) },
    });
    expect(Object.keys(row!.details as object).sort()).toEqual(['kind', 'resultCount']);
    expect(JSON.stringify(row).toLowerCase()).not.toContain(marker.toLowerCase());
    await search('counselor', '1984-02-29');
    const [dob] = await t.db
      .select()
      .from(auditEvent)
      .where(
        and(eq(auditEvent.actorUserId, clinic.users.counselor.id), eq(auditEvent.action, 'patient.search')),
      )
      .orderBy(desc(auditEvent.id))
      .limit(1);
    expect(dob!.details).toEqual({ kind: 'dob', resultCount: 2 });
  });

  it('answers a search it cannot run with a 400 that says what to type', async () => {
    const short = await search('director', 'J');
    expect(short.res.statusCode).toBe(400);
    expect(short.res.json().error.fields).toEqual({ q: 'Type at least 2 characters.' });
    const badDate = await search('director', '02/30/1990');
    expect(badDate.res.statusCode).toBe(400);
    expect(badDate.res.json().error.message).toBe(
      '02/30/1990 is not a possible date of birth. Use YYYY-MM-DD or MM/DD/YYYY.',
    );
  });

  it('lists names that start with what was typed first (surnames, given names, other words), then look-alikes', async () => {
    // Its own organization, so the other tests' patients do not mix in.
    const own = await createTestClinic(t.db, ['director']);
    const cookie = (await signIn(t, own.users.director.email)).cookie;
    const add = (firstName: string, lastName: string) =>
      createTestPatient(t.db, { organizationId: own.org.id, firstName, lastName, dateOfBirth: '1970-01-01' });
    await add('Ana', 'Smithers');
    await add('Smith', 'Carter');
    await add('Ann', 'Smyth');
    await add('Rosa', 'Ortega-Smith');
    await add('Bea', 'Quinn');
    const names = async (q: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url: `/api/v1/patients?q=${encodeURIComponent(q)}`,
        headers: { cookie },
      });
      expect(res.statusCode).toBe(200);
      return (res.json().patients as PatientSearchHit[]).map((p) => p.legalName);
    };
    // Surname starts with it, then given name, then another word of the name; Smyth is not close enough
    // (word similarity 0.33) and loose matches are looked for only when nothing else is found.
    expect(await names('smith')).toEqual(['Ana Smithers', 'Smith Carter', 'Rosa Ortega-Smith']);
    // Fewer than the limit start with it: close matches follow ("smi" is half of Smyth's trigrams).
    expect(await names('SMI')).toEqual(['Ana Smithers', 'Smith Carter', 'Rosa Ortega-Smith', 'Ann Smyth']);
    expect(await names('smyht')).toEqual(['Ann Smyth']);
    // A misspelling: close matches, best first (ties by surname).
    expect(await names('smiht')).toEqual(['Smith Carter', 'Ana Smithers', 'Rosa Ortega-Smith']);
    // Several words: each starts a word of the name.
    expect(await names('ann smy')).toEqual(['Ann Smyth']);
    // Two letters that start nothing find nothing (no loose guessing on so little).
    expect(await names('zq')).toEqual([]);
  });

  it('refuses administrators (they run the system, they do not look up patients)', async () => {
    expect((await search('admin', 'smith')).res.statusCode).toBe(403);
  });
});
