import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connect.js';
import { alert } from '../../../db/schema/index.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { ApiError } from '../../errors.js';
import type { SessionActor } from '../auth/session-store.js';
import { withChartAccess } from '../patients/chart-access.js';

/**
 * Marks an open alert as seen by the caller. Acknowledging is not resolving: a suicide-risk alert is never
 * auto-closed (REFERENCE.md 1.2); it stays on record as acknowledged, by whom and when.
 * A patient's alert goes through the chart door (care relationship + audit); others need the alert's role.
 */
export async function acknowledgeAlert(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  auditActor: AuditActor;
  alertId: string;
  now?: Date;
}): Promise<{ id: string; acknowledgedAt: string }> {
  const { session } = opts;
  const [found] = await opts.db
    .select({ patientId: alert.patientId, forRole: alert.forRole })
    .from(alert)
    .where(and(eq(alert.id, opts.alertId), eq(alert.organizationId, session.organizationId)));
  if (!found) throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'No such alert in your organization.');

  const work = async (tx: Tx) => {
    const now = opts.now ?? new Date();
    const [updated] = await tx
      .update(alert)
      .set({ status: 'acknowledged', acknowledgedBy: session.userId, acknowledgedAt: now })
      .where(and(eq(alert.id, opts.alertId), eq(alert.status, 'open')))
      .returning({ id: alert.id });
    if (!updated) {
      throw new ApiError('CONFLICT', 'ALERT_NOT_OPEN', 'This alert was already acknowledged or resolved.');
    }
    return { id: updated.id, acknowledgedAt: now.toISOString() };
  };
  const request = {
    action: 'alert.acknowledge',
    resourceType: 'alert',
    resourceId: opts.alertId,
  };
  if (found.patientId) {
    return withChartAccess(
      { db: opts.db, audit: opts.audit },
      session,
      opts.auditActor,
      { ...request, patientId: found.patientId },
      work,
    );
  }
  if (found.forRole !== session.role && session.role !== 'director') {
    throw new ApiError('FORBIDDEN', 'NOT_YOUR_ALERT', 'This alert is for another role.');
  }
  return opts.db.transaction(async (tx) => {
    const result = await work(tx);
    await opts.audit.record(tx, opts.auditActor, { ...request, outcome: 'success' });
    return result;
  });
}
