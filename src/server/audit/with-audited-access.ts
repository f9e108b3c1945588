import type { Db, Tx } from '../../db/connect.js';
import { isDomainError } from '../../domain/errors.js';
import type { AuditWriter } from './audit-writer.js';
import type { AuditActor } from './record-audit.js';

/** One access to patient data, as the audit trail records it (REFERENCE.md 7.3). */
export interface PatientDataAccess {
  /** `<resource>.<verb>`, e.g. `patient.read`, `assessment.create`. */
  action: string;
  resourceType: string;
  resourceId?: string;
  /** Absent for data not tied to a chart yet (an admission inquiry before conversion). */
  patientId?: string;
  /** v3 PurposeOfUse; TREAT unless said otherwise (ETREAT for break-the-glass). */
  purpose?: string;
  details?: Record<string, unknown>;
}

/**
 * The helper every read or write of patient data goes through: runs `work` in a transaction and writes
 * the success audit row in that same transaction, so data and audit commit or roll back together.
 * A refusal (FORBIDDEN / NOT_FOUND from the work) is audited too, in its own write, then rethrown.
 */
export async function withAuditedAccess<T>(
  deps: { db: Db; audit: AuditWriter },
  actor: AuditActor,
  access: PatientDataAccess,
  work: (tx: Tx) => Promise<T>,
): Promise<T> {
  const event = {
    action: access.action,
    resourceType: access.resourceType,
    resourceId: access.resourceId,
    patientId: access.patientId,
    purpose: access.purpose ?? 'TREAT',
    details: access.details,
  };
  try {
    return await deps.db.transaction(async (tx) => {
      const result = await work(tx);
      await deps.audit.record(tx, actor, { ...event, outcome: 'success' });
      return result;
    });
  } catch (err) {
    if (isDomainError(err, 'FORBIDDEN') || isDomainError(err, 'NOT_FOUND')) {
      await deps.audit.record(deps.db, actor, {
        ...event,
        outcome: isDomainError(err, 'FORBIDDEN') ? 'denied' : 'failure',
        details: { ...access.details, reason: err.code },
      });
    }
    throw err;
  }
}
