import { and, eq } from 'drizzle-orm';
import { consent } from '../../../db/schema/index.js';
import type { ConsentView } from '../../../shared/consents.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from '../patients/chart-access.js';
import { type ChartCaller, toConsentRecord, toConsentView, treatmentEndedAt } from './consent-records.js';

/**
 * Records the patient's written revocation (42 CFR 2.31(a): "in writing"; REFERENCE.md 7.1). Effective from
 * now on: disclosures already made under the consent stand, later ones are refused. Nothing is deleted.
 */
export async function revokeConsent(
  opts: ChartCaller & { patientId: string; consentId: string; statement: string; now?: Date },
): Promise<ConsentView> {
  const now = opts.now ?? new Date();
  return withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    {
      action: 'consent.revoke',
      resourceType: 'consent',
      resourceId: opts.consentId,
      patientId: opts.patientId,
    },
    async (tx) => {
      const [existing] = await tx
        .select()
        .from(consent)
        .where(and(eq(consent.id, opts.consentId), eq(consent.patientId, opts.patientId)))
        .limit(1);
      if (!existing) throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'This patient has no such consent.');
      if (existing.revokedAt) {
        throw new ApiError(
          'CONFLICT',
          'ALREADY_REVOKED',
          `This consent was already revoked on ${existing.revokedAt.toISOString().slice(0, 10)}.`,
        );
      }
      const [row] = await tx
        .update(consent)
        .set({
          revokedAt: now,
          revocationNote: opts.statement.trim(),
          revokedRecordedBy: opts.session.userId,
        })
        .where(eq(consent.id, opts.consentId))
        .returning();
      return toConsentView(row!, toConsentRecord(row!, await treatmentEndedAt(tx, opts.patientId)), now);
    },
  );
}
