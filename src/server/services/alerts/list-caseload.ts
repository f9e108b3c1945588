import { and, asc, count, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { alert, careTeamMember, patient } from '../../../db/schema/index.js';
import type { CaseloadResponse } from '../../../shared/alerts.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import type { SessionActor } from '../auth/session-store.js';
import { patientDisplayName } from './list-alerts.js';

/** The patients whose care team the caller is on, with their open alert counts; the read is audited. */
export async function listCaseload(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  auditActor: AuditActor;
}): Promise<CaseloadResponse> {
  const { session } = opts;
  return opts.db.transaction(async (tx) => {
    const rows = await tx
      .select({
        id: patient.id,
        mrn: patient.mrn,
        preferredName: patient.preferredName,
        legalFirstName: patient.legalFirstName,
        legalLastName: patient.legalLastName,
        status: patient.status,
        careRole: careTeamMember.careRole,
        openAlerts: count(alert.id),
      })
      .from(careTeamMember)
      .innerJoin(patient, eq(patient.id, careTeamMember.patientId))
      .leftJoin(alert, and(eq(alert.patientId, patient.id), eq(alert.status, 'open')))
      .where(
        and(
          eq(careTeamMember.userId, session.userId),
          eq(careTeamMember.organizationId, session.organizationId),
          isNull(careTeamMember.removedAt),
        ),
      )
      .groupBy(patient.id, careTeamMember.careRole)
      .orderBy(asc(patient.legalLastName), asc(patient.legalFirstName));
    await opts.audit.record(tx, opts.auditActor, {
      action: 'caseload.list',
      outcome: 'success',
      resourceType: 'patient',
      purpose: 'TREAT',
      details: { count: rows.length, patientIds: rows.map((r) => r.id) },
    });
    return {
      patients: rows.map((r) => ({
        id: r.id,
        name: patientDisplayName(r),
        mrn: r.mrn,
        status: r.status,
        careRole: r.careRole,
        openAlerts: Number(r.openAlerts),
      })),
    };
  });
}
