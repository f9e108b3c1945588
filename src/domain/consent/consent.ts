/**
 * 42 CFR Part 2 written consent (REFERENCE.md 7.1; 42 CFR 2.31 as revised by the 2024 final rule,
 * 89 FR 12472). Pure rules: which elements a consent must carry, whether it is in force, what it covers.
 */

/** The information a disclosure can contain; a consent names the categories it covers. */
export const INFORMATION_CATEGORIES = [
  'demographics',
  'diagnosis',
  'assessments',
  'treatment-plan',
  'medications',
  'drug-screens',
  'progress-notes',
  'attendance',
  'discharge-summary',
  /** SUD counselling notes: only ever under their own consent (2.31(b)). */
  'counseling-notes',
] as const;
export type InformationCategory = (typeof INFORMATION_CATEGORIES)[number];

export const CONSENT_KINDS = ['tpo', 'specific', 'counseling-notes', 'legal-proceedings'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

export const PURPOSES = [
  'treatment',
  'payment',
  'health-care-operations',
  'patient-request',
  'research',
  'legal-proceedings',
  'other',
] as const;
export type Purpose = (typeof PURPOSES)[number];

/** Generic recipient classes a single TPO consent may name (REFERENCE.md 7.1 example wording). */
export const TPO_RECIPIENT_CLASSES = [
  'treating-provider',
  'health-plan',
  'third-party-payer',
  'program-operations',
] as const;

export interface ConsentElements {
  kind: ConsentKind;
  patientName: string;
  /** Who may use/disclose: the program by name, or a class. */
  disclosingParty: string;
  recipient: { type: 'named'; name: string } | { type: 'class'; classes: string[]; description: string };
  /** Specific, meaningful description of the information, in words the patient understands. */
  informationDescription: string;
  informationCategories: InformationCategory[];
  purposes: Purpose[];
  purposeDescription: string;
  /** An expiry date, or an expiry event ("end of treatment"; "none" only for a TPO consent). */
  expiresAt: string | null;
  expiryEvent: string | null;
  /** The patient was told of the right to revoke in writing, and how. */
  revocationStatement: string;
  signature: {
    signerName: string;
    signerRole: 'patient' | 'authorized-representative';
    method: 'electronic' | 'paper-scan';
    signedAt: string;
  };
}

export interface ConsentRecord extends ConsentElements {
  id: string;
  revokedAt: string | null;
  /** Set by the episode when treatment ends, for consents that expire at "end of treatment". */
  treatmentEndedAt?: string | null;
}

/**
 * Every required element, each with the message a person can act on. Returns field -> message; empty when
 * the consent is complete.
 */
export function missingConsentElements(c: Partial<ConsentElements>): Record<string, string> {
  const missing: Record<string, string> = {};
  const blank = (v: unknown) => typeof v !== 'string' || v.trim().length === 0;
  if (!c.kind) missing.kind = 'Choose the kind of consent.';
  if (blank(c.patientName)) missing.patientName = 'The patient’s name is required.';
  if (blank(c.disclosingParty)) missing.disclosingParty = 'Name who may disclose (the program, or a class).';
  if (!c.recipient) missing.recipient = 'Name the recipient, by name or by class.';
  else if (c.recipient.type === 'named' && blank(c.recipient.name)) missing.recipient = 'Name the recipient.';
  else if (
    c.recipient.type === 'class' &&
    (c.recipient.classes.length === 0 || blank(c.recipient.description))
  )
    missing.recipient = 'Describe the class of recipients.';
  if (blank(c.informationDescription) || (c.informationDescription ?? '').trim().length < 10)
    missing.informationDescription = 'Describe the information specifically (what, from when).';
  if (!c.informationCategories?.length) missing.informationCategories = 'Choose the information covered.';
  if (!c.purposes?.length || blank(c.purposeDescription))
    missing.purpose = 'State the purpose of the disclosure.';
  if (!c.expiresAt && blank(c.expiryEvent)) missing.expiry = 'Give an expiry date or event.';
  if (c.expiryEvent?.trim().toLowerCase() === 'none' && c.kind !== 'tpo')
    missing.expiry = '"None" is allowed only for a single TPO consent; give a date or event.';
  if (blank(c.revocationStatement))
    missing.revocationStatement = 'State the right to revoke in writing and how.';
  if (!c.signature || blank(c.signature.signerName) || blank(c.signature.signedAt))
    missing.signature = 'The consent must be signed and dated.';
  if (c.kind === 'counseling-notes' && c.informationCategories?.some((k) => k !== 'counseling-notes'))
    missing.informationCategories = 'A counselling-notes consent may cover only counselling notes.';
  if (c.kind !== 'counseling-notes' && c.informationCategories?.includes('counseling-notes'))
    missing.informationCategories = 'Counselling notes need their own, separate consent.';
  if (
    c.kind === 'tpo' &&
    c.purposes?.some((p) => !['treatment', 'payment', 'health-care-operations'].includes(p))
  )
    missing.purpose = 'A TPO consent covers treatment, payment and health care operations only.';
  if (c.kind === 'legal-proceedings' && !c.purposes?.includes('legal-proceedings'))
    missing.purpose = 'A legal-proceedings consent must state that purpose.';
  return missing;
}

export type ConsentStatus = 'active' | 'expired' | 'revoked';

export function consentStatus(c: ConsentRecord, now: Date): ConsentStatus {
  if (c.revokedAt && new Date(c.revokedAt) <= now) return 'revoked';
  if (c.expiresAt && new Date(c.expiresAt) <= now) return 'expired';
  const event = c.expiryEvent?.trim().toLowerCase();
  if (event === 'end of treatment' && c.treatmentEndedAt && new Date(c.treatmentEndedAt) <= now)
    return 'expired';
  return 'active';
}
