import type { z } from 'zod';
import { disclosure } from '../../../db/schema/index.js';
import type { InformationCategory, Purpose } from '../../../domain/consent/consent.js';
import { decideDisclosure } from '../../../domain/consent/disclosure-decision.js';
import { redisclosureNotice } from '../../../domain/consent/redisclosure-notice.js';
import type { DiscloseResponse, discloseRequest } from '../../../shared/consents.js';
import { ApiError } from '../../errors.js';
import { type ChartCaller, loadConsents } from '../consents/consent-records.js';
import { loadCourtOrders } from '../consents/court-order-records.js';
import { withChartAccess } from '../patients/chart-access.js';
import { categoryLabel } from './release-pdf.js';

/** A disclosure the rules do not allow; `reasons` say why, in words staff can act on. */
export class DisclosureRefusedError extends ApiError {
  constructor(public readonly reasons: string[]) {
    super('FORBIDDEN', 'DISCLOSURE_REFUSED', `These records may not be released: ${reasons.join(' ')}`);
  }
}

/** v3 PurposeOfUse for the audit row (REFERENCE.md 7.3); `other` has no code and keeps only the detail. */
const PURPOSE_OF_USE: Record<Purpose, string | undefined> = {
  treatment: 'TREAT',
  payment: 'HPAYMT',
  'health-care-operations': 'HOPERAT',
  'patient-request': 'PATRQT',
  research: 'HRESCH',
  'legal-proceedings': 'HLEGAL',
  other: undefined,
};

export const pdfUrlOf = (patientId: string, disclosureId: string) =>
  `/api/v1/patients/${patientId}/disclosures/${disclosureId}/pdf`;

/**
 * THE one way records leave the program (printed or PDF release; later the FHIR API): checks for a consent
 * in force that covers recipient, purpose and information (or, for proceedings against the patient, a hard
 * stop, 42 CFR 2.12(d): the specific consent or a recorded court order under subpart E that is in force and
 * covers this release, §§ 2.64-2.66), refuses with the reasons otherwise (audited as denied),
 * and records the disclosure with the 42 CFR 2.32 notice it carries, plus its audit row, in one transaction.
 * The document itself is rendered on request from the recorded disclosure (disclosure-pdf.ts).
 */
export async function discloseRecords(
  opts: ChartCaller & { patientId: string; input: z.output<typeof discloseRequest>; now?: Date },
): Promise<DiscloseResponse> {
  const now = opts.now ?? new Date();
  const req = opts.input;
  const categories = req.informationCategories as InformationCategory[];
  const details = {
    recipientName: req.recipientName,
    recipientClass: req.recipientClass ?? null,
    purpose: req.purpose,
    informationCategories: categories,
    format: req.format,
    againstPatientInProceedings: req.againstPatientInProceedings,
    courtOrderId: req.courtOrderId ?? null,
  };
  return withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    { action: 'disclosure.create', resourceType: 'disclosure', patientId: opts.patientId, details },
    async (tx) => {
      const { records } = await loadConsents(tx, opts.patientId);
      // The chosen order's row is locked: two releases cannot both use up a one-time order.
      const orders = await loadCourtOrders(tx, opts.patientId, { lock: req.courtOrderId });
      const decision = decideDisclosure(
        records,
        {
          recipientName: req.recipientName,
          recipientClass: req.recipientClass,
          purpose: req.purpose,
          informationCategories: categories,
          againstPatientInProceedings: req.againstPatientInProceedings,
          courtOrderId: req.courtOrderId,
        },
        now,
        orders.map((o) => o.record),
      );
      if (!decision.allowed) throw new DisclosureRefusedError(decision.reasons);
      const notice = redisclosureNotice('full');
      const [row] = await tx
        .insert(disclosure)
        .values({
          organizationId: opts.session.organizationId,
          patientId: opts.patientId,
          consentId: decision.consentId,
          courtOrderId: decision.courtOrderId,
          recipientName: req.recipientName,
          recipientClass: req.recipientClass ?? null,
          purpose: req.purpose,
          informationCategories: categories,
          description: req.description?.trim() || categories.map(categoryLabel).join(', '),
          format: req.format,
          noticeVersion: notice.version,
          noticeText: notice.text,
          disclosedBy: opts.session.userId,
          disclosedAt: now,
        })
        .returning({ id: disclosure.id });
      // The disclosure event itself (BALP PrivacyDisclosure; REFERENCE.md 7.3), with the purpose of the release.
      await opts.deps.audit.record(tx, opts.actor, {
        action: 'patient.disclose',
        outcome: 'success',
        resourceType: 'disclosure',
        resourceId: row!.id,
        patientId: opts.patientId,
        purpose: PURPOSE_OF_USE[req.purpose],
        details: {
          ...details,
          basis: decision.basis,
          consentId: decision.consentId,
          courtOrderId: decision.courtOrderId,
          noticeVersion: notice.version,
        },
      });
      return { disclosureId: row!.id, pdfUrl: pdfUrlOf(opts.patientId, row!.id) };
    },
  );
}
