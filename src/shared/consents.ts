import { z } from 'zod';

/**
 * 42 CFR Part 2 consents and disclosures (REFERENCE.md 7.1): the API shapes shared by server and web.
 * The vocabularies mirror src/domain/consent/consent.ts (shared may not import domain);
 * consents.test.ts proves they stay equal.
 */
export const INFORMATION_CATEGORY_VALUES = [
  'demographics',
  'diagnosis',
  'assessments',
  'treatment-plan',
  'medications',
  'drug-screens',
  'progress-notes',
  'attendance',
  'discharge-summary',
  'counseling-notes',
] as const;
export const CONSENT_KIND_VALUES = ['tpo', 'specific', 'counseling-notes', 'legal-proceedings'] as const;
export const PURPOSE_VALUES = [
  'treatment',
  'payment',
  'health-care-operations',
  'patient-request',
  'research',
  'legal-proceedings',
  'other',
] as const;
export const RECIPIENT_CLASS_VALUES = [
  'treating-provider',
  'health-plan',
  'third-party-payer',
  'program-operations',
] as const;
export const CONSENT_STATUS_VALUES = ['active', 'expired', 'revoked'] as const;
/** 42 CFR part 2 subpart E sections whose orders authorize a release (domain/consent/court-order.ts). */
export const COURT_ORDER_SECTION_VALUES = ['2.64', '2.65', '2.66'] as const;
export const COURT_ORDER_STATUS_VALUES = ['active', 'expired', 'used'] as const;

export const informationCategory = z.enum(INFORMATION_CATEGORY_VALUES, {
  message: 'Choose information categories from the list.',
});
export const consentKind = z.enum(CONSENT_KIND_VALUES, { message: 'Choose the kind of consent.' });
export const purpose = z.enum(PURPOSE_VALUES, { message: 'Choose a purpose from the list.' });

/** A scan of a paper consent: a data: URL of a PDF, PNG or JPEG of at most this many bytes. */
export const SCAN_MAX_BYTES = 2 * 1024 * 1024;
export const SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg'] as const;

const text = (max: number) => z.string().max(max, { message: `Use at most ${max} characters.` });

export const consentRecipient = z.discriminatedUnion('type', [
  z.object({ type: z.literal('named'), name: text(300) }),
  z.object({ type: z.literal('class'), classes: z.array(text(100)).max(20), description: text(1000) }),
]);

export const consentSignatureInput = z.discriminatedUnion('method', [
  /** Signed on a staff device: the signer types their full name and ticks "I have read and agree". */
  z.object({
    method: z.literal('electronic'),
    signerName: text(200),
    signerRole: z.enum(['patient', 'authorized-representative']).default('patient'),
    agreed: z.boolean(),
  }),
  /** Recorded from a signed paper form: the scan, the date on the paper, and the staff attestation. */
  z.object({
    method: z.literal('paper-scan'),
    signerName: text(200),
    signerRole: z.enum(['patient', 'authorized-representative']).default('patient'),
    signedOn: z.iso.date({ message: 'Give the date written on the paper consent (YYYY-MM-DD).' }),
    scan: z.string().max(3_000_000, { message: 'The scan is larger than 2 MB.' }),
    staffAttests: z.boolean(),
  }),
]);

/**
 * Every element is optional here so that the server can name each missing one (`fields`) in words a
 * person can act on, rather than a generic "invalid input".
 */
export const createConsentRequest = z.object({
  kind: consentKind.optional(),
  patientName: text(200).optional(),
  disclosingParty: text(300).optional(),
  recipient: consentRecipient.optional(),
  informationDescription: text(2000).optional(),
  informationCategories: z.array(informationCategory).max(INFORMATION_CATEGORY_VALUES.length).optional(),
  purposes: z.array(purpose).max(PURPOSE_VALUES.length).optional(),
  purposeDescription: text(1000).optional(),
  /** An expiry date (YYYY-MM-DD, end of that day UTC) or an exact instant. */
  expiresAt: z
    .union([z.iso.date(), z.iso.datetime({ offset: true })])
    .nullable()
    .optional(),
  expiryEvent: text(200).nullable().optional(),
  revocationStatement: text(2000).optional(),
  signature: consentSignatureInput.optional(),
});
export type CreateConsentRequest = z.input<typeof createConsentRequest>;

export const consentView = z.object({
  id: z.uuid(),
  kind: consentKind,
  status: z.enum(CONSENT_STATUS_VALUES),
  patientName: z.string(),
  disclosingParty: z.string(),
  recipient: consentRecipient,
  informationDescription: z.string(),
  informationCategories: z.array(informationCategory),
  purposes: z.array(purpose),
  purposeDescription: z.string(),
  expiresAt: z.string().nullable(),
  expiryEvent: z.string().nullable(),
  revocationStatement: z.string(),
  signature: z.object({
    signerName: z.string(),
    signerRole: z.enum(['patient', 'authorized-representative']),
    method: z.enum(['electronic', 'paper-scan']),
    signedAt: z.string(),
  }),
  hasScan: z.boolean(),
  recordedAt: z.string(),
  revokedAt: z.string().nullable(),
  revocationNote: z.string().nullable(),
});
export type ConsentView = z.infer<typeof consentView>;
export const consentList = z.object({ consents: z.array(consentView) });

export const revokeConsentRequest = z.object({
  /** The patient's written revocation, or a faithful note of it (REFERENCE.md 7.1: "in writing"). */
  statement: z
    .string()
    .trim()
    .min(5, { message: 'Write down the patient’s revocation (what they asked, and how).' })
    .max(2000),
});

export const discloseRequest = z.object({
  recipientName: z.string().trim().min(2, { message: 'Name the recipient.' }).max(300),
  recipientClass: z.enum(RECIPIENT_CLASS_VALUES).optional(),
  purpose,
  informationCategories: z
    .array(informationCategory)
    .min(1, { message: 'Choose the information to release.' })
    .max(INFORMATION_CATEGORY_VALUES.length),
  /** What is being sent, in words (defaults to the categories). */
  description: z.string().trim().max(1000).optional(),
  format: z.enum(['pdf', 'print']).default('pdf'),
  /** For use in a civil, criminal, administrative or legislative proceeding against the patient. */
  againstPatientInProceedings: z.boolean().default(false),
  /** The recorded court order (42 CFR part 2 subpart E, `GET .../court-orders`) this release goes out under. */
  courtOrderId: z.uuid({ message: 'Choose a court order recorded for this patient.' }).optional(),
});
export type DiscloseRequest = z.input<typeof discloseRequest>;

export const discloseResponse = z.object({ disclosureId: z.uuid(), pdfUrl: z.string() });
export type DiscloseResponse = z.infer<typeof discloseResponse>;

/** A refused disclosure: the reasons, each in words staff can act on. */
export const disclosureRefusedBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    reasons: z.array(z.string()).optional(),
  }),
});
export type DisclosureRefusedBody = z.infer<typeof disclosureRefusedBody>;

export const disclosureView = z.object({
  id: z.uuid(),
  disclosedAt: z.string(),
  recipientName: z.string(),
  recipientClass: z.string().nullable(),
  purpose: z.string(),
  informationCategories: z.array(z.string()),
  description: z.string(),
  format: z.string(),
  basis: z.enum(['consent', 'court-order']),
  consentId: z.string().nullable(),
  /** The recorded court order (its court and case number), or the free-text reference of an older release. */
  courtOrder: z
    .object({ id: z.string().nullable(), court: z.string().nullable(), caseNumber: z.string() })
    .nullable(),
  noticeVersion: z.string(),
  disclosedBy: z.string().nullable(),
});
export type DisclosureView = z.infer<typeof disclosureView>;
export const disclosureList = z.object({
  /** The start of the accounting period (42 CFR 2.25: the prior 3 years). */
  since: z.string(),
  disclosures: z.array(disclosureView),
});
export type DisclosureList = z.infer<typeof disclosureList>;

export const accountingQuery = z.object({
  years: z.coerce.number().int().min(1).max(10).default(3),
});

/**
 * A court order under 42 CFR part 2 subpart E, as recorded from the paper order. Every element is optional
 * here so that the server can name each missing one (`fields`) in words a person can act on.
 */
export const createCourtOrderRequest = z.object({
  section: z.enum(COURT_ORDER_SECTION_VALUES, { message: 'Choose 2.64, 2.65 or 2.66.' }).optional(),
  court: text(300).optional(),
  caseNumber: text(100).optional(),
  orderDate: z.iso.date({ message: 'Give the date of the order (YYYY-MM-DD).' }).optional(),
  judge: text(200).nullable().optional(),
  informationCategories: z.array(informationCategory).max(INFORMATION_CATEGORY_VALUES.length).optional(),
  informationDescription: text(2000).optional(),
  recipientName: text(300).optional(),
  purpose: text(1000).optional(),
  /** The last day the order authorizes releases (YYYY-MM-DD, to the end of that day UTC). */
  expiresOn: z.iso.date({ message: 'Give the expiry date as YYYY-MM-DD.' }).nullable().optional(),
  oneTime: z.boolean().optional(),
  /** Scan of the signed order: a data: URL of a PDF, PNG or JPEG of at most SCAN_MAX_BYTES. */
  scan: z.string().max(3_000_000, { message: 'The scan is larger than 2 MB.' }).nullable().optional(),
});
export type CreateCourtOrderRequest = z.input<typeof createCourtOrderRequest>;

export const courtOrderView = z.object({
  id: z.uuid(),
  section: z.enum(COURT_ORDER_SECTION_VALUES),
  status: z.enum(COURT_ORDER_STATUS_VALUES),
  court: z.string(),
  caseNumber: z.string(),
  orderDate: z.string(),
  judge: z.string().nullable(),
  informationCategories: z.array(informationCategory),
  informationDescription: z.string(),
  recipientName: z.string(),
  purpose: z.string(),
  expiresAt: z.string().nullable(),
  oneTime: z.boolean(),
  firstUsedAt: z.string().nullable(),
  hasScan: z.boolean(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type CourtOrderView = z.infer<typeof courtOrderView>;
export const courtOrderList = z.object({ courtOrders: z.array(courtOrderView) });
