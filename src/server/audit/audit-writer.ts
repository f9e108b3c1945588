import type { FastifyRequest } from 'fastify';
import type { DbOrTx } from '../../db/connect.js';
import { type AuditActor, type AuditEventInput, recordAudit } from './record-audit.js';
import type { Sealer } from './sealer.js';

/**
 * What services use to write audit rows: always with the transaction that does the access, and the
 * sealer links the rows into the chain right after the request ends.
 */
export interface AuditWriter {
  record(dbOrTx: DbOrTx, actor: AuditActor, input: AuditEventInput): Promise<void>;
  sealer: Sealer;
}

export function createAuditWriter(sealer: Sealer): AuditWriter {
  return {
    async record(dbOrTx, actor, input) {
      await recordAudit(dbOrTx, actor, input);
      sealer.nudge();
    },
    sealer,
  };
}

/** The audit "who and where" of a request. */
export function auditActorOf(req: FastifyRequest): AuditActor {
  return {
    userId: req.actor?.userId ?? null,
    role: req.actor?.role ?? null,
    organizationId: req.actor?.organizationId ?? null,
    clientAddress: req.ip ?? null,
    userAgent: req.headers['user-agent']?.slice(0, 512) ?? null,
    requestId: req.id,
  };
}
