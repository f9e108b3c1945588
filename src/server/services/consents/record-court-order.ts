import { randomUUID } from 'node:crypto';
import { courtOrder } from '../../../db/schema/index.js';
import type { InformationCategory } from '../../../domain/consent/consent.js';
import { type CourtOrderSection, missingCourtOrderElements } from '../../../domain/consent/court-order.js';
import type { CourtOrderView, CreateCourtOrderRequest } from '../../../shared/consents.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from '../patients/chart-access.js';
import type { ChartCaller } from './consent-records.js';
import { loadCourtOrders, toCourtOrderView } from './court-order-records.js';
import { scanProblem } from './validate-consent.js';

/** An order "until 2027-02-01" authorizes releases to the end of that day (UTC), like a consent's expiry date. */
const endOfDay = (date: string) => new Date(`${date}T23:59:59.999Z`);

/**
 * Records a court order authorizing use and disclosure (42 CFR part 2 subpart E, §§ 2.64-2.66) from the
 * paper order: refused with every missing element named in `fields`; stored once, never edited. The audit
 * row names the order's id and section, not the court or case.
 */
export async function recordCourtOrder(
  opts: ChartCaller & { patientId: string; input: CreateCourtOrderRequest; now?: Date },
): Promise<CourtOrderView> {
  const now = opts.now ?? new Date();
  const input = opts.input;
  const id = randomUUID();
  return withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    {
      action: 'court-order.create',
      resourceType: 'court_order',
      resourceId: id,
      patientId: opts.patientId,
      details: { section: input.section ?? null, oneTime: input.oneTime ?? false, hasScan: !!input.scan },
    },
    async (tx) => {
      const fields = missingCourtOrderElements(input, now);
      if (input.expiresOn && !fields.expiresOn && endOfDay(input.expiresOn) <= now)
        fields.expiresOn = 'This order has already expired; releases cannot rely on it.';
      const scan = input.scan || null;
      const problem = scan ? scanProblem(scan) : null;
      if (problem) fields.scan = problem;
      const count = Object.keys(fields).length;
      if (count > 0) {
        throw new ApiError(
          'VALIDATION',
          'COURT_ORDER_INCOMPLETE',
          `The court order is missing ${count} required element${count === 1 ? '' : 's'}: ${Object.values(fields).join(' ')}`,
          fields,
        );
      }
      await tx.insert(courtOrder).values({
        id,
        organizationId: opts.session.organizationId,
        patientId: opts.patientId,
        section: input.section as CourtOrderSection,
        court: input.court!.trim(),
        caseNumber: input.caseNumber!.trim(),
        orderDate: input.orderDate!,
        judge: input.judge?.trim() || null,
        informationCategories: [...new Set(input.informationCategories as InformationCategory[])],
        informationDescription: input.informationDescription!.trim(),
        recipientName: input.recipientName!.trim().replace(/\s+/g, ' '),
        purpose: input.purpose!.trim(),
        expiresAt: input.expiresOn ? endOfDay(input.expiresOn) : null,
        oneTime: input.oneTime ?? false,
        scan,
        recordedBy: opts.session.userId,
        recordedAt: now,
      });
      const recorded = (await loadCourtOrders(tx, opts.patientId)).find((o) => o.row.id === id)!;
      return toCourtOrderView(recorded, now);
    },
  );
}
