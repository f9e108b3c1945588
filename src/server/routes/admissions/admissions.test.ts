import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestOrganization, signIn } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { alert, auditEvent, careTeamMember, inquiry, patient, site } from '../../../db/schema/index.js';
import { raiseWaitingAlerts } from '../../services/admissions/raise-waiting-alerts.js';

let ipCounter = 0;
/** Each test calls the public route from its own address, so the rate limit of one never hits another. */
const freshIp = () => `10.9.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

describe('admissions API', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  const cookies: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['intake', 'counselor', 'director']);
    for (const role of ['intake', 'counselor', 'director'] as const) {
      cookies[role] = (await signIn(t, clinic.users[role].email)).cookie;
    }
  });
  afterAll(() => t.app.close());

  const publicRequest = (over: Record<string, unknown> = {}) => ({
    organizationId: clinic.org.id,
    forWhom: 'self',
    firstName: `Jordan-${randomUUID().slice(0, 6)}`,
    contactMethod: 'text',
    phone: '(555) 010-0142',
    substances: ['fentanyl'],
    lastUse: 'today',
    urgency: 'today',
    insurance: 'medicaid',
    preferredLanguage: 'es',
    consentToContact: true,
    ...over,
  });
  const submit = (payload: unknown, ip = freshIp()) =>
    t.app.inject({ method: 'POST', url: '/api/v1/inquiries', payload: payload as object, remoteAddress: ip });
  const as = (role: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
    t.app.inject({ method, url, headers: { cookie: cookies[role]! }, payload });

  it('accepts a public request, says what happens next, stores it and audits without personal data', async () => {
    const body = publicRequest({
      checklistResult: {
        instrument: 'signs-checklist',
        score: 5,
        band: 'many-signs',
        present: ['drowsiness'],
      },
    });
    const res = await submit(body);
    expect(res.statusCode).toBe(202);
    const accepted = res.json();
    expect(accepted.message).toMatch(/contact you today/);
    expect(new Date(accepted.followUpBy).getTime()).toBeGreaterThan(Date.now());

    const [row] = await t.db.select().from(inquiry).where(eq(inquiry.id, accepted.id));
    expect(row).toMatchObject({
      organizationId: clinic.org.id,
      source: 'web',
      status: 'new',
      firstName: body.firstName,
      phone: '(555) 010-0142',
      urgency: 'today',
      preferredLanguage: 'es',
      consentToContact: true,
      assignedTo: null,
    });
    expect(row!.followUpDueAt.toISOString()).toBe(accepted.followUpBy);
    expect(row!.checklistResult).toMatchObject({ band: 'many-signs', present: ['drowsiness'] });

    const audits = await t.db.select().from(auditEvent).where(eq(auditEvent.resourceId, accepted.id));
    expect(audits.map((a) => [a.action, a.outcome, a.organizationId, a.actorUserId])).toEqual([
      ['inquiry.create', 'success', clinic.org.id, null],
    ]);
    const details = JSON.stringify(audits[0]!.details);
    expect(details).toBe(JSON.stringify({ source: 'web', urgency: 'today', checklistAttached: true }));
    expect(details).not.toContain(body.firstName);
  });

  it('answers a bad request with messages a person can act on', async () => {
    const res = await submit(publicRequest({ phone: '', consentToContact: false, urgency: undefined }));
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION');
    expect(error.fields.consentToContact).toMatch(/Tick the box to let us contact you/);
    expect(error.fields.urgency).toMatch(/how soon you need help/);

    const email = await submit(publicRequest({ contactMethod: 'email', phone: undefined }));
    expect(email.statusCode).toBe(400);
    expect(email.json().error.fields).toEqual({ email: 'Enter an email address like name@example.com.' });
  });

  it('a filled honeypot looks accepted but stores and audits nothing', async () => {
    const res = await submit(publicRequest({ website: 'http://spam.example' }));
    expect(res.statusCode).toBe(202);
    const { id } = res.json();
    expect(await t.db.select().from(inquiry).where(eq(inquiry.id, id))).toEqual([]);
    expect(await t.db.select().from(auditEvent).where(eq(auditEvent.resourceId, id))).toEqual([]);
  });

  it('rate limits an address to 5 requests a minute', async () => {
    const ip = freshIp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1)
      statuses.push((await submit(publicRequest({ website: 'bot' }), ip)).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
    expect((await submit(publicRequest({ website: 'bot' }))).statusCode).toBe(202); // another address
  });

  it('needs the organization when several exist, and refuses a site of another organization', async () => {
    const other = await createTestOrganization(t.db);
    const res = await submit(publicRequest({ organizationId: undefined }));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields.organizationId).toMatch(/several programs/);

    const [foreign] = await t.db
      .insert(site)
      .values({
        organizationId: other.id,
        name: 'Elsewhere',
        addressLine: '1 Main',
        city: 'X',
        state: 'IL',
        postalCode: '62701',
      })
      .returning();
    const wrongSite = await submit(publicRequest({ preferredSiteId: foreign!.id }));
    expect(wrongSite.statusCode).toBe(400);
    expect(wrongSite.json().error.fields.preferredSiteId).toBe('Choose a location from the list.');
  });

  it('intake works an inquiry: call, screened, close needs a reason, convert carries the data once', async () => {
    // A person asks for help from the public site...
    const body = publicRequest({ urgency: 'this-week' });
    const { id } = (await submit(body)).json();

    // ...the intake worker sees it in the queue...
    const queue = await as('intake', 'GET', '/api/v1/inquiries');
    expect(queue.statusCode).toBe(200);
    const mine = queue.json().inquiries.find((i: { id: string }) => i.id === id);
    expect(mine).toMatchObject({
      status: 'new',
      urgency: 'this-week',
      overdue: false,
      waitingTooLong: false,
    });

    // ...calls and reaches the person, which marks it contacted...
    const call = await as('intake', 'POST', `/api/v1/inquiries/${id}/events`, {
      kind: 'call',
      outcome: 'reached',
      note: 'Wants to start this week; has a ride on Thursday.',
    });
    expect(call.statusCode).toBe(201);
    expect(call.json().status).toBe('contacted');
    expect(call.json().lastContactAt).not.toBeNull();
    expect(call.json().events.map((e: { kind: string; outcome: string }) => [e.kind, e.outcome])).toEqual([
      ['call', 'reached'],
      ['status-change', 'contacted'],
    ]);

    // ...a contact without an outcome is refused...
    const noOutcome = await as('intake', 'POST', `/api/v1/inquiries/${id}/events`, { kind: 'text' });
    expect(noOutcome.json().error.fields).toEqual({ outcome: 'Choose the outcome of the contact.' });

    // ...screens, ticks the while-you-wait checklist, assigns it to themself...
    const screened = await as('intake', 'PATCH', `/api/v1/inquiries/${id}`, {
      status: 'screened',
      whileYouWait: { naloxoneOffered: true },
      assignedTo: clinic.users.intake.id,
      lastName: 'Rivera',
      dateOfBirth: '1991-07-14',
    });
    expect(screened.statusCode).toBe(200);
    expect(screened.json()).toMatchObject({
      status: 'screened',
      whileYouWait: {
        naloxoneOffered: true,
        bridgePrescriptionConsidered: false,
        checkInCallScheduled: false,
      },
      assignedTo: { id: clinic.users.intake.id, displayName: 'Test intake' },
      lastName: 'Rivera',
    });

    // ...closing without a reason is refused, with the field to fix...
    const close = await as('intake', 'PATCH', `/api/v1/inquiries/${id}`, { status: 'closed' });
    expect(close.statusCode).toBe(400);
    expect(close.json().error.fields.closedReason).toMatch(/Say why/);
    // ...and admitting by status alone too (conversion opens the chart).
    const admit = await as('intake', 'PATCH', `/api/v1/inquiries/${id}`, { status: 'admitted' });
    expect(admit.json().error.fields.status).toMatch(/Convert to patient/);

    // Converting creates the patient with the inquiry's details and the intake worker on the care team.
    const converted = await as('intake', 'POST', `/api/v1/inquiries/${id}/convert`, {});
    expect(converted.statusCode).toBe(201);
    const { patientId, mrn } = converted.json();
    expect(mrn).toMatch(/^H\d{6}$/);
    const [p] = await t.db.select().from(patient).where(eq(patient.id, patientId));
    expect(p).toMatchObject({
      organizationId: clinic.org.id,
      legalFirstName: body.firstName,
      legalLastName: 'Rivera',
      dateOfBirth: '1991-07-14',
      phone: '(555) 010-0142',
      language: 'es',
      insurance: { kind: 'medicaid', payer: null, memberId: null },
      status: 'pre-admission',
      mrn,
    });
    const team = await t.db.select().from(careTeamMember).where(eq(careTeamMember.patientId, patientId));
    expect(team.map((m) => [m.userId, m.careRole])).toEqual([[clinic.users.intake.id, 'intake']]);

    const detail = await as('intake', 'GET', `/api/v1/inquiries/${id}`);
    expect(detail.json()).toMatchObject({ status: 'admitted', patientId });

    // A second conversion is refused; nothing is duplicated.
    const again = await as('intake', 'POST', `/api/v1/inquiries/${id}/convert`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('ALREADY_CONVERTED');
    expect(await t.db.select().from(patient).where(eq(patient.legalFirstName, body.firstName))).toHaveLength(
      1,
    );

    const audits = await t.db.select().from(auditEvent).where(eq(auditEvent.resourceId, id));
    expect(audits.map((a) => `${a.action}:${a.outcome}`)).toEqual(
      expect.arrayContaining([
        'inquiry.create:success',
        'inquiry.contact:success',
        'inquiry.update:success',
        'inquiry.convert:success',
        'inquiry.read:success',
      ]),
    );
    const created = await t.db.select().from(auditEvent).where(eq(auditEvent.resourceId, patientId));
    expect(created.map((a) => [a.action, a.patientId, a.details])).toEqual([
      ['patient.create', patientId, { fromInquiry: id }],
    ]);
  });

  it('a conversion asks for what an anonymous request lacks', async () => {
    const { id } = (await submit(publicRequest({ firstName: '' }))).json();
    await as('intake', 'POST', `/api/v1/inquiries/${id}/events`, { kind: 'call', outcome: 'reached' });
    const res = await as('intake', 'POST', `/api/v1/inquiries/${id}/convert`, {});
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual([
      'dateOfBirth',
      'legalFirstName',
      'legalLastName',
    ]);
    const ok = await as('intake', 'POST', `/api/v1/inquiries/${id}/convert`, {
      legalFirstName: 'Sam',
      legalLastName: `Okafor-${randomUUID().slice(0, 6)}`,
      dateOfBirth: '1988-02-29',
    });
    expect(ok.statusCode).toBe(201);
  });

  it('staff enter a phone inquiry; counselors cannot see the queue; directors cannot convert', async () => {
    const res = await as('intake', 'POST', '/api/v1/admissions/inquiries', {
      source: 'phone',
      forWhom: 'someone-else',
      firstName: 'Alex',
      lastName: `Caller-${randomUUID().slice(0, 6)}`,
      contactMethod: 'phone',
      phone: '555-010-0177',
      urgency: 'today',
      consentToContact: true,
      note: 'Mother calling for her son.',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json();
    expect(created).toMatchObject({
      source: 'phone',
      status: 'contacted',
      assignedTo: { id: clinic.users.intake.id },
      events: [{ kind: 'note', note: 'Mother calling for her son.' }],
    });
    expect(created.lastContactAt).not.toBeNull();

    expect((await as('counselor', 'GET', '/api/v1/inquiries')).statusCode).toBe(403);
    expect((await as('counselor', 'GET', `/api/v1/inquiries/${created.id}`)).statusCode).toBe(403);
    expect((await as('director', 'GET', `/api/v1/inquiries/${created.id}`)).statusCode).toBe(200);
    expect((await as('director', 'POST', `/api/v1/inquiries/${created.id}/convert`, {})).statusCode).toBe(
      403,
    );
  });

  it('an inquiry of another organization is not found, and the refusal is audited', async () => {
    const other = await createTestClinic(t.db, ['intake']);
    const { id } = (await submit(publicRequest({ organizationId: other.org.id }))).json();
    const res = await as('intake', 'GET', `/api/v1/inquiries/${id}`);
    expect(res.statusCode).toBe(404);
    const audits = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.resourceId, id), eq(auditEvent.action, 'inquiry.read')));
    expect(audits.map((a) => [a.outcome, a.actorUserId])).toEqual([['failure', clinic.users.intake.id]]);
  });

  it('orders the queue: today first, then overdue, then by due time; overdue is flagged', async () => {
    const org = await createTestClinic(t.db, ['intake']);
    const cookie = (await signIn(t, org.users.intake.email)).cookie;
    const now = Date.now();
    const base = {
      organizationId: org.org.id,
      source: 'web' as const,
      forWhom: 'self' as const,
      contactMethod: 'phone' as const,
      consentToContact: true,
      lastContactAt: new Date(now - 60_000),
    };
    const rows = await t.db
      .insert(inquiry)
      .values([
        { ...base, firstName: 'later', urgency: 'exploring', followUpDueAt: new Date(now + 48 * 3.6e6) },
        { ...base, firstName: 'overdue', urgency: 'this-week', followUpDueAt: new Date(now - 3.6e6) },
        { ...base, firstName: 'today', urgency: 'today', followUpDueAt: new Date(now + 3.6e6) },
        { ...base, firstName: 'sooner', urgency: 'exploring', followUpDueAt: new Date(now + 5 * 3.6e6) },
        {
          ...base,
          firstName: 'closed',
          urgency: 'today',
          status: 'closed',
          closedReason: 'x',
          followUpDueAt: new Date(now),
        },
      ])
      .returning();
    expect(rows).toHaveLength(5);
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/inquiries', headers: { cookie } });
    const list = res.json().inquiries as { firstName: string; overdue: boolean }[];
    expect(list.map((i) => [i.firstName, i.overdue])).toEqual([
      ['today', false],
      ['overdue', true],
      ['sooner', false],
      ['later', false],
    ]);
    const all = await t.app.inject({
      method: 'GET',
      url: '/api/v1/inquiries?status=closed',
      headers: { cookie },
    });
    expect(all.json().inquiries.map((i: { firstName: string }) => i.firstName)).toEqual(['closed']);
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/v1/inquiries?assignedTo=me',
      headers: { cookie },
    });
    expect(mine.json().inquiries).toEqual([]);
  });

  it('raises one waiting alert per inquiry nobody contacted in time, and the queue flags it', async () => {
    const org = await createTestClinic(t.db, ['intake']);
    const cookie = (await signIn(t, org.users.intake.email)).cookie;
    const fiveHoursAgo = new Date(Date.now() - 5 * 3.6e6);
    const [waiting] = await t.db
      .insert(inquiry)
      .values({
        organizationId: org.org.id,
        source: 'web',
        forWhom: 'self',
        contactMethod: 'phone',
        urgency: 'today',
        consentToContact: true,
        followUpDueAt: new Date(fiveHoursAgo.getTime() + 2 * 3.6e6),
        createdAt: fiveHoursAgo,
      })
      .returning();
    const alertsOf = () => t.db.select().from(alert).where(eq(alert.sourceId, waiting!.id));

    const res = await t.app.inject({ method: 'GET', url: '/api/v1/inquiries', headers: { cookie } });
    expect(res.json().inquiries[0]).toMatchObject({ id: waiting!.id, waitingTooLong: true, overdue: true });
    await raiseWaitingAlerts(t.db, new Date(), { contactHours: 4 });
    await t.app.inject({ method: 'GET', url: '/api/v1/inquiries', headers: { cookie } });
    const raised = await alertsOf();
    expect(raised.map((a) => [a.kind, a.forRole, a.severity, a.status, a.inquiryId, a.patientId])).toEqual([
      ['inquiry-waiting', 'intake', 'critical', 'open', waiting!.id, null],
    ]);
    expect(raised[0]!.reasons[0]).toMatch(/waited more than 4 hours without contact/);

    // A text that reaches nobody still counts as reaching out: the alert is resolved, the flag cleared.
    const text = await t.app.inject({
      method: 'POST',
      url: `/api/v1/inquiries/${waiting!.id}/events`,
      headers: { cookie },
      payload: { kind: 'text', outcome: 'sent' },
    });
    expect(text.json()).toMatchObject({ status: 'new', waitingTooLong: false });
    expect((await alertsOf()).map((a) => a.status)).toEqual(['resolved']);
  });
});

describe('public admission request on a single-organization installation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ isolated: true });
  });
  afterAll(() => t.app.close());

  it('needs no organizationId and offers that organization’s sites', async () => {
    const org = await createTestOrganization(t.db);
    const [own] = await t.db
      .insert(site)
      .values({
        organizationId: org.id,
        name: 'Main clinic',
        addressLine: '1 Main',
        city: 'Springfield',
        state: 'IL',
        postalCode: '62701',
      })
      .returning();
    const options = await t.app.inject({ method: 'GET', url: '/api/v1/admissions/options' });
    expect(options.json()).toEqual({
      organizationId: org.id,
      sites: [{ id: own!.id, name: 'Main clinic', city: 'Springfield' }],
    });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/inquiries',
      payload: {
        forWhom: 'someone-else',
        contactMethod: 'email',
        email: 'worried@example.test',
        urgency: 'exploring',
        preferredSiteId: own!.id,
        consentToContact: true,
      },
    });
    expect(res.statusCode).toBe(202);
    const [row] = await t.db.select().from(inquiry).where(eq(inquiry.id, res.json().id));
    expect(row).toMatchObject({ organizationId: org.id, firstName: null, preferredSiteId: own!.id });
  });
});
