import type { DbOrTx } from '../../db/connect.js';
import { auditEvent } from '../../db/schema/index.js';
import type { AuditContent } from '../../domain/audit/chain.js';
import { contentHash } from '../../domain/audit/chain.js';

/** Who is acting and from where: everything an audit row needs besides the event itself. */
export interface AuditActor {
  userId: string | null;
  role: string | null;
  organizationId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
}

export interface AuditEventInput {
  action: string;
  outcome: AuditContent['outcome'];
  resourceType?: string;
  resourceId?: string;
  patientId?: string;
  purpose?: string;
  details?: Record<string, unknown>;
  /** Overrides for events about someone not yet signed in (e.g. a failed login's target user). */
  userId?: string | null;
  organizationId?: string | null;
}

/** Inserts one audit row with its content hash. Call it with the transaction that does the access. */
export async function recordAudit(dbOrTx: DbOrTx, actor: AuditActor, input: AuditEventInput): Promise<void> {
  const content: AuditContent = {
    // Millisecond precision, like the column, so the hash survives the round trip.
    occurredAt: new Date(Date.now()),
    actorUserId: input.userId !== undefined ? input.userId : actor.userId,
    actorRole: actor.role,
    organizationId: input.organizationId !== undefined ? input.organizationId : actor.organizationId,
    action: input.action,
    resourceType: input.resourceType ?? null,
    resourceId: input.resourceId ?? null,
    patientId: input.patientId ?? null,
    outcome: input.outcome,
    purpose: input.purpose ?? null,
    clientAddress: actor.clientAddress,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
    details: input.details ?? null,
  };
  await dbOrTx.insert(auditEvent).values({ ...content, contentHash: contentHash(content) });
}
