import type { DbOrTx } from '../../../db/connect.js';
import { alert } from '../../../db/schema/index.js';

export interface RaiseAlertOptions {
  organizationId: string;
  /** The patient's care team sees it (and directors); null for alerts not tied to a chart yet. */
  patientId?: string | null;
  inquiryId?: string | null;
  /** kebab-case, e.g. `suicide-risk`, `severe-withdrawal`, `inquiry-waiting`, `break-the-glass`. */
  kind: string;
  severity: 'critical' | 'warning' | 'info';
  /** Plain sentences for the person who must act; no more patient detail than needed. */
  reasons: string[];
  /** Who must act beyond the care team, e.g. `director` for break-the-glass. */
  forRole?: string | null;
  /** What raised it (an assessment id, a grant id...), so the same cause is not raised twice. */
  sourceId?: string | null;
}

/** Writes an alert in the caller's transaction, so the alert exists exactly when its cause does. */
export async function raiseAlert(tx: DbOrTx, opts: RaiseAlertOptions) {
  const [row] = await tx
    .insert(alert)
    .values({
      organizationId: opts.organizationId,
      patientId: opts.patientId ?? null,
      inquiryId: opts.inquiryId ?? null,
      kind: opts.kind,
      severity: opts.severity,
      reasons: opts.reasons,
      forRole: opts.forRole ?? null,
      sourceId: opts.sourceId ?? null,
    })
    .returning();
  return row!;
}
