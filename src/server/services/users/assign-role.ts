import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { membership } from '../../../db/schema/index.js';
import { canAssignRole } from '../../../domain/access/policy.js';
import type { Role } from '../../../shared/roles.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { ApiError } from '../../errors.js';
import type { SessionCache } from '../auth/session-cache.js';
import { setOpenSessionsRole } from '../auth/session-store.js';

/** Changes a member's role in the actor's organization; refused (and audited) on oneself. */
export async function assignRole(opts: {
  db: Db;
  audit: AuditWriter;
  /** This server's session copies: the target's are forgotten once the change commits. */
  sessionCache: SessionCache;
  actor: AuditActor & { userId: string; role: Role; organizationId: string };
  targetUserId: string;
  role: Role;
}): Promise<void> {
  if (!canAssignRole(opts.actor, opts.targetUserId)) {
    await opts.audit.record(opts.db, opts.actor, {
      action: 'role.change',
      outcome: 'denied',
      resourceType: 'user',
      resourceId: opts.targetUserId,
      details: { requestedRole: opts.role, reason: 'self-or-not-allowed' },
    });
    throw new ApiError(
      'FORBIDDEN',
      'FORBIDDEN',
      'You cannot change your own role; ask another administrator.',
    );
  }
  const change = await opts.db.transaction(async (tx) => {
    const where = and(
      eq(membership.userId, opts.targetUserId),
      eq(membership.organizationId, opts.actor.organizationId),
    );
    const current = (await tx.select().from(membership).where(where))[0];
    if (!current) throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'No such user in your organization.');
    // A patient login must never become a staff account: staff are created as staff.
    if (current.role === 'patient') {
      throw new ApiError('CONFLICT', 'PATIENT_ACCOUNT', 'Patient accounts cannot be given a staff role.');
    }
    await tx.update(membership).set({ role: opts.role }).where(where);
    const sessions = await setOpenSessionsRole(tx, opts.targetUserId, opts.actor.organizationId, opts.role);
    await opts.audit.record(tx, opts.actor, {
      action: 'role.change',
      outcome: 'success',
      resourceType: 'user',
      resourceId: opts.targetUserId,
      details: { from: current.role, to: opts.role },
    });
    return sessions;
  });
  opts.sessionCache.forget(change);
}
