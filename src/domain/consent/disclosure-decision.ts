import { type ConsentRecord, consentStatus, type InformationCategory, type Purpose } from './consent.js';

/** What is about to leave the program. */
export interface DisclosureRequest {
  recipientName: string;
  /** The recipient's class, when a consent names recipients by class (e.g. `treating-provider`). */
  recipientClass?: string;
  purpose: Purpose;
  informationCategories: InformationCategory[];
  /** For use in a civil, criminal, administrative or legislative proceeding against the patient. */
  againstPatientInProceedings?: boolean;
  /** A Part 2 court order under Subpart E (42 CFR 2.64/2.65) has been recorded for this disclosure. */
  courtOrderId?: string;
}

export type DisclosureDecision =
  | { allowed: true; consentId: string | null; basis: 'consent' | 'court-order' }
  | { allowed: false; reasons: string[] };

const TPO_PURPOSES: Purpose[] = ['treatment', 'payment', 'health-care-operations'];

function recipientCovered(c: ConsentRecord, req: DisclosureRequest): boolean {
  if (c.recipient.type === 'named') {
    return c.recipient.name.trim().toLowerCase() === req.recipientName.trim().toLowerCase();
  }
  return !!req.recipientClass && c.recipient.classes.includes(req.recipientClass);
}

function purposeCovered(c: ConsentRecord, purpose: Purpose): boolean {
  if (c.kind === 'tpo') return TPO_PURPOSES.includes(purpose);
  return c.purposes.includes(purpose);
}

/**
 * Decides whether a disclosure may go out, and under which consent. Refusals say why, in words staff can
 * act on. Legal proceedings against the patient are a hard stop without the specific consent or a court
 * order (REFERENCE.md 7.1, "Legal proceedings"; 42 CFR 2.12(d), Subpart E).
 */
export function decideDisclosure(
  consents: ConsentRecord[],
  req: DisclosureRequest,
  now: Date,
): DisclosureDecision {
  const wantsCounselingNotes = req.informationCategories.includes('counseling-notes');
  const legal = req.againstPatientInProceedings === true || req.purpose === 'legal-proceedings';
  if (legal && req.courtOrderId) return { allowed: true, consentId: null, basis: 'court-order' };

  const active = consents.filter((c) => consentStatus(c, now) === 'active');
  const eligible = active.filter((c) => {
    if (legal) return c.kind === 'legal-proceedings';
    if (wantsCounselingNotes) return c.kind === 'counseling-notes';
    return c.kind === 'tpo' || c.kind === 'specific';
  });
  const match = eligible.find(
    (c) =>
      recipientCovered(c, req) &&
      purposeCovered(c, req.purpose) &&
      req.informationCategories.every((k) => c.informationCategories.includes(k)),
  );
  if (match) return { allowed: true, consentId: match.id, basis: 'consent' };

  const reasons: string[] = [];
  if (legal) {
    reasons.push(
      'Records may not be used in proceedings against the patient without the patient’s specific consent for that use or a court order under 42 CFR part 2 subpart E.',
    );
    return { allowed: false, reasons };
  }
  if (consents.length === 0) reasons.push('The patient has signed no consent to disclose.');
  const revoked = consents.filter((c) => consentStatus(c, now) === 'revoked').length;
  const expired = consents.filter((c) => consentStatus(c, now) === 'expired').length;
  if (revoked) reasons.push(`${revoked} consent(s) revoked by the patient no longer allow disclosure.`);
  if (expired) reasons.push(`${expired} consent(s) have expired.`);
  if (wantsCounselingNotes && !active.some((c) => c.kind === 'counseling-notes')) {
    reasons.push('Counselling notes need their own consent; none is in force.');
  }
  if (eligible.length > 0) {
    if (!eligible.some((c) => recipientCovered(c, req))) {
      reasons.push(`No consent in force names ${req.recipientName} as a recipient.`);
    } else if (!eligible.some((c) => recipientCovered(c, req) && purposeCovered(c, req.purpose))) {
      reasons.push(`No consent for ${req.recipientName} covers the purpose "${req.purpose}".`);
    } else {
      const missing = req.informationCategories.filter(
        (k) => !eligible.some((c) => recipientCovered(c, req) && c.informationCategories.includes(k)),
      );
      reasons.push(`The consent does not cover: ${missing.join(', ')}.`);
    }
  } else if (reasons.length === 0) {
    reasons.push('No consent in force covers this disclosure.');
  }
  return { allowed: false, reasons };
}
