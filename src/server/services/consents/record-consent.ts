import { consent } from '../../../db/schema/index.js';
import type { ConsentView, CreateConsentRequest } from '../../../shared/consents.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from '../patients/chart-access.js';
import { type ChartCaller, toConsentRecord, toConsentView, treatmentEndedAt } from './consent-records.js';
import { validateConsent } from './validate-consent.js';

/**
 * Records a signed 42 CFR Part 2 consent (REFERENCE.md 7.1): refused with every missing element named in
 * `fields`; stored once and never edited (revocation is recorded separately).
 */
export async function recordConsent(
  opts: ChartCaller & { patientId: string; input: CreateConsentRequest; now?: Date },
): Promise<ConsentView> {
  const now = opts.now ?? new Date();
  return withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    {
      action: 'consent.create',
      resourceType: 'consent',
      patientId: opts.patientId,
      details: { kind: opts.input.kind ?? null, method: opts.input.signature?.method ?? null },
    },
    async (tx) => {
      const checked = validateConsent(opts.input, now);
      if (!checked.ok) {
        const count = Object.keys(checked.fields).length;
        throw new ApiError(
          'VALIDATION',
          'CONSENT_INCOMPLETE',
          `The consent is missing ${count} required element${count === 1 ? '' : 's'}: ${Object.values(checked.fields).join(' ')}`,
          checked.fields,
        );
      }
      const c = checked.consent;
      const [row] = await tx
        .insert(consent)
        .values({
          organizationId: opts.session.organizationId,
          patientId: opts.patientId,
          kind: c.elements.kind,
          elements: c.elements,
          expiresAt: c.expiresAt,
          signedAt: c.signedAt,
          scan: c.scan,
          recordedBy: opts.session.userId,
        })
        .returning();
      return toConsentView(row!, toConsentRecord(row!, await treatmentEndedAt(tx, opts.patientId)), now);
    },
  );
}
