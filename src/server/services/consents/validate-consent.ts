import {
  type ConsentElements,
  type InformationCategory,
  missingConsentElements,
} from '../../../domain/consent/consent.js';
import { type CreateConsentRequest, SCAN_MAX_BYTES, SCAN_TYPES } from '../../../shared/consents.js';

/** The first bytes of each accepted scan type: the declared type must match the content. */
const MAGIC: Record<(typeof SCAN_TYPES)[number], number[]> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46], // %PDF
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
};

/** Checks a paper consent's scan (a data: URL); returns a message, or null when it is acceptable. */
export function scanProblem(scan: string): string | null {
  const match = /^data:([a-z/+.-]+);base64,([A-Za-z0-9+/=\s]+)$/.exec(scan);
  if (!match) return 'Attach the scan as a PDF, PNG or JPEG file.';
  const type = match[1] as (typeof SCAN_TYPES)[number];
  if (!SCAN_TYPES.includes(type)) return 'The scan must be a PDF, PNG or JPEG file.';
  const bytes = Buffer.from(match[2]!, 'base64');
  if (bytes.length === 0) return 'The scan file is empty.';
  if (bytes.length > SCAN_MAX_BYTES) return 'The scan is larger than 2 MB; scan at a lower resolution.';
  if (!MAGIC[type].every((b, i) => bytes[i] === b))
    return 'The file is not the PDF or image it claims to be.';
  return null;
}

const normalName = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

/** Dates on a form mean the whole day: a consent "until 2027-06-30" lasts to the end of that day (UTC). */
function expiryInstant(value: string | null | undefined): Date | null {
  if (!value) return null;
  return new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T23:59:59.999Z` : value);
}

export interface ValidConsent {
  elements: ConsentElements;
  expiresAt: Date | null;
  signedAt: Date;
  scan: string | null;
}

/**
 * Every element 42 CFR 2.31(a) requires (REFERENCE.md 7.1, via missingConsentElements), plus the signature
 * itself: an e-signature is the patient's typed full name (matching the consent) and the "I have read and
 * agree" tick; a paper consent carries its scan and the staff member's attestation. Returns the consent to
 * store, or field -> message for everything that is missing.
 */
export function validateConsent(
  input: CreateConsentRequest,
  now: Date,
): { ok: true; consent: ValidConsent } | { ok: false; fields: Record<string, string> } {
  const sig = input.signature;
  const signedAt = !sig ? null : sig.method === 'electronic' ? now : new Date(`${sig.signedOn}T12:00:00Z`);
  const expiresAt = expiryInstant(input.expiresAt);
  const elements: Partial<ConsentElements> = {
    kind: input.kind,
    patientName: input.patientName?.trim(),
    disclosingParty: input.disclosingParty?.trim(),
    recipient: input.recipient,
    informationDescription: input.informationDescription?.trim(),
    informationCategories: input.informationCategories as InformationCategory[] | undefined,
    purposes: input.purposes,
    purposeDescription: input.purposeDescription?.trim(),
    expiresAt: expiresAt?.toISOString() ?? null,
    expiryEvent: input.expiryEvent?.trim() || null,
    revocationStatement: input.revocationStatement?.trim(),
    signature:
      sig && signedAt
        ? {
            signerName: sig.signerName.trim(),
            signerRole: sig.signerRole ?? 'patient',
            method: sig.method,
            signedAt: signedAt.toISOString(),
          }
        : undefined,
  };
  const fields = missingConsentElements(elements);
  if (expiresAt && expiresAt <= now) fields.expiry = 'The expiry date has already passed.';
  if (sig && !fields.signature) {
    if (sig.method === 'electronic') {
      if (!sig.agreed) fields.signature = 'The patient must tick “I have read and agree” to sign.';
      else if (
        (sig.signerRole ?? 'patient') === 'patient' &&
        !fields.patientName &&
        normalName(sig.signerName) !== normalName(input.patientName ?? '')
      )
        fields.signature = 'The typed name does not match the patient’s name on the consent.';
    } else {
      const problem = scanProblem(sig.scan);
      if (problem) fields.scan = problem;
      if (!sig.staffAttests) fields.signature = 'Confirm that you saw the signed paper consent.';
      if (signedAt && signedAt.getTime() > now.getTime() + 86_400_000)
        fields.signature = 'The date on the paper consent is in the future.';
    }
  }
  if (Object.keys(fields).length > 0) return { ok: false, fields };
  return {
    ok: true,
    consent: {
      elements: elements as ConsentElements,
      expiresAt,
      signedAt: signedAt!,
      scan: sig?.method === 'paper-scan' ? sig.scan : null,
    },
  };
}
