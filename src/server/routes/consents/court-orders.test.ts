import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText, releaseBody } from '../../../../test/support/consents.js';
import {
  createTestClinic,
  createTestPatient,
  createTestUser,
  signIn,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, courtOrder, disclosure } from '../../../db/schema/index.js';
import type {
  CourtOrderView,
  CreateCourtOrderRequest,
  DiscloseRequest,
  DisclosureList,
} from '../../../shared/consents.js';

const COURT = 'Sangamon County Circuit Court';
const LEGAL_REASON =
  'Records may not be used in proceedings against the patient without the patient’s specific consent for that use or a court order under 42 CFR part 2 subpart E.';

/** A complete § 2.64 order authorizing attendance and drug screens to the court until 2099; override any element. */
const orderBody = (over: Partial<CreateCourtOrderRequest> = {}): CreateCourtOrderRequest => ({
  section: '2.64',
  court: COURT,
  caseNumber: '2026-FA-0113',
  orderDate: '2026-11-20',
  judge: 'Hon. A. Example',
  informationCategories: ['attendance', 'drug-screens'],
  informationDescription: 'Attendance and drug screen results from June to November 2026',
  recipientName: COURT,
  purpose: 'Evidence in the custody hearing set for 2027-01-15',
  expiresOn: '2099-12-31',
  oneTime: false,
  ...over,
});

/** A release for use in a proceeding against the patient, to the court. */
const legalRelease = (over: Partial<DiscloseRequest> = {}): DiscloseRequest =>
  releaseBody({
    recipientName: COURT,
    purpose: 'legal-proceedings',
    informationCategories: ['attendance'],
    againstPatientInProceedings: true,
    ...over,
  });

describe('court orders (42 CFR part 2 subpart E) and releases under them', () => {
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

  const newPatient = () =>
    createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }, { userId: clinic.users.nurse.id }],
    });
  const record = (patientId: string, body: object, cookie = cookies.counselor) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/court-orders`,
      headers: { cookie },
      payload: body,
    });
  const recorded = async (patientId: string, over: Partial<CreateCourtOrderRequest> = {}) => {
    const res = await record(patientId, orderBody(over));
    expect(res.statusCode).toBe(201);
    return res.json() as CourtOrderView;
  };
  const list = (patientId: string, cookie = cookies.counselor) =>
    t.app.inject({ method: 'GET', url: `/api/v1/patients/${patientId}/court-orders`, headers: { cookie } });
  const disclose = (patientId: string, body: DiscloseRequest) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1/patients/${patientId}/disclosures`,
      headers: { cookie: cookies.counselor },
      payload: body,
    });
  const accounting = async (patientId: string) =>
    (
      await t.app.inject({
        method: 'GET',
        url: `/api/v1/patients/${patientId}/disclosures`,
        headers: { cookie: cookies.counselor },
      })
    ).json() as DisclosureList;
  /** The refusal reasons of a release that must not go out; nothing reaches the accounting. */
  const refusal = async (patientId: string, body: DiscloseRequest) => {
    const res = await disclose(patientId, body);
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('DISCLOSURE_REFUSED');
    expect((await accounting(patientId)).disclosures).toEqual([]);
    return res.json().error.reasons as string[];
  };

  it('records an order from the paper (audited without court or case), lists it, and shows it on the timeline', async () => {
    const p = await newPatient();
    const scan = `data:application/pdf;base64,${Buffer.from('%PDF-1.4 signed order').toString('base64')}`;
    const res = await record(p.id, orderBody({ scan, recipientName: `  ${COURT} ` }));
    expect(res.statusCode).toBe(201);
    const view = res.json() as CourtOrderView;
    expect(view).toMatchObject({
      section: '2.64',
      status: 'active',
      court: COURT,
      caseNumber: '2026-FA-0113',
      orderDate: '2026-11-20',
      judge: 'Hon. A. Example',
      informationCategories: ['attendance', 'drug-screens'],
      recipientName: COURT,
      expiresAt: '2099-12-31T23:59:59.999Z',
      oneTime: false,
      firstUsedAt: null,
      hasScan: true,
      recordedBy: 'Test counselor',
    });
    const [row] = await t.db.select().from(courtOrder).where(eq(courtOrder.id, view.id));
    expect(row).toMatchObject({ patientId: p.id, organizationId: clinic.org.id, scan });

    const audit = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'court-order.create')));
    expect(audit.map((a) => [a.outcome, a.resourceId, a.details])).toEqual([
      ['success', view.id, { section: '2.64', oneTime: false, hasScan: true, basis: 'care-team' }],
    ]);
    expect(JSON.stringify(audit)).not.toContain('2026-FA-0113');

    // The director may see the orders (consent:read), the nurse on the care team may record them too.
    const seen = await list(p.id, cookies.director);
    expect(seen.statusCode).toBe(200);
    expect(seen.json().courtOrders.map((o: CourtOrderView) => o.id)).toEqual([view.id]);
    const byNurse = await record(
      p.id,
      orderBody({ caseNumber: '2026-FA-0114', orderDate: '2026-11-21' }),
      cookies.nurse,
    );
    expect(byNurse.statusCode).toBe(201);
    expect(byNurse.json().recordedBy).toBe('Test nurse');
    const listed = (await list(p.id)).json().courtOrders as CourtOrderView[];
    expect(listed.map((o) => o.caseNumber)).toEqual(['2026-FA-0114', '2026-FA-0113']);

    const timeline = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/timeline?kind=court-order`,
      headers: { cookie: cookies.counselor },
    });
    expect(timeline.json().items.map((i: { event: string; title: string }) => [i.event, i.title])).toEqual([
      ['recorded', `${COURT} 2026-FA-0114`],
      ['recorded', `${COURT} 2026-FA-0113`],
    ]);
  });

  it('serves the order’s scan as its PDF to those who may open the chart, and says when there is none', async () => {
    const p = await newPatient();
    const pdf = Buffer.from('%PDF-1.4 signed order');
    const withScan = await recorded(p.id, { scan: `data:application/pdf;base64,${pdf.toString('base64')}` });
    const withoutScan = await recorded(p.id, { caseNumber: '2026-FA-0200' });
    const get = (orderId: string, cookie = cookies.director) =>
      t.app.inject({
        method: 'GET',
        url: `/api/v1/patients/${p.id}/court-orders/${orderId}/scan`,
        headers: { cookie },
      });

    const res = await get(withScan.id);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="court-order-${withScan.id}.pdf"`);
    expect(res.rawPayload.equals(pdf)).toBe(true);
    // A file a browser renders gets the pages' security headers, not the JSON API's.
    expect(res.headers['content-security-policy']).toContain("object-src 'none'");
    expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect((await get(withScan.id, outsiderCookie)).statusCode).toBe(403);
    const none = await get(withoutScan.id);
    expect(none.statusCode).toBe(404);
    expect(none.json().error.message).toBe('No scan was recorded with this court order.');

    const reads = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.resourceId, withScan.id), eq(auditEvent.action, 'court-order.read')));
    expect(reads.map((r) => [r.outcome, r.resourceType, r.details])).toEqual([
      ['success', 'court_order', { part: 'scan', basis: 'site-role' }],
      ['denied', 'court_order', { reason: 'no-care-relationship' }],
    ]);
  });

  it('names every missing element of an incomplete order, and refuses one already expired', async () => {
    const p = await newPatient();
    const empty = await record(p.id, {});
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.code).toBe('COURT_ORDER_INCOMPLETE');
    expect(Object.keys(empty.json().error.fields).sort()).toEqual(
      [
        'caseNumber',
        'court',
        'expiresOn',
        'informationCategories',
        'informationDescription',
        'orderDate',
        'purpose',
        'recipientName',
        'section',
      ].sort(),
    );
    const expired = await record(p.id, orderBody({ orderDate: '2025-01-02', expiresOn: '2025-06-30' }));
    expect(expired.json().error.fields).toEqual({
      expiresOn: 'This order has already expired; releases cannot rely on it.',
    });
    const badScan = await record(p.id, orderBody({ scan: 'data:image/png;base64,aGVsbG8=' }));
    expect(badScan.json().error.fields).toEqual({
      scan: 'The file is not the PDF or image it claims to be.',
    });
    const section = await record(p.id, orderBody({ section: '2.67' as never }));
    expect(section.statusCode).toBe(400);
    expect(section.json().error.fields).toHaveProperty('section');
    expect((await list(p.id)).json().courtOrders).toEqual([]);
  });

  it('lets only the care team and roles that manage consents record orders (refusals audited)', async () => {
    const p = await newPatient();
    const director = await record(p.id, orderBody(), cookies.director);
    expect(director.statusCode).toBe(403);
    const outsider = await record(p.id, orderBody(), outsiderCookie);
    expect(outsider.statusCode).toBe(403);
    expect(outsider.json().error.code).toBe('NOT_ON_CARE_TEAM');
    expect((await list(p.id, outsiderCookie)).statusCode).toBe(403);
    const denied = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.outcome, 'denied')));
    expect(denied.map((a) => a.action).sort()).toEqual(['court-order.create', 'court-order.read']);
    expect((await list(p.id)).json().courtOrders).toEqual([]);
  });

  it('refuses a release for proceedings against the patient without the specific consent or a recorded order', async () => {
    const p = await newPatient();
    expect(await refusal(p.id, legalRelease())).toEqual([LEGAL_REASON]);
    // With an order on file the refusal says where to look.
    await recorded(p.id);
    expect(await refusal(p.id, legalRelease())).toEqual([
      LEGAL_REASON,
      'A court order is on file for this patient: choose it if it authorizes this release.',
    ]);
    // An order recorded for another patient does not reach this one.
    const other = await newPatient();
    const elsewhere = await recorded(other.id);
    expect(await refusal(p.id, legalRelease({ courtOrderId: elsewhere.id }))).toEqual([
      'The chosen court order is not on file for this patient. Record the order first.',
    ]);
  });

  it('releases under a matching order in force: accounting, audit and the PDF name the order', async () => {
    const p = await newPatient();
    const order = await recorded(p.id);
    const res = await disclose(p.id, legalRelease({ courtOrderId: order.id }));
    expect(res.statusCode).toBe(201);
    const { disclosureId, pdfUrl } = res.json();

    const [row] = await t.db.select().from(disclosure).where(eq(disclosure.id, disclosureId));
    expect(row).toMatchObject({ consentId: null, courtOrderId: order.id, courtOrderReference: null });
    expect((await accounting(p.id)).disclosures).toEqual([
      expect.objectContaining({
        id: disclosureId,
        basis: 'court-order',
        consentId: null,
        courtOrder: { id: order.id, court: COURT, caseNumber: '2026-FA-0113' },
      }),
    ]);
    const audit = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'patient.disclose')));
    expect(audit.map((a) => [a.purpose, (a.details as { courtOrderId: string }).courtOrderId])).toEqual([
      ['HLEGAL', order.id],
    ]);
    const pdf = await t.app.inject({ method: 'GET', url: pdfUrl, headers: { cookie: cookies.counselor } });
    const text = (await pdfText(pdf.rawPayload)).replace(/\s+/g, '');
    expect(text).toContain('2026-FA-0113');
    expect(text).toContain('SangamonCountyCircuitCourt');
    expect(text).toContain('42CFR2.64');
    // A reusable order stays active after a release.
    expect((await list(p.id)).json().courtOrders[0]).toMatchObject({ status: 'active' });
  });

  it('refuses under an expired order, another recipient, information it does not cover, or a used one-time order', async () => {
    const p = await newPatient();
    const label = `The court order of ${COURT} (case 2026-FA-0113)`;
    const order = await recorded(p.id);
    expect(
      await refusal(p.id, legalRelease({ courtOrderId: order.id, recipientName: 'County Prosecutor' })),
    ).toEqual([`${label} authorizes release to ${COURT}, not to County Prosecutor.`]);
    expect(
      await refusal(
        p.id,
        legalRelease({ courtOrderId: order.id, informationCategories: ['attendance', 'diagnosis'] }),
      ),
    ).toEqual([`${label} does not cover: diagnosis.`]);
    expect(await refusal(p.id, legalRelease({ courtOrderId: order.id, purpose: 'treatment' }))).toEqual([
      'A court order covers release for legal proceedings; choose that purpose.',
    ]);
    // The order's end date passes.
    await t.db
      .update(courtOrder)
      .set({ expiresAt: new Date('2026-01-31T23:59:59.999Z') })
      .where(eq(courtOrder.id, order.id));
    expect((await list(p.id)).json().courtOrders[0]).toMatchObject({ status: 'expired' });
    expect(await refusal(p.id, legalRelease({ courtOrderId: order.id }))).toEqual([
      `${label} expired on 2026-01-31.`,
    ]);
    // A one-time order allows exactly one release.
    const once = await recorded(p.id, {
      caseNumber: '2026-CR-0077',
      section: '2.65',
      expiresOn: null,
      oneTime: true,
    });
    expect((await disclose(p.id, legalRelease({ courtOrderId: once.id }))).statusCode).toBe(201);
    const again = await disclose(p.id, legalRelease({ courtOrderId: once.id }));
    expect(again.statusCode).toBe(403);
    expect(again.json().error.reasons).toEqual([
      `The court order of ${COURT} (case 2026-CR-0077) authorized one release, which was made on ${new Date().toISOString().slice(0, 10)}.`,
    ]);
    const orders = (await list(p.id)).json().courtOrders as CourtOrderView[];
    expect(orders.find((o) => o.id === once.id)).toMatchObject({ status: 'used' });
    const denied = await t.db
      .select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.patientId, p.id),
          eq(auditEvent.action, 'disclosure.create'),
          eq(auditEvent.outcome, 'denied'),
        ),
      );
    expect(denied).toHaveLength(5);
  });

  it('keeps showing the typed reference of a release made before orders were recorded', async () => {
    const p = await newPatient();
    await t.db.insert(disclosure).values({
      organizationId: clinic.org.id,
      patientId: p.id,
      courtOrderReference: 'CO-2025-0007',
      recipientName: 'County Court',
      purpose: 'legal-proceedings',
      informationCategories: ['attendance'],
      description: 'Attendance',
      format: 'pdf',
      noticeVersion: 'v',
      noticeText: 'notice',
    });
    expect((await accounting(p.id)).disclosures).toEqual([
      expect.objectContaining({
        basis: 'court-order',
        courtOrder: { id: null, court: null, caseNumber: 'CO-2025-0007' },
      }),
    ]);
  });
});
