import { and, desc, eq, gte } from 'drizzle-orm';
import type { Tx } from '../../../db/connect.js';
import { courtOrder, disclosure, user } from '../../../db/schema/index.js';
import type { DisclosureList } from '../../../shared/consents.js';
import type { ChartCaller } from '../consents/consent-records.js';
import { withChartAccess } from '../patients/chart-access.js';

/** The start of an accounting period of `years` ending at `now`. */
export function accountingStart(now: Date, years: number): Date {
  const since = new Date(now);
  since.setUTCFullYear(since.getUTCFullYear() - years);
  return since;
}

/** The disclosures of one patient since `since`, newest first (shared by the staff and patient views). */
export async function readAccounting(tx: Tx, patientId: string, since: Date): Promise<DisclosureList> {
  const rows = await tx
    .select({
      d: disclosure,
      by: user.displayName,
      court: courtOrder.court,
      caseNumber: courtOrder.caseNumber,
    })
    .from(disclosure)
    .leftJoin(user, eq(user.id, disclosure.disclosedBy))
    .leftJoin(courtOrder, eq(courtOrder.id, disclosure.courtOrderId))
    .where(and(eq(disclosure.patientId, patientId), gte(disclosure.disclosedAt, since)))
    .orderBy(desc(disclosure.disclosedAt));
  return {
    since: since.toISOString(),
    disclosures: rows.map(({ d, by, court, caseNumber }) => ({
      id: d.id,
      disclosedAt: d.disclosedAt.toISOString(),
      recipientName: d.recipientName,
      recipientClass: d.recipientClass,
      purpose: d.purpose,
      informationCategories: d.informationCategories,
      description: d.description,
      format: d.format,
      basis: d.consentId ? 'consent' : 'court-order',
      consentId: d.consentId,
      // A recorded order, or the reference typed for a release made before orders were recorded.
      courtOrder:
        d.courtOrderId && caseNumber !== null
          ? { id: d.courtOrderId, court, caseNumber }
          : d.courtOrderReference
            ? { id: null, court: null, caseNumber: d.courtOrderReference }
            : null,
      noticeVersion: d.noticeVersion,
      disclosedBy: by,
    })),
  };
}

/** Accounting of disclosures (42 CFR 2.25; REFERENCE.md 7.1): everything released in the prior `years`. */
export async function listDisclosures(
  opts: ChartCaller & { patientId: string; years: number; now?: Date },
): Promise<DisclosureList> {
  const since = accountingStart(opts.now ?? new Date(), opts.years);
  return withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    {
      action: 'disclosure.read',
      resourceType: 'disclosure',
      patientId: opts.patientId,
      details: { accountingYears: opts.years },
    },
    (tx) => readAccounting(tx, opts.patientId, since),
  );
}
