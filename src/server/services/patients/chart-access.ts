import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connect.js';
import { breakGlassGrant, careTeamMember, patient } from '../../../db/schema/index.js';
import {
  type ChartAccessBasis,
  chartAccessBasis,
  purposeOfUse,
} from '../../../domain/access/chart-access.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { withAuditedAccess } from '../../audit/with-audited-access.js';
import { ApiError } from '../../errors.js';
import type { SessionActor } from '../auth/session-store.js';

export interface ChartContext {
  basis: ChartAccessBasis;
  patientStatus: 'pre-admission' | 'active' | 'discharged';
}

/** The care relationship between a signed-in user and a patient of their organization. */
export async function resolveChartAccess(
  db: Db | Tx,
  actor: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>,
  patientId: string,
  now = new Date(),
): Promise<{ basis: ChartAccessBasis | null; patientStatus: ChartContext['patientStatus'] } | null> {
  const [row] = await db
    .select({
      status: patient.status,
      onCareTeam: careTeamMember.id,
      grant: breakGlassGrant.id,
    })
    .from(patient)
    .leftJoin(
      careTeamMember,
      and(
        eq(careTeamMember.patientId, patient.id),
        eq(careTeamMember.userId, actor.userId),
        isNull(careTeamMember.removedAt),
      ),
    )
    .leftJoin(
      breakGlassGrant,
      and(
        eq(breakGlassGrant.patientId, patient.id),
        eq(breakGlassGrant.userId, actor.userId),
        gt(breakGlassGrant.expiresAt, now),
      ),
    )
    .where(and(eq(patient.id, patientId), eq(patient.organizationId, actor.organizationId)))
    .limit(1);
  if (!row) return null;
  return {
    patientStatus: row.status,
    basis: chartAccessBasis({
      role: actor.role,
      onCareTeam: row.onCareTeam !== null,
      patientStatus: row.status,
      hasActiveBreakGlass: row.grant !== null,
    }),
  };
}

/** The answer to a patient id that is not one of the caller's organization (unknown ids included). */
export const patientNotFound = () =>
  new ApiError('NOT_FOUND', 'NOT_FOUND', 'No such patient in your organization.');

/** The answer to someone without a care relationship, with the way forward. */
export const notOnCareTeam = () =>
  new ApiError(
    'FORBIDDEN',
    'NOT_ON_CARE_TEAM',
    'You are not on this patient’s care team. In an emergency you can use break-the-glass access, which is recorded and reported to the director.',
  );

export interface ChartAccessRequest {
  /** `<resource>.<verb>`, e.g. `patient.read`, `assessment.create`. */
  action: string;
  resourceType: string;
  resourceId?: string;
  patientId: string;
  details?: Record<string, unknown>;
}

/**
 * The one door to a patient's chart: checks the care relationship, then runs `work` in a transaction
 * that also writes the audit row (purpose ETREAT under break-the-glass). Refusals are audited and
 * answered 403 with the way forward; a patient of another organization is a 404.
 */
export async function withChartAccess<T>(
  deps: { db: Db; audit: AuditWriter },
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>,
  auditActor: AuditActor,
  request: ChartAccessRequest,
  work: (tx: Tx, ctx: ChartContext) => Promise<T>,
): Promise<T> {
  const relation = await resolveChartAccess(deps.db, session, request.patientId);
  if (!relation) {
    await deps.audit.record(deps.db, auditActor, {
      action: request.action,
      outcome: 'failure',
      resourceType: request.resourceType,
      resourceId: request.resourceId,
      patientId: request.patientId,
      details: { reason: 'not-found' },
    });
    throw patientNotFound();
  }
  const { basis, patientStatus } = relation;
  if (!basis) {
    await deps.audit.record(deps.db, auditActor, {
      action: request.action,
      outcome: 'denied',
      resourceType: request.resourceType,
      resourceId: request.resourceId,
      patientId: request.patientId,
      details: { reason: 'no-care-relationship' },
    });
    throw notOnCareTeam();
  }
  return withAuditedAccess(
    deps,
    auditActor,
    { ...request, purpose: purposeOfUse(basis), details: { ...request.details, basis } },
    (tx) => work(tx, { basis, patientStatus }),
  );
}
