import type { CourtOrderView } from '../../../shared/consents.js';
import { withChartAccess } from '../patients/chart-access.js';
import type { ChartCaller } from './consent-records.js';
import { loadCourtOrders, toCourtOrderView } from './court-order-records.js';

/** A patient's recorded court orders (42 CFR part 2 subpart E), newest first, each with its status now. */
export async function listCourtOrders(
  opts: ChartCaller & { patientId: string; now?: Date },
): Promise<CourtOrderView[]> {
  const now = opts.now ?? new Date();
  return withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    { action: 'court-order.read', resourceType: 'court_order', patientId: opts.patientId },
    async (tx) => (await loadCourtOrders(tx, opts.patientId)).map((o) => toCourtOrderView(o, now)),
  );
}
