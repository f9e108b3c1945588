import type { ConsentView } from '../../../shared/consents.js';
import { withChartAccess } from '../patients/chart-access.js';
import { type ChartCaller, loadConsents, toConsentView } from './consent-records.js';

/** A patient's consents, newest first, each with its status now (active, expired or revoked). */
export async function listConsents(
  opts: ChartCaller & { patientId: string; now?: Date },
): Promise<ConsentView[]> {
  const now = opts.now ?? new Date();
  return withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    { action: 'consent.read', resourceType: 'consent', patientId: opts.patientId },
    async (tx) => {
      const { rows, records } = await loadConsents(tx, opts.patientId);
      return rows.map((row, i) => toConsentView(row, records[i]!, now));
    },
  );
}
