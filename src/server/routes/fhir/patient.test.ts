import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestPatient, signIn } from '../../../../test/support/factories.js';
import { loadFhirValidator } from '../../../../test/support/fhir-validator.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, breakGlassGrant, patient } from '../../../db/schema/index.js';

const FHIR = 'application/fhir+json; charset=utf-8';

describe('FHIR R4 Patient', () => {
  let t: TestApp;
  let validate: Awaited<ReturnType<typeof loadFhirValidator>>;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies = {} as Record<'director' | 'counselor' | 'nurse' | 'intake' | 'admin', string>;
  let ana: Awaited<ReturnType<typeof createTestPatient>>;
  let ben: Awaited<ReturnType<typeof createTestPatient>>;
  let cleo: Awaited<ReturnType<typeof createTestPatient>>;

  beforeAll(async () => {
    [t, validate] = await Promise.all([createTestApp(), loadFhirValidator()]);
    clinic = await createTestClinic(t.db, ['director', 'counselor', 'nurse', 'intake', 'admin']);
    for (const role of Object.keys(clinic.users) as (keyof typeof cookies)[]) {
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
    }
    const org = clinic.org.id;
    // The counselor treats Ana (full demographics) and Ben; Cleo is waiting for admission.
    ana = await createTestPatient(t.db, {
      organizationId: org,
      firstName: 'Anabel',
      lastName: 'Quintero',
      dateOfBirth: '1979-08-14',
      careTeam: [{ userId: clinic.users.counselor.id }],
    });
    await t.db
      .update(patient)
      .set({
        preferredName: 'Ana',
        language: 'es',
        phone: '(555) 010-4417',
        email: 'ana.quintero@example.org',
        address: { line1: '12 Example Lane', city: 'Springfield', state: 'IL', postalCode: '62704' },
        emergencyContact: { name: 'Rosa Quintero', relationship: 'Sister', phone: '(555) 010-4418' },
      })
      .where(eq(patient.id, ana.id));
    ben = await createTestPatient(t.db, {
      organizationId: org,
      firstName: 'Benedict',
      lastName: 'Quist',
      dateOfBirth: '1979-02-02',
      status: 'discharged',
      careTeam: [{ userId: clinic.users.counselor.id }],
    });
    cleo = await createTestPatient(t.db, {
      organizationId: org,
      firstName: 'Cleo',
      lastName: 'Quayle',
      dateOfBirth: '1999-12-31',
      status: 'pre-admission',
    });
  });
  afterAll(() => t.app.close());

  const get = (role: keyof typeof cookies | null, url: string) =>
    t.app.inject({ method: 'GET', url, headers: role ? { cookie: cookies[role] } : {} });

  it('reads a chart the caller treats as a valid Patient with Part 2 labels, audited like the chart', async () => {
    const res = await get('counselor', `/fhir/R4/Patient/${ana.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(FHIR);
    const resource = res.json();
    expect(() => validate(resource)).not.toThrow();
    expect(resource).toMatchObject({
      resourceType: 'Patient',
      id: ana.id,
      active: true,
      birthDate: '1979-08-14',
      identifier: [{ system: `urn:haven:${clinic.org.id}:mrn`, value: ana.mrn }],
      name: [
        { use: 'official', family: 'Quintero', given: ['Anabel'] },
        { use: 'usual', family: 'Quintero', given: ['Ana'] },
      ],
      telecom: [
        { system: 'phone', value: '(555) 010-4417' },
        { system: 'email', value: 'ana.quintero@example.org' },
      ],
      address: [{ line: ['12 Example Lane'], city: 'Springfield', state: 'IL', postalCode: '62704' }],
      communication: [{ language: { coding: [{ system: 'urn:ietf:bcp:47', code: 'es' }] }, preferred: true }],
      contact: [{ name: { text: 'Rosa Quintero' }, telecom: [{ system: 'phone', value: '(555) 010-4418' }] }],
    });
    expect(resource.gender).toBeUndefined();
    expect(resource.meta.security.map((c: { code: string }) => c.code)).toEqual([
      'R',
      '42CFRPart2',
      'ETH',
      'NORDSCLCD',
    ]);
    const [row] = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, ana.id), eq(auditEvent.actorUserId, clinic.users.counselor.id)))
      .orderBy(desc(auditEvent.id))
      .limit(1);
    expect(row).toMatchObject({
      action: 'patient.read',
      outcome: 'success',
      purpose: 'TREAT',
      details: { interface: 'fhir', basis: 'care-team' },
    });
  });

  it('refuses a nurse outside the care team with a 403 OperationOutcome (audited), until she breaks the glass', async () => {
    const refused = await get('nurse', `/fhir/R4/Patient/${ana.id}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toBe(FHIR);
    const outcome = refused.json();
    expect(() => validate(outcome)).not.toThrow();
    expect(outcome).toMatchObject({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'forbidden' }],
    });
    expect(outcome.issue[0].diagnostics).toMatch(/not on this patient’s care team/);
    await t.db.insert(breakGlassGrant).values({
      organizationId: clinic.org.id,
      patientId: ana.id,
      userId: clinic.users.nurse.id,
      reason: 'Overdose in the parking lot',
      expiresAt: new Date(Date.now() + 60_000),
    });
    expect((await get('nurse', `/fhir/R4/Patient/${ana.id}`)).statusCode).toBe(200);
    const rows = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, ana.id), eq(auditEvent.actorUserId, clinic.users.nurse.id)))
      .orderBy(auditEvent.id);
    expect(rows.map((r) => [r.outcome, r.purpose])).toEqual([
      ['denied', null],
      ['success', 'ETREAT'],
    ]);
  });

  it('answers 404 OperationOutcomes for unknown ids and other organizations’ patients, 400 for malformed ids', async () => {
    const other = await createTestClinic(t.db, ['director']);
    const stranger = await createTestPatient(t.db, { organizationId: other.org.id });
    for (const id of [stranger.id, '00000000-0000-4000-8000-000000000000']) {
      const res = await get('director', `/fhir/R4/Patient/${id}`);
      expect(res.statusCode).toBe(404);
      const outcome = res.json();
      expect(() => validate(outcome)).not.toThrow();
      expect(outcome).toMatchObject({
        issue: [{ code: 'not-found', diagnostics: 'No such patient in your organization.' }],
      });
    }
    const bad = await get('director', '/fhir/R4/Patient/not-a-uuid');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'invalid' }] });
  });

  it('asks anonymous callers to sign in, and refuses administrators, both as OperationOutcomes', async () => {
    const anon = await get(null, `/fhir/R4/Patient/${ana.id}`);
    expect(anon.statusCode).toBe(401);
    expect(anon.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'login' }] });
    const admin = await get('admin', `/fhir/R4/Patient?name=qu`);
    expect(admin.statusCode).toBe(403);
    expect(admin.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'forbidden' }] });
  });

  it('searches by name, birthdate and identifier, returning a valid searchset of charts the caller may open', async () => {
    const bundleOf = async (role: keyof typeof cookies, query: string) => {
      const res = await get(role, `/fhir/R4/Patient?${query}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(FHIR);
      const bundle = res.json();
      expect(() => validate(bundle)).not.toThrow();
      return bundle;
    };
    const ids = (bundle: { entry?: { resource: { id: string } }[] }) =>
      (bundle.entry ?? []).map((e) => e.resource.id);

    const director = await bundleOf('director', 'name=QU');
    expect(director).toMatchObject({ resourceType: 'Bundle', type: 'searchset', total: 3 });
    expect(ids(director)).toEqual([cleo.id, ana.id, ben.id]); // Quayle, Quintero, Quist
    expect(director.entry[0]).toMatchObject({
      fullUrl: `http://localhost:80/fhir/R4/Patient/${cleo.id}`,
      search: { mode: 'match' },
    });
    // The counselor treats Ana and Ben; intake sees Cleo, who is not admitted yet; the nurse (glass broken for Ana) sees Ana.
    expect(ids(await bundleOf('counselor', 'name=qu'))).toEqual([ana.id, ben.id]);
    expect(ids(await bundleOf('intake', 'name=qu'))).toEqual([cleo.id]);
    expect(ids(await bundleOf('nurse', 'name=qu'))).toEqual([ana.id]);

    expect(ids(await bundleOf('director', 'name=ana%20quin'))).toEqual([ana.id]);
    expect(ids(await bundleOf('director', 'birthdate=1979-08-14'))).toEqual([ana.id]);
    expect(ids(await bundleOf('counselor', 'birthdate=1979'))).toEqual([ana.id, ben.id]);
    expect(ids(await bundleOf('director', `identifier=${ana.mrn}`))).toEqual([ana.id]);
    // One number whatever the case it is typed in (MRNs are unique in any case).
    expect(ids(await bundleOf('director', `identifier=${ana.mrn.toLowerCase()}`))).toEqual([ana.id]);
    expect(
      ids(
        await bundleOf(
          'director',
          `identifier=${encodeURIComponent(`urn:haven:${clinic.org.id}:mrn|${ben.mrn}`)}`,
        ),
      ),
    ).toEqual([ben.id]);
    const otherSystem = await bundleOf(
      'director',
      `identifier=${encodeURIComponent(`http://example.org/mrn|${ben.mrn}`)}`,
    );
    expect(otherSystem).toMatchObject({ total: 0 });
    expect(otherSystem.entry).toBeUndefined();
    expect(ids(await bundleOf('director', 'name=qu&_count=2'))).toEqual([cleo.id, ana.id]);
    expect((await bundleOf('director', 'name=qu&_count=2')).total).toBeUndefined();
  });

  it('audits a search as one patient.search event with parameter names and count, never values', async () => {
    await get('counselor', '/fhir/R4/Patient?name=quintero&birthdate=1979');
    const [row] = await t.db
      .select()
      .from(auditEvent)
      .where(
        and(eq(auditEvent.actorUserId, clinic.users.counselor.id), eq(auditEvent.action, 'patient.search')),
      )
      .orderBy(desc(auditEvent.id))
      .limit(1);
    expect(row!.details).toEqual({ interface: 'fhir', params: ['name', 'birthdate'], resultCount: 1 });
    expect(JSON.stringify(row)).not.toMatch(/quintero/i);
  });

  it('answers unusable search parameters with a 400 OperationOutcome that says what to send', async () => {
    const res = await get('director', '/fhir/R4/Patient?birthdate=last-tuesday');
    expect(res.statusCode).toBe(400);
    const outcome = res.json();
    expect(() => validate(outcome)).not.toThrow();
    expect(outcome.issue[0]).toMatchObject({ code: 'invalid' });
    expect(outcome.issue[0].diagnostics).toMatch(/Use YYYY-MM-DD/);
  });
});
