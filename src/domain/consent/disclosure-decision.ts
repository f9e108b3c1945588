import { type ConsentRecord, consentStatus, type InformationCategory, type Purpose } from './consent.js';
import { type CourtOrderRecord, courtOrderProblems, courtOrderStatus } from './court-order.js';

/** What is about to leave the program. */
export interface DisclosureRequest {
  recipientName: string;
  /** The recipient's class, when a consent names recipients by class (e.g. `treating-provider`). */
  recipientClass?: string;
  purpose: Purpose;
  informationCategories: InformationCategory[];
  /** For use in a civil, criminal, administrative or legislative proceeding against the patient. */
  againstPatientInProceedings?: boolean;
  /** The recorded court order (42 CFR part 2 subpart E) this release is to go out under. */
  courtOrderId?: string;
}

export type DisclosureDecision =
  | { allowed: true; basis: 'consent'; consentId: string; courtOrderId: null }
  | { allowed: true; basis: 'court-order'; consentId: null; courtOrderId: string }
  | { allowed: false; reasons: string[] };

const LEGAL_REASON =
  'Records may not be used in proceedings against the patient without the patient’s specific consent for that use or a court order under 42 CFR part 2 subpart E.';

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
 * Decides whether a disclosure may go out, and under which consent or court order. Refusals say why, in words
 * staff can act on. Legal proceedings against the patient are a hard stop without the specific consent or a
 * court order (REFERENCE.md 7.1, "Legal proceedings"; 42 CFR 2.12(d), Subpart E): the order must be one
 * recorded for this patient (court-order.ts), in force, and cover the recipient, purpose and information
 * (§ 2.64(e), § 2.65(e)); a reference typed in is not enough.
 */
export function decideDisclosure(
  consents: ConsentRecord[],
  req: DisclosureRequest,
  now: Date,
  courtOrders: CourtOrderRecord[] = [],
): DisclosureDecision {
  const wantsCounselingNotes = req.informationCategories.includes('counseling-notes');
  const legal = req.againstPatientInProceedings === true || req.purpose === 'legal-proceedings';
  if (req.courtOrderId) {
    const order = courtOrders.find((o) => o.id === req.courtOrderId);
    if (!order) {
      return {
        allowed: false,
        reasons: ['The chosen court order is not on file for this patient. Record the order first.'],
      };
    }
    const problems = courtOrderProblems(order, req, now);
    if (problems.length > 0) return { allowed: false, reasons: problems };
    return { allowed: true, basis: 'court-order', consentId: null, courtOrderId: order.id };
  }

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
  if (match) return { allowed: true, basis: 'consent', consentId: match.id, courtOrderId: null };

  const reasons: string[] = [];
  if (legal) {
    reasons.push(LEGAL_REASON);
    if (courtOrders.some((o) => courtOrderStatus(o, now) === 'active')) {
      reasons.push('A court order is on file for this patient: choose it if it authorizes this release.');
    }
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
