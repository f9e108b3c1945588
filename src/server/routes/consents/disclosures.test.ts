import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentBody, pdfText, RIVERA, releaseBody } from '../../../../test/support/consents.js';
import {
  createTestClinic,
  createTestPatient,
  createTestUser,
  signIn,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, disclosure, patient, patientProblem } from '../../../db/schema/index.js';
import {
  FULL_NOTICE_TEXT,
  REDISCLOSURE_NOTICE_VERSION,
  SHORT_NOTICE_TEXT,
} from '../../../domain/consent/redisclosure-notice.js';
import type { CreateConsentRequest, DiscloseRequest, DisclosureList } from '../../../shared/consents.js';

describe('disclosures API (42 CFR 2.31-2.32, 2.25)', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies = {} as Record<'counselor' | 'nurse' | 'director', string>;
  let outsiderCookie: string;

  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['counselor', 'nurse', 'director']);
    for (const role of ['counselor', 'nurse', 'director'] as const) {
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
    }
    const other = await createTestUser(t.db, { organizationId: clinic.org.id, role: 'counselor' });
    outsiderCookie = (await signIn(t, other.email)).cookie;
  });
  afterAll(() => t.app.close());

  /** A patient on the counselor's and nurse's care team, with the given consents signed. */
  const patientWith = async (...consents: Partial<CreateConsentRequest>[]) => {
    const p = await createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }, { userId: clinic.users.nurse.id }],
    });
    const name = `${p.legalFirstName} ${p.legalLastName}`;
    const ids: string[] = [];
    for (const over of consents) {
      const res = await t.app.inject({
        method: 'POST',
        url: `/api/v1/patients/${p.id}/consents`,
        headers: { cookie: cookies.counselor },
        payload: consentBody(name, over),
      });
      expect(res.statusCode).toBe(201);
      ids.push(res.json().id);
    }
    return { ...p, name, consentIds: ids };
  };
  const disclose = (patientId: string, body: DiscloseRequest, cookie = cookies.counselor) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/disclosures`,
      headers: { cookie },
      payload: body,
    });
  const accounting = async (patientId: string, cookie = cookies.counselor) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${patientId}/disclosures?years=3`,
      headers: { cookie },
    });
    expect(res.statusCode).toBe(200);
    return res.json() as DisclosureList;
  };
  const refusal = async (patientId: string, body: DiscloseRequest) => {
    const res = await disclose(patientId, body);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('DISCLOSURE_REFUSED');
    expect((await accounting(patientId)).disclosures).toEqual([]);
    return res.json().error.reasons as string[];
  };

  it('releases records under a consent: notice version recorded, audited, in the accounting, as a PDF', async () => {
    const p = await patientWith({});
    await t.db
      .update(patient)
      .set({ medications: [{ name: 'Buprenorphine-naloxone', dose: '16 mg daily' }] })
      .where(eq(patient.id, p.id));
    await t.db.insert(patientProblem).values({
      organizationId: clinic.org.id,
      patientId: p.id,
      icd10Code: 'F11.20',
      description: 'Opioid use disorder, moderate or severe',
    });
    const res = await disclose(p.id, releaseBody({ informationCategories: ['medications', 'diagnosis'] }));
    expect(res.statusCode).toBe(201);
    const { disclosureId, pdfUrl } = res.json();
    expect(pdfUrl).toBe(`/api/v1/patients/${p.id}/disclosures/${disclosureId}/pdf`);

    const [row] = await t.db.select().from(disclosure).where(eq(disclosure.id, disclosureId));
    expect(row).toMatchObject({
      consentId: p.consentIds[0],
      recipientName: RIVERA,
      purpose: 'treatment',
      informationCategories: ['medications', 'diagnosis'],
      format: 'pdf',
      noticeVersion: REDISCLOSURE_NOTICE_VERSION,
      noticeText: FULL_NOTICE_TEXT,
      disclosedBy: clinic.users.counselor.id,
    });
    const audit = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'patient.disclose')));
    expect(audit.map((a) => [a.outcome, a.purpose, a.resourceId])).toEqual([
      ['success', 'TREAT', disclosureId],
    ]);

    const list = await accounting(p.id);
    expect(list.disclosures).toEqual([
      expect.objectContaining({
        id: disclosureId,
        recipientName: RIVERA,
        basis: 'consent',
        consentId: p.consentIds[0],
        noticeVersion: REDISCLOSURE_NOTICE_VERSION,
        description: 'Medications and allergies, Diagnoses (problem list)',
        disclosedBy: 'Test counselor',
      }),
    ]);

    const pdf = await t.app.inject({ method: 'GET', url: pdfUrl, headers: { cookie: cookies.counselor } });
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    const squash = (s: string) => s.replace(/\s+/g, '');
    expect(text).toContain(squash(SHORT_NOTICE_TEXT));
    expect(text).toContain(squash(FULL_NOTICE_TEXT.slice(0, 120)));
    expect(text).toContain(squash('Buprenorphine-naloxone, 16 mg daily'));
    expect(text).toContain('F11.20');
    expect(text).toContain(squash(p.name));
    const pdfReads = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.resourceId, disclosureId), eq(auditEvent.action, 'disclosure.read')));
    expect(pdfReads.map((a) => a.outcome)).toEqual(['success']);
  });

  it('refuses when the patient has signed no consent', async () => {
    const p = await patientWith();
    expect(await refusal(p.id, releaseBody())).toEqual(['The patient has signed no consent to disclose.']);
    const denied = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'disclosure.create')));
    expect(denied.map((a) => [a.outcome, (a.details as { recipientName: string }).recipientName])).toEqual([
      ['denied', RIVERA],
    ]);
  });

  it('refuses a recipient the consent does not name', async () => {
    const p = await patientWith({});
    expect(await refusal(p.id, releaseBody({ recipientName: 'Acme Employer' }))).toEqual([
      'No consent in force names Acme Employer as a recipient.',
    ]);
  });

  it('refuses a purpose the consent does not cover', async () => {
    const p = await patientWith({});
    expect(await refusal(p.id, releaseBody({ purpose: 'payment' }))).toEqual([
      `No consent for ${RIVERA} covers the purpose "payment".`,
    ]);
  });

  it('refuses information the consent does not cover', async () => {
    const p = await patientWith({});
    expect(
      await refusal(p.id, releaseBody({ informationCategories: ['medications', 'drug-screens'] })),
    ).toEqual(['The consent does not cover: drug-screens.']);
  });

  it('refuses counselling notes without their own consent, and releases them with it', async () => {
    const p = await patientWith({});
    const body = releaseBody({ informationCategories: ['counseling-notes'] });
    expect(await refusal(p.id, body)).toContain(
      'Counselling notes need their own consent; none is in force.',
    );
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${p.id}/consents`,
      headers: { cookie: cookies.counselor },
      payload: consentBody(p.name, {
        kind: 'counseling-notes',
        informationCategories: ['counseling-notes'],
        informationDescription: 'Notes from my individual counselling sessions in 2026',
      }),
    });
    expect((await disclose(p.id, body)).statusCode).toBe(201);
  });

  it('blocks use in proceedings against the patient without a court order or the specific consent', async () => {
    const p = await patientWith({});
    const legal = releaseBody({ recipientName: 'County Court', againstPatientInProceedings: true });
    expect(await refusal(p.id, legal)).toEqual([
      'Records may not be used in proceedings against the patient without the patient’s specific consent for that use or a court order under 42 CFR part 2 subpart E.',
    ]);
    // Even a consent that names the recipient does not cover proceedings unless it is a legal-proceedings consent.
    const named = await patientWith({ recipient: { type: 'named', name: 'County Court' } });
    expect(await refusal(named.id, legal)).toHaveLength(1);

    // A typed reference is no court order: the release must name one recorded for the patient
    // (court-orders.test.ts covers recording them and every refusal).
    const typed = await disclose(p.id, {
      ...legal,
      purpose: 'legal-proceedings',
      courtOrderId: 'CO-2026-0142',
    });
    expect(typed.statusCode).toBe(400);
    expect(typed.json().error.fields).toHaveProperty('courtOrderId');
    const order = await t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${p.id}/court-orders`,
      headers: { cookie: cookies.counselor },
      payload: {
        section: '2.64',
        court: 'County Court',
        caseNumber: 'CO-2026-0142',
        orderDate: '2026-01-05',
        informationCategories: ['medications'],
        informationDescription: 'The current medication list',
        recipientName: 'County Court',
        purpose: 'Evidence in case CO-2026-0142',
        oneTime: true,
      },
    });
    expect(order.statusCode).toBe(201);
    const ordered = await disclose(p.id, {
      ...legal,
      purpose: 'legal-proceedings',
      courtOrderId: order.json().id,
    });
    expect(ordered.statusCode).toBe(201);
    const [entry] = (await accounting(p.id)).disclosures;
    expect(entry).toMatchObject({
      basis: 'court-order',
      consentId: null,
      recipientName: 'County Court',
      courtOrder: { id: order.json().id, court: 'County Court', caseNumber: 'CO-2026-0142' },
    });
    const audit = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'patient.disclose')));
    expect(audit.map((a) => a.purpose)).toEqual(['HLEGAL']);
  });

  it('keeps the accounting to the requested years, newest first', async () => {
    const p = await patientWith({});
    const first = (await disclose(p.id, releaseBody())).json().disclosureId;
    const second = (await disclose(p.id, releaseBody({ informationCategories: ['diagnosis'] }))).json()
      .disclosureId;
    await t.db
      .update(disclosure)
      .set({ disclosedAt: new Date(Date.now() - 4 * 365 * 86_400_000) })
      .where(eq(disclosure.id, first));
    const list = await accounting(p.id);
    expect(list.disclosures.map((d) => d.id)).toEqual([second]);
    const five = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/disclosures?years=5`,
      headers: { cookie: cookies.counselor },
    });
    expect(five.json().disclosures.map((d: { id: string }) => d.id)).toEqual([second, first]);
  });

  it('refuses outsiders (audited) and roles without disclosure:create', async () => {
    const p = await patientWith({});
    const outsider = await disclose(p.id, releaseBody(), outsiderCookie);
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.code).toBe('NOT_ON_CARE_TEAM');
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/disclosures`,
      headers: { cookie: outsiderCookie },
    });
    expect(read.statusCode).toBe(403);
    // The nurse treats the patient and may read the accounting, but may not release records.
    expect((await disclose(p.id, releaseBody(), cookies.nurse)).statusCode).toBe(403);
    expect((await accounting(p.id, cookies.nurse)).disclosures).toEqual([]);
    const denied = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.outcome, 'denied')));
    expect(denied.map((a) => a.action).sort()).toEqual(['disclosure.create', 'disclosure.read']);
    // A disclosure of another patient is not found through this patient.
    const other = await patientWith({});
    const id = (await disclose(other.id, releaseBody())).json().disclosureId;
    const cross = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/disclosures/${id}/pdf`,
      headers: { cookie: cookies.counselor },
    });
    expect(cross.statusCode).toBe(404);
  });
  it('shows the patient their own accounting (patient app), and nothing when no chart links to the login', async () => {
    const p = await patientWith({});
    const released = (await disclose(p.id, releaseBody())).json().disclosureId;
    const login = await createTestUser(t.db, { organizationId: clinic.org.id, role: 'patient' });
    const cookie = (await signIn(t, login.email)).cookie;
    const mine = () => t.app.inject({ method: 'GET', url: '/api/v1/me/disclosures', headers: { cookie } });
    expect((await mine()).json().disclosures).toEqual([]);

    await t.db.update(patient).set({ userId: login.id }).where(eq(patient.id, p.id));
    const res = await mine();
    expect(res.statusCode).toBe(200);
    expect(
      res.json().disclosures.map((d: { id: string; recipientName: string }) => [d.id, d.recipientName]),
    ).toEqual([[released, RIVERA]]);
    const audit = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.actorUserId, login.id)));
    expect(audit.map((a) => [a.action, a.outcome, a.purpose])).toEqual([
      ['disclosure.read', 'success', 'PATRQT'],
    ]);
    // Staff routes stay closed to the patient login.
    const staffView = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/disclosures`,
      headers: { cookie },
    });
    expect(staffView.statusCode).toBe(403);
  });
});
