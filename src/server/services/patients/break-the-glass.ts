import { eq } from 'drizzle-orm';
import { breakGlassGrant, user } from '../../../db/schema/index.js';
import { BREAK_GLASS_MINUTES } from '../../../domain/access/chart-access.js';
import { ApiError } from '../../errors.js';
import { raiseAlert } from '../alerts/raise-alert.js';
import { resolveChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/**
 * POST /patients/:id/break-glass: emergency access (HIPAA 164.312(a) "emergency access procedure";
 * REFERENCE.md 7.2-7.3). For someone with no other access: a grant for BREAK_GLASS_MINUTES, an audit row
 * marked as emergency access (purpose ETREAT) and an alert for the director, all in one transaction.
 * The stated reason stays in the grant and the director's alert, not in the audit details (no PHI there).
 */
export async function breakTheGlass(
  opts: ChartCaller & { patientId: string; reason: string; now?: Date },
): Promise<{ grantId: string; expiresAt: string }> {
  const { db, audit, session, actor, patientId, reason } = opts;
  const now = opts.now ?? new Date();
  const base = { action: 'patient.break-glass', resourceType: 'patient', resourceId: patientId, patientId };
  const relation = await resolveChartAccess(db, session, patientId, now);
  if (!relation) {
    await audit.record(db, actor, { ...base, outcome: 'failure', details: { reason: 'not-found' } });
    throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'No such patient in your organization.');
  }
  if (relation.basis) {
    // Already inside (care team, site role, intake before admission, or an open grant): nothing to break.
    throw new ApiError(
      'CONFLICT',
      'ALREADY_HAS_ACCESS',
      'You can already open this chart; emergency access is not needed.',
    );
  }
  const expiresAt = new Date(now.getTime() + BREAK_GLASS_MINUTES * 60_000);
  return db.transaction(async (tx) => {
    const [grant] = await tx
      .insert(breakGlassGrant)
      .values({
        organizationId: session.organizationId,
        patientId,
        userId: session.userId,
        reason,
        grantedAt: now,
        expiresAt,
      })
      .returning({ id: breakGlassGrant.id });
    const [me] = await tx.select({ name: user.displayName }).from(user).where(eq(user.id, session.userId));
    await audit.record(tx, actor, {
      ...base,
      outcome: 'success',
      purpose: 'ETREAT',
      details: { emergencyAccess: true, grantId: grant!.id, minutes: BREAK_GLASS_MINUTES },
    });
    await raiseAlert(tx, {
      organizationId: session.organizationId,
      patientId,
      kind: 'break-the-glass',
      severity: 'warning',
      forRole: 'director',
      sourceId: grant!.id,
      reasons: [
        `${me?.name ?? 'A staff member'} (${session.role}) used emergency break-the-glass access to a chart outside their care relationship, for ${BREAK_GLASS_MINUTES} minutes.`,
        `Stated reason: ${reason}`,
      ],
    });
    return { grantId: grant!.id, expiresAt: expiresAt.toISOString() };
  });
}
