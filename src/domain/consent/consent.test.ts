import { describe, expect, it } from 'vitest';
import {
  type ConsentElements,
  type ConsentRecord,
  consentStatus,
  missingConsentElements,
} from './consent.js';
import { decideDisclosure } from './disclosure-decision.js';
import { redisclosureNotice } from './redisclosure-notice.js';

const complete: ConsentElements = {
  kind: 'specific',
  patientName: 'Jordan Example',
  disclosingParty: 'Haven Demo Recovery Center',
  recipient: { type: 'named', name: 'Dr. Rivera, Springfield Family Medicine' },
  informationDescription: 'Medication list and drug screen results from the last 90 days',
  informationCategories: ['medications', 'drug-screens'],
  purposes: ['treatment'],
  purposeDescription: 'Coordinate primary care with my addiction treatment',
  expiresAt: '2027-06-30T00:00:00Z',
  expiryEvent: null,
  revocationStatement: 'I may revoke this consent in writing at any time by giving a note to the front desk.',
  signature: {
    signerName: 'Jordan Example',
    signerRole: 'patient',
    method: 'electronic',
    signedAt: '2026-11-01T10:00:00Z',
  },
};
const record = (over: Partial<ConsentRecord> = {}): ConsentRecord => ({
  ...complete,
  id: 'c1',
  revokedAt: null,
  ...over,
});
const now = new Date('2026-11-26T12:00:00Z');

describe('consent elements (42 CFR 2.31)', () => {
  it('accepts a complete consent', () => {
    expect(missingConsentElements(complete)).toEqual({});
  });

  it.each([
    ['patientName', { patientName: ' ' }],
    ['disclosingParty', { disclosingParty: '' }],
    ['recipient', { recipient: { type: 'named' as const, name: '' } }],
    ['informationDescription', { informationDescription: 'records' }],
    ['informationCategories', { informationCategories: [] }],
    ['purpose', { purposes: [] }],
    ['purpose', { purposeDescription: '' }],
    ['expiry', { expiresAt: null, expiryEvent: null }],
    ['revocationStatement', { revocationStatement: '' }],
    ['signature', { signature: { ...complete.signature, signedAt: '' } }],
  ])('requires %s', (field, change) => {
    expect(Object.keys(missingConsentElements({ ...complete, ...change }))).toEqual([field]);
  });

  it('allows expiry "none" only for a single TPO consent', () => {
    expect(missingConsentElements({ ...complete, expiresAt: null, expiryEvent: 'none' }).expiry).toMatch(
      /TPO/,
    );
    expect(
      missingConsentElements({
        ...complete,
        kind: 'tpo',
        recipient: { type: 'class', classes: ['treating-provider'], description: 'my treating providers' },
        expiresAt: null,
        expiryEvent: 'none',
      }),
    ).toEqual({});
  });

  it('keeps counselling notes under their own consent', () => {
    expect(
      missingConsentElements({ ...complete, informationCategories: ['medications', 'counseling-notes'] }),
    ).toHaveProperty('informationCategories');
    expect(
      missingConsentElements({
        ...complete,
        kind: 'counseling-notes',
        informationCategories: ['counseling-notes'],
      }),
    ).toEqual({});
  });
});

describe('consent status', () => {
  it('is revoked from the revocation on, expired after its date or event', () => {
    expect(consentStatus(record(), now)).toBe('active');
    expect(consentStatus(record({ revokedAt: '2026-11-20T00:00:00Z' }), now)).toBe('revoked');
    expect(consentStatus(record({ revokedAt: '2026-12-20T00:00:00Z' }), now)).toBe('active');
    expect(consentStatus(record({ expiresAt: '2026-11-26T11:59:59Z' }), now)).toBe('expired');
    const eot = record({
      expiresAt: null,
      expiryEvent: 'End of treatment',
      treatmentEndedAt: '2026-11-01T00:00:00Z',
    });
    expect(consentStatus(eot, now)).toBe('expired');
  });
});

describe('disclosure decision', () => {
  const request = {
    recipientName: 'Dr. Rivera, Springfield Family Medicine',
    purpose: 'treatment' as const,
    informationCategories: ['medications' as const],
  };

  it('allows a disclosure that a consent in force covers', () => {
    expect(decideDisclosure([record()], request, now)).toEqual({
      allowed: true,
      consentId: 'c1',
      courtOrderId: null,
      basis: 'consent',
    });
  });

  it('refuses without consent, after revocation, after expiry, and says why', () => {
    expect(decideDisclosure([], request, now)).toMatchObject({
      allowed: false,
      reasons: ['The patient has signed no consent to disclose.'],
    });
    const revoked = decideDisclosure([record({ revokedAt: '2026-11-25T00:00:00Z' })], request, now);
    expect(revoked).toMatchObject({ allowed: false });
    expect(JSON.stringify(revoked)).toMatch(/revoked/);
    expect(
      JSON.stringify(decideDisclosure([record({ expiresAt: '2026-01-01T00:00:00Z' })], request, now)),
    ).toMatch(/expired/);
  });

  it('refuses another recipient, another purpose, or information not covered', () => {
    const other = decideDisclosure([record()], { ...request, recipientName: 'Acme Employer' }, now);
    expect(other).toEqual({
      allowed: false,
      reasons: ['No consent in force names Acme Employer as a recipient.'],
    });
    const payment = decideDisclosure([record()], { ...request, purpose: 'payment' }, now);
    expect(payment).toEqual({
      allowed: false,
      reasons: ['No consent for Dr. Rivera, Springfield Family Medicine covers the purpose "payment".'],
    });
    const notes = decideDisclosure(
      [record()],
      { ...request, informationCategories: ['progress-notes'] },
      now,
    );
    expect(JSON.stringify(notes)).toMatch(/does not cover: progress-notes/);
  });

  it('lets a single TPO consent cover treating providers by class, but never counselling notes', () => {
    const tpo = record({
      id: 'tpo',
      kind: 'tpo',
      recipient: {
        type: 'class',
        classes: ['treating-provider', 'health-plan'],
        description: 'my treating providers and health plans',
      },
      purposes: ['treatment', 'payment', 'health-care-operations'],
      informationCategories: ['medications', 'diagnosis', 'treatment-plan'],
    });
    const ok = decideDisclosure(
      [tpo],
      { ...request, recipientName: 'Any Clinic', recipientClass: 'treating-provider' },
      now,
    );
    expect(ok).toEqual({ allowed: true, consentId: 'tpo', courtOrderId: null, basis: 'consent' });
    const notes = decideDisclosure(
      [tpo],
      { ...request, recipientClass: 'treating-provider', informationCategories: ['counseling-notes'] },
      now,
    );
    expect(JSON.stringify(notes)).toMatch(/Counselling notes need their own consent/);
  });

  it('blocks use in proceedings against the patient without the specific consent or a court order', () => {
    const legal = { ...request, againstPatientInProceedings: true };
    const refused = decideDisclosure([record()], legal, now);
    expect(refused.allowed).toBe(false);
    expect(JSON.stringify(refused)).toMatch(/court order/);
    // A reference to an order that is not on file is no court order (court-order.test.ts has the rest).
    expect(decideDisclosure([record()], { ...legal, courtOrderId: 'order-17' }, now)).toMatchObject({
      allowed: false,
    });
    const specific = record({ id: 'legal', kind: 'legal-proceedings', purposes: ['legal-proceedings'] });
    expect(decideDisclosure([specific], { ...legal, purpose: 'legal-proceedings' }, now)).toMatchObject({
      allowed: true,
      consentId: 'legal',
    });
  });
});

describe('redisclosure notice', () => {
  it('is versioned and carries the 42 CFR part 2 statement', () => {
    const full = redisclosureNotice();
    expect(full.version).toMatch(/^\d{4}-\d{2}-\d{2}/);
    expect(full.text).toMatch(/protected by Federal confidentiality rules \(42 CFR part 2\)/);
    expect(full.text).toMatch(/proceedings/);
    expect(redisclosureNotice('short').text).toBe(
      '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
    );
  });
});
