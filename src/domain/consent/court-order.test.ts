import { describe, expect, it } from 'vitest';
import {
  type CourtOrderInput,
  type CourtOrderRecord,
  courtOrderProblems,
  courtOrderStatus,
  missingCourtOrderElements,
} from './court-order.js';
import { decideDisclosure } from './disclosure-decision.js';

const now = new Date('2026-11-26T12:00:00Z');

const order = (over: Partial<CourtOrderRecord> = {}): CourtOrderRecord => ({
  id: 'o1',
  section: '2.64',
  court: 'Sangamon County Circuit Court',
  caseNumber: '2026-FA-0113',
  orderDate: '2026-11-20',
  judge: 'Hon. A. Example',
  informationCategories: ['attendance', 'drug-screens'],
  informationDescription: 'Attendance and drug screen results from June to November 2026',
  recipientName: 'Sangamon County Circuit Court',
  purpose: 'Evidence in the custody hearing of 2027-01-15',
  expiresAt: '2027-02-01T23:59:59.999Z',
  oneTime: false,
  firstUsedAt: null,
  ...over,
});

/** A release for use in a proceeding against the patient, to the court the order names. */
const legal = {
  recipientName: 'Sangamon County Circuit Court',
  purpose: 'legal-proceedings' as const,
  informationCategories: ['attendance' as const],
  againstPatientInProceedings: true,
};

describe('recording a court order (42 CFR part 2 subpart E)', () => {
  const complete: CourtOrderInput = {
    section: '2.64',
    court: 'Sangamon County Circuit Court',
    caseNumber: '2026-FA-0113',
    orderDate: '2026-11-20',
    informationCategories: ['attendance'],
    informationDescription: 'Attendance records from June to November 2026',
    recipientName: 'Sangamon County Circuit Court',
    purpose: 'Evidence in the custody hearing',
    expiresOn: '2027-02-01',
    oneTime: false,
  };

  it('accepts an order that states its scope and when it stops authorizing', () => {
    expect(missingCourtOrderElements(complete, now)).toEqual({});
    expect(missingCourtOrderElements({ ...complete, expiresOn: null, oneTime: true }, now)).toEqual({});
  });

  it.each([
    ['section', { section: '2.67' }],
    ['court', { court: ' ' }],
    ['caseNumber', { caseNumber: '' }],
    ['orderDate', { orderDate: '2026-12-01' }],
    ['informationCategories', { informationCategories: [] }],
    ['informationDescription', { informationDescription: 'records' }],
    ['recipientName', { recipientName: '' }],
    ['purpose', { purpose: '' }],
    ['expiresOn', { expiresOn: null, oneTime: false }],
    ['expiresOn', { expiresOn: '2026-11-01' }],
  ])('requires %s', (field, change) => {
    expect(Object.keys(missingCourtOrderElements({ ...complete, ...change }, now))).toEqual([field]);
  });
});

describe('court order status', () => {
  it('is expired after its date, used once a one-time order was relied on, else active', () => {
    expect(courtOrderStatus(order(), now)).toBe('active');
    expect(courtOrderStatus(order({ expiresAt: '2026-11-26T11:59:59Z' }), now)).toBe('expired');
    expect(courtOrderStatus(order({ oneTime: true, firstUsedAt: '2026-11-25T10:00:00Z' }), now)).toBe('used');
    // A release under an order with many uses does not use it up.
    expect(courtOrderStatus(order({ firstUsedAt: '2026-11-25T10:00:00Z' }), now)).toBe('active');
  });
});

describe('a release under a court order', () => {
  it('is allowed inside the order: recipient (any case or spacing), purpose and information', () => {
    expect(
      courtOrderProblems(order(), { ...legal, recipientName: ' sangamon county  circuit court' }, now),
    ).toEqual([]);
    expect(decideDisclosure([], { ...legal, courtOrderId: 'o1' }, now, [order()])).toEqual({
      allowed: true,
      basis: 'court-order',
      consentId: null,
      courtOrderId: 'o1',
    });
  });

  it('is refused outside it, naming the order and what does not match', () => {
    const label = 'The court order of Sangamon County Circuit Court (case 2026-FA-0113)';
    expect(courtOrderProblems(order(), { ...legal, recipientName: 'County Prosecutor' }, now)).toEqual([
      `${label} authorizes release to Sangamon County Circuit Court, not to County Prosecutor.`,
    ]);
    expect(
      courtOrderProblems(
        order(),
        { ...legal, informationCategories: ['attendance', 'counseling-notes'] },
        now,
      ),
    ).toEqual([`${label} does not cover: counseling-notes.`]);
    expect(courtOrderProblems(order({ expiresAt: '2026-11-01T23:59:59.999Z' }), legal, now)).toEqual([
      `${label} expired on 2026-11-01.`,
    ]);
    expect(
      courtOrderProblems(order({ oneTime: true, firstUsedAt: '2026-11-24T09:30:00Z' }), legal, now),
    ).toEqual([`${label} authorized one release, which was made on 2026-11-24.`]);
    expect(courtOrderProblems(order(), { ...legal, purpose: 'treatment' }, now)).toEqual([
      'A court order covers release for legal proceedings; choose that purpose.',
    ]);
    expect(courtOrderProblems(order({ section: '2.66' }), legal, now)).toEqual([
      `${label} was entered under 42 CFR 2.66 to investigate the program, not for a proceeding against the patient.`,
    ]);
    // An order to investigate the program covers a release to the investigators, not against the patient.
    expect(
      courtOrderProblems(order({ section: '2.66' }), { ...legal, againstPatientInProceedings: false }, now),
    ).toEqual([]);
  });

  it('refuses proceedings against the patient without consent or a recorded order, and points to one on file', () => {
    const none = decideDisclosure([], legal, now);
    expect(none).toEqual({
      allowed: false,
      reasons: [
        'Records may not be used in proceedings against the patient without the patient’s specific consent for that use or a court order under 42 CFR part 2 subpart E.',
      ],
    });
    const onFile = decideDisclosure([], legal, now, [order()]);
    expect(onFile).toMatchObject({ allowed: false });
    expect(JSON.stringify(onFile)).toMatch(/A court order is on file for this patient: choose it/);
    // An expired order is not offered as the way forward.
    const expired = decideDisclosure([], legal, now, [order({ expiresAt: '2026-01-01T00:00:00Z' })]);
    expect(expired).toEqual(none);
    // An id that is not one of the patient's recorded orders (e.g. a free-text reference) is refused.
    expect(decideDisclosure([], { ...legal, courtOrderId: 'CO-2026-0142' }, now, [order()])).toEqual({
      allowed: false,
      reasons: ['The chosen court order is not on file for this patient. Record the order first.'],
    });
  });
});
