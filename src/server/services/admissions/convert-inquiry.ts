import { eq } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { type Insurance, inquiry, inquiryEvent } from '../../../db/schema/index.js';
import { assertTransition } from '../../../domain/admissions/status-machine.js';
import type { convertInquiryRequest } from '../../../shared/admissions.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { withAuditedAccess } from '../../audit/with-audited-access.js';
import { ApiError } from '../../errors.js';
import { createPatient } from '../patients/create-patient.js';
import { loadInquiry } from './inquiry-view.js';
import { resolveWaitingAlert } from './log-inquiry-event.js';

const INSURANCE_KINDS: Record<string, Insurance['kind']> = {
  medicaid: 'medicaid',
  medicare: 'medicare',
  private: 'private',
  'self-pay': 'self-pay',
  none: 'none',
  other: 'other',
};

/**
 * Converts an inquiry into a patient (status pre-admission) without retyping: name, date of birth, phone,
 * email, language and insurance are carried over; the body supplies what the inquiry lacks (an anonymous web
 * request has no legal name). The converting user joins the care team as `intake`, and the inquiry becomes
 * `admitted` and linked. A second conversion is a 409. Audited as `inquiry.convert` and `patient.create`.
 */
export async function convertInquiry(opts: {
  db: Db;
  audit: AuditWriter;
  actor: AuditActor & { userId: string; organizationId: string };
  inquiryId: string;
  input: ReturnType<typeof convertInquiryRequest.parse>;
  now?: Date;
}): Promise<{ patientId: string; mrn: string }> {
  const now = opts.now ?? new Date();
  const { organizationId, userId } = opts.actor;
  return withAuditedAccess(
    opts,
    opts.actor,
    { action: 'inquiry.convert', resourceType: 'inquiry', resourceId: opts.inquiryId },
    async (tx) => {
      const { inquiry: row } = await loadInquiry(tx, {
        organizationId,
        inquiryId: opts.inquiryId,
        forUpdate: true,
      });
      if (row.patientId) {
        throw new ApiError(
          'CONFLICT',
          'ALREADY_CONVERTED',
          'This inquiry is already a patient. Open the chart from the inquiry.',
        );
      }
      assertTransition(row.status, 'admitted', {}, { viaConversion: true });
      const legalFirstName = opts.input.legalFirstName ?? row.firstName ?? undefined;
      const legalLastName = opts.input.legalLastName ?? row.lastName ?? undefined;
      const dateOfBirth = opts.input.dateOfBirth ?? row.dateOfBirth ?? undefined;
      const missing: Record<string, string> = {};
      if (!legalFirstName) missing.legalFirstName = 'Enter the legal first name: the chart needs it.';
      if (!legalLastName) missing.legalLastName = 'Enter the legal last name: the chart needs it.';
      if (!dateOfBirth) missing.dateOfBirth = 'Enter the date of birth (YYYY-MM-DD): the chart needs it.';
      if (Object.keys(missing).length > 0) {
        throw new ApiError('VALIDATION', 'VALIDATION', Object.values(missing)[0]!, missing);
      }
      const kind = row.insurance ? INSURANCE_KINDS[row.insurance] : undefined;
      const created = await createPatient({
        tx,
        audit: opts.audit,
        actor: opts.actor,
        patient: {
          organizationId,
          legalFirstName: legalFirstName!,
          legalLastName: legalLastName!,
          dateOfBirth: dateOfBirth!,
          language: row.preferredLanguage,
          phone: row.phone,
          email: row.email,
          insurance: kind ? { kind, payer: null, memberId: null } : null,
          status: 'pre-admission',
        },
        careTeam: [{ userId, careRole: 'intake' }],
        auditDetails: { fromInquiry: row.id },
      });
      await tx
        .update(inquiry)
        .set({
          status: 'admitted',
          patientId: created.id,
          firstName: legalFirstName!,
          lastName: legalLastName!,
          dateOfBirth: dateOfBirth!,
          updatedAt: now,
        })
        .where(eq(inquiry.id, row.id));
      await tx.insert(inquiryEvent).values({
        organizationId,
        inquiryId: row.id,
        kind: 'status-change',
        outcome: 'admitted',
        note: `Converted to patient ${created.mrn}.`,
        byUserId: userId,
        at: now,
      });
      await resolveWaitingAlert(tx, organizationId, row.id);
      return { patientId: created.id, mrn: created.mrn };
    },
  );
}
