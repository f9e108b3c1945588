import { and, desc, eq, inArray, isNull, or } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { alert, careTeamMember, patient } from '../../../db/schema/index.js';
import type { AlertItem, AlertList } from '../../../shared/alerts.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import type { SessionActor } from '../auth/session-store.js';

/** Roles that see every alert of the organization (as they may open every chart, chart-access.ts). */
const SEE_ALL_ROLES = ['director'];
/** The caseload shows the newest alerts; older ones stay in the patient's chart. */
const LIMIT = 200;

export function patientDisplayName(p: {
  preferredName: string | null;
  legalFirstName: string;
  legalLastName: string;
}) {
  return `${p.preferredName ?? p.legalFirstName} ${p.legalLastName}`;
}

/**
 * Alerts the caller should act on, newest first. Reading them shows patient names, so the read is audited
 * (one row naming the patients shown) in the same transaction.
 */
export async function listAlerts(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  auditActor: AuditActor;
  status: AlertItem['status'];
}): Promise<AlertList> {
  const { session } = opts;
  return opts.db.transaction(async (tx) => {
    const myPatients = tx
      .select({ id: careTeamMember.patientId })
      .from(careTeamMember)
      .where(and(eq(careTeamMember.userId, session.userId), isNull(careTeamMember.removedAt)));
    const visible = SEE_ALL_ROLES.includes(session.role)
      ? undefined
      : or(eq(alert.forRole, session.role), and(isNull(alert.forRole), inArray(alert.patientId, myPatients)));
    const rows = await tx
      .select({
        a: alert,
        p: {
          id: patient.id,
          mrn: patient.mrn,
          preferredName: patient.preferredName,
          legalFirstName: patient.legalFirstName,
          legalLastName: patient.legalLastName,
        },
      })
      .from(alert)
      .leftJoin(patient, eq(patient.id, alert.patientId))
      .where(and(eq(alert.organizationId, session.organizationId), eq(alert.status, opts.status), visible))
      .orderBy(desc(alert.createdAt))
      .limit(LIMIT);
    const patientIds = [...new Set(rows.flatMap(({ p }) => (p ? [p.id] : [])))];
    await opts.audit.record(tx, opts.auditActor, {
      action: 'alert.list',
      outcome: 'success',
      resourceType: 'alert',
      purpose: 'TREAT',
      details: { status: opts.status, count: rows.length, patientIds },
    });
    return {
      alerts: rows.map(({ a, p }) => ({
        id: a.id,
        kind: a.kind,
        severity: a.severity,
        reasons: a.reasons,
        status: a.status,
        forRole: a.forRole,
        patient: p ? { id: p.id, name: patientDisplayName(p), mrn: p.mrn } : null,
        sourceId: a.sourceId,
        createdAt: a.createdAt.toISOString(),
        acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
      })),
    };
  });
}
