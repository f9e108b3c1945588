import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consentBody, RIVERA, releaseBody } from '../../../../test/support/consents.js';
import {
  createTestClinic,
  createTestPatient,
  createTestUser,
  signIn,
} from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, consent, episode } from '../../../db/schema/index.js';
import type { ConsentView, CreateConsentRequest } from '../../../shared/consents.js';
import { recordConsent } from '../../services/consents/record-consent.js';

describe('consents API (42 CFR 2.31)', () => {
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
    // A counselor of the same organization who treats none of the patients below.
    const other = await createTestUser(t.db, { organizationId: clinic.org.id, role: 'counselor' });
    outsiderCookie = (await signIn(t, other.email)).cookie;
  });
  afterAll(() => t.app.close());

  const newPatient = async () => {
    const p = await createTestPatient(t.db, {
      organizationId: clinic.org.id,
      careTeam: [{ userId: clinic.users.counselor.id }, { userId: clinic.users.nurse.id }],
    });
    return { ...p, name: `${p.legalFirstName} ${p.legalLastName}` };
  };
  const post = (cookie: string, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: { cookie }, payload: payload as object });
  const createConsent = (cookie: string, patientId: string, body: unknown) =>
    post(cookie, `/api/v1/patients/${patientId}/consents`, body);
  const list = async (patientId: string): Promise<ConsentView[]> => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${patientId}/consents`,
      headers: { cookie: cookies.counselor },
    });
    expect(res.statusCode).toBe(200);
    return res.json().consents;
  };

  it('records a complete e-signed consent and lists it as active', async () => {
    const p = await newPatient();
    const res = await createConsent(cookies.counselor, p.id, consentBody(p.name));
    expect(res.statusCode).toBe(201);
    const created = res.json() as ConsentView;
    expect(created).toMatchObject({
      kind: 'specific',
      status: 'active',
      patientName: p.name,
      recipient: { type: 'named', name: RIVERA },
      informationCategories: ['medications', 'diagnosis'],
      expiresAt: '2099-12-31T23:59:59.999Z',
      signature: { signerName: p.name, method: 'electronic', signerRole: 'patient' },
      hasScan: false,
      revokedAt: null,
    });
    expect((await list(p.id)).map((c) => [c.id, c.status])).toEqual([[created.id, 'active']]);
    const audits = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.action, 'consent.create')));
    expect(audits.map((a) => [a.outcome, a.resourceType])).toEqual([['success', 'consent']]);
  });

  // One test per required element of 42 CFR 2.31(a) (REFERENCE.md 7.1).
  const drop = (key: keyof CreateConsentRequest) => (b: CreateConsentRequest) => {
    const copy = { ...b };
    delete copy[key];
    return copy;
  };
  const cases: [string, string, (b: CreateConsentRequest) => CreateConsentRequest][] = [
    ['kind of consent', 'kind', drop('kind')],
    ['patient name', 'patientName', (b) => ({ ...b, patientName: '  ' })],
    ['who may disclose', 'disclosingParty', drop('disclosingParty')],
    ['recipient', 'recipient', (b) => ({ ...b, recipient: { type: 'named', name: '' } })],
    [
      'recipient class description',
      'recipient',
      (b) => ({
        ...b,
        recipient: { type: 'class', classes: ['treating-provider'], description: '' },
      }),
    ],
    [
      'specific description of the information',
      'informationDescription',
      (b) => ({
        ...b,
        informationDescription: 'records',
      }),
    ],
    ['information categories', 'informationCategories', (b) => ({ ...b, informationCategories: [] })],
    ['purpose', 'purpose', drop('purposes')],
    ['purpose description', 'purpose', (b) => ({ ...b, purposeDescription: '' })],
    ['expiry date or event', 'expiry', (b) => ({ ...b, expiresAt: null, expiryEvent: null })],
    [
      '"none" expiry outside a TPO consent',
      'expiry',
      (b) => ({ ...b, expiresAt: null, expiryEvent: 'none' }),
    ],
    ['right to revoke', 'revocationStatement', drop('revocationStatement')],
    ['signature and date', 'signature', drop('signature')],
  ];
  it.each(cases)(
    'refuses a consent without the %s (fields.%s), storing nothing',
    async (_, field, change) => {
      const p = await newPatient();
      const res = await createConsent(cookies.counselor, p.id, change(consentBody(p.name)));
      expect(res.statusCode).toBe(400);
      const body = res.json();
      expect(body.error.code).toBe('CONSENT_INCOMPLETE');
      expect(Object.keys(body.error.fields)).toEqual([field]);
      expect(body.error.message).toContain(body.error.fields[field]);
      expect(await t.db.select().from(consent).where(eq(consent.patientId, p.id))).toEqual([]);
    },
  );

  it('names every missing element at once', async () => {
    const p = await newPatient();
    const res = await createConsent(cookies.counselor, p.id, {});
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(
      [
        'disclosingParty',
        'expiry',
        'informationCategories',
        'informationDescription',
        'kind',
        'patientName',
        'purpose',
        'recipient',
        'revocationStatement',
        'signature',
      ].sort(),
    );
  });

  it('keeps counselling notes under their own consent, and allows "none" expiry only for TPO', async () => {
    const p = await newPatient();
    const mixed = await createConsent(
      cookies.counselor,
      p.id,
      consentBody(p.name, { informationCategories: ['medications', 'counseling-notes'] }),
    );
    expect(mixed.statusCode).toBe(400);
    expect(mixed.json().error.fields.informationCategories).toMatch(/own, separate consent/);
    const tpo = await createConsent(
      cookies.counselor,
      p.id,
      consentBody(p.name, {
        kind: 'tpo',
        recipient: {
          type: 'class',
          classes: ['treating-provider', 'health-plan'],
          description: 'My treating providers and health plans',
        },
        purposes: ['treatment', 'payment', 'health-care-operations'],
        expiresAt: null,
        expiryEvent: 'none',
      }),
    );
    expect(tpo.statusCode).toBe(201);
    expect(tpo.json()).toMatchObject({ kind: 'tpo', expiresAt: null, expiryEvent: 'none', status: 'active' });
  });

  it('refuses an e-signature whose typed name does not match the patient, or without the tick', async () => {
    const p = await newPatient();
    const wrongName = await createConsent(
      cookies.counselor,
      p.id,
      consentBody(p.name, {
        signature: { method: 'electronic', signerName: 'Someone Else', signerRole: 'patient', agreed: true },
      }),
    );
    expect(wrongName.statusCode).toBe(400);
    expect(wrongName.json().error.fields).toEqual({
      signature: 'The typed name does not match the patient’s name on the consent.',
    });
    const unticked = await createConsent(
      cookies.counselor,
      p.id,
      consentBody(p.name, {
        signature: { method: 'electronic', signerName: p.name, signerRole: 'patient', agreed: false },
      }),
    );
    expect(unticked.json().error.fields.signature).toMatch(/I have read and agree/);
    // Case and spacing do not matter.
    const shouted = await createConsent(
      cookies.counselor,
      p.id,
      consentBody(p.name, {
        signature: {
          method: 'electronic',
          signerName: `  ${p.name.toUpperCase().replace(' ', '   ')} `,
          signerRole: 'patient',
          agreed: true,
        },
      }),
    );
    expect(shouted.statusCode).toBe(201);
  });

  describe('paper consent with a scan', () => {
    const png = (bytes: number) => {
      const b = Buffer.alloc(bytes, 1);
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(b);
      return `data:image/png;base64,${b.toString('base64')}`;
    };
    const paper = (name: string, scan: string, staffAttests = true) =>
      consentBody(name, {
        signature: {
          method: 'paper-scan',
          signerName: name,
          signerRole: 'patient',
          signedOn: '2026-01-05',
          scan,
          staffAttests,
        },
      });

    it('records a paper consent with its scan and the date on the paper', async () => {
      const p = await newPatient();
      const res = await createConsent(cookies.counselor, p.id, paper(p.name, png(2_000)));
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({
        hasScan: true,
        signature: { method: 'paper-scan', signedAt: '2026-01-05T12:00:00.000Z' },
      });
      const [row] = await t.db.select().from(consent).where(eq(consent.patientId, p.id));
      expect(row!.scan).toBe(png(2_000));
    });

    it('refuses a scan over 2 MB, of another type, or not what it claims to be', async () => {
      const p = await newPatient();
      const big = await createConsent(cookies.counselor, p.id, paper(p.name, png(2 * 1024 * 1024 + 1)));
      expect(big.statusCode).toBe(400);
      expect(big.json().error.fields.scan).toMatch(/larger than 2 MB/);
      const gif = await createConsent(
        cookies.counselor,
        p.id,
        paper(p.name, `data:image/gif;base64,${Buffer.from('GIF89a').toString('base64')}`),
      );
      expect(gif.json().error.fields.scan).toBe('The scan must be a PDF, PNG or JPEG file.');
      const fake = await createConsent(
        cookies.counselor,
        p.id,
        paper(p.name, `data:application/pdf;base64,${Buffer.from('hello').toString('base64')}`),
      );
      expect(fake.json().error.fields.scan).toMatch(/not the PDF or image it claims/);
      const unattested = await createConsent(cookies.counselor, p.id, paper(p.name, png(100), false));
      expect(unattested.json().error.fields.signature).toMatch(/saw the signed paper/);
      expect(await t.db.select().from(consent).where(eq(consent.patientId, p.id))).toEqual([]);
    });

    it('serves the scan as the file it was recorded from, to the care team only, audited', async () => {
      const p = await newPatient();
      const scan = png(3_000);
      const created = (
        await createConsent(cookies.counselor, p.id, paper(p.name, scan))
      ).json() as ConsentView;
      const url = `/api/v1/patients/${p.id}/consents/${created.id}/scan`;
      const get = (cookie: string, path = url) =>
        t.app.inject({ method: 'GET', url: path, headers: { cookie } });

      const res = await get(cookies.nurse);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-disposition']).toBe(`inline; filename="consent-${created.id}.png"`);
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.rawPayload.equals(Buffer.from(scan.split(',')[1]!, 'base64'))).toBe(true);

      const outsider = await get(outsiderCookie);
      expect(outsider.statusCode).toBe(403);
      expect(outsider.body).not.toContain(scan.slice(30, 60));

      const electronic = (
        await createConsent(cookies.counselor, p.id, consentBody(p.name))
      ).json() as ConsentView;
      const none = await get(cookies.nurse, `/api/v1/patients/${p.id}/consents/${electronic.id}/scan`);
      expect(none.statusCode).toBe(404);
      expect(none.json().error.message).toBe('This consent was signed electronically; it has no scan.');
      const other = await newPatient();
      const elsewhere = await get(cookies.nurse, `/api/v1/patients/${other.id}/consents/${created.id}/scan`);
      expect(elsewhere.statusCode).toBe(404);

      const reads = await t.db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.resourceId, created.id), eq(auditEvent.action, 'consent.read')));
      expect(reads.map((r) => [r.outcome, r.actorUserId, r.details])).toEqual([
        ['success', clinic.users.nurse.id, { part: 'scan', basis: 'care-team' }],
        ['denied', expect.any(String), { reason: 'no-care-relationship' }],
        ['failure', clinic.users.nurse.id, { part: 'scan', basis: 'care-team', reason: 'NOT_FOUND' }],
      ]);
    });
  });

  it('revocation needs a written statement, is effective from then on, and deletes nothing', async () => {
    const p = await newPatient();
    const c = (await createConsent(cookies.counselor, p.id, consentBody(p.name))).json() as ConsentView;
    // Released while the consent was in force ...
    const before = await post(cookies.counselor, `/api/v1/patients/${p.id}/disclosures`, releaseBody());
    expect(before.statusCode).toBe(201);

    const revokeUrl = `/api/v1/patients/${p.id}/consents/${c.id}/revoke`;
    const blank = await post(cookies.counselor, revokeUrl, { statement: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.fields.statement).toMatch(/revocation/);
    const revoked = await post(cookies.counselor, revokeUrl, {
      statement: 'Patient handed in a signed note on 2026-02-01 withdrawing consent for Dr. Rivera.',
    });
    expect(revoked.statusCode).toBe(200);
    expect(revoked.json()).toMatchObject({
      status: 'revoked',
      revocationNote: expect.stringMatching(/signed note/),
    });
    expect((await post(cookies.counselor, revokeUrl, { statement: 'again, please' })).statusCode).toBe(409);

    // ... stands in the accounting; a release after the revocation is refused.
    const after = await post(cookies.counselor, `/api/v1/patients/${p.id}/disclosures`, releaseBody());
    expect(after.statusCode).toBe(403);
    expect(after.json().error.reasons).toContain(
      '1 consent(s) revoked by the patient no longer allow disclosure.',
    );
    const accounting = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/disclosures`,
      headers: { cookie: cookies.counselor },
    });
    expect(accounting.json().disclosures.map((d: { id: string }) => d.id)).toEqual([
      before.json().disclosureId,
    ]);
    expect((await list(p.id)).map((x) => [x.id, x.status])).toEqual([[c.id, 'revoked']]);
  });

  it('shows a consent past its date, or past the end of treatment, as expired', async () => {
    const p = await newPatient();
    const deps = { db: t.db, audit: t.app.audit };
    const u = clinic.users.counselor;
    const caller = {
      deps,
      session: { userId: u.id, role: 'counselor' as const, organizationId: clinic.org.id },
      actor: {
        userId: u.id,
        role: 'counselor',
        organizationId: clinic.org.id,
        clientAddress: null,
        userAgent: null,
        requestId: null,
      },
    };
    // Signed two years ago, valid for one year.
    const longAgo = new Date(Date.now() - 2 * 365 * 86_400_000);
    const dated = await recordConsent({
      ...caller,
      patientId: p.id,
      input: consentBody(p.name, { expiresAt: new Date(Date.now() - 365 * 86_400_000).toISOString() }),
      now: longAgo,
    });
    const untilDischarge = (
      await createConsent(
        cookies.counselor,
        p.id,
        consentBody(p.name, { expiresAt: null, expiryEvent: 'end of treatment' }),
      )
    ).json() as ConsentView;
    const statuses = async () => Object.fromEntries((await list(p.id)).map((c) => [c.id, c.status]));
    expect(await statuses()).toEqual({ [dated.id]: 'expired', [untilDischarge.id]: 'active' });

    await t.db
      .update(episode)
      .set({ dischargedAt: new Date(Date.now() - 1000) })
      .where(eq(episode.patientId, p.id));
    expect(await statuses()).toEqual({ [dated.id]: 'expired', [untilDischarge.id]: 'expired' });
    const refused = await post(cookies.counselor, `/api/v1/patients/${p.id}/disclosures`, releaseBody());
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.reasons).toContain('2 consent(s) have expired.');
  });

  it('refuses staff outside the care team (403, audited) and roles without the permission', async () => {
    const p = await newPatient();
    const res = await createConsent(outsiderCookie, p.id, consentBody(p.name));
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('NOT_ON_CARE_TEAM');
    const read = await t.app.inject({
      method: 'GET',
      url: `/api/v1/patients/${p.id}/consents`,
      headers: { cookie: outsiderCookie },
    });
    expect(read.statusCode).toBe(403);
    const denied = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.patientId, p.id), eq(auditEvent.outcome, 'denied')));
    expect(denied.map((a) => a.action).sort()).toEqual(['consent.create', 'consent.read']);
    // The director reads consents but does not record them (no consent:write).
    expect((await createConsent(cookies.director, p.id, consentBody(p.name))).statusCode).toBe(403);
    expect((await list(p.id)).length).toBe(0);
  });
});
