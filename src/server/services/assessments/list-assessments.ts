import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { assessment, user } from '../../../db/schema/index.js';
import type { AssessmentList } from '../../../shared/assessments.js';
import type { InstrumentLang } from '../../../shared/instruments.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import type { SessionActor } from '../auth/session-store.js';
import { withChartAccess } from '../patients/chart-access.js';
import { presentAssessment } from './present-assessment.js';

/**
 * A patient's responses, newest first (optionally of one instrument). A response corrected by a newer one
 * carries `amendedBy`: it is superseded, never changed.
 */
export async function listAssessments(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  auditActor: AuditActor;
  patientId: string;
  instrumentId?: string;
  lang: InstrumentLang;
}): Promise<AssessmentList> {
  return withChartAccess(
    { db: opts.db, audit: opts.audit },
    opts.session,
    opts.auditActor,
    {
      action: 'assessment.list',
      resourceType: 'assessment',
      patientId: opts.patientId,
      ...(opts.instrumentId ? { details: { instrumentId: opts.instrumentId } } : {}),
    },
    async (tx) => {
      const rows = await tx
        .select({ a: assessment, byName: user.displayName })
        .from(assessment)
        .leftJoin(user, eq(user.id, assessment.administeredBy))
        .where(
          and(
            eq(assessment.patientId, opts.patientId),
            opts.instrumentId ? eq(assessment.instrumentId, opts.instrumentId) : undefined,
          ),
        )
        .orderBy(desc(assessment.administeredAt), desc(assessment.createdAt));
      const amendedBy = new Map<string, { id: string; administeredAt: Date }>();
      for (const { a } of rows) {
        if (a.amendsId) amendedBy.set(a.amendsId, { id: a.id, administeredAt: a.administeredAt });
      }
      return {
        responses: rows.map(({ a, byName }) =>
          presentAssessment(a, {
            lang: opts.lang,
            administeredBy: a.administeredBy && byName ? { id: a.administeredBy, displayName: byName } : null,
            amendedBy: amendedBy.get(a.id) ?? null,
          }),
        ),
      };
    },
  );
}

/**
 * One stored response by id through the chart door (FHIR reads): 404 when it does not exist in the caller's
 * organization; otherwise the care relationship decides, audited, and `amendedBy` tells if it is superseded.
 */
export async function getAssessment(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  auditActor: AuditActor;
  id: string;
  action: string;
}) {
  const [found] = await opts.db
    .select({ patientId: assessment.patientId })
    .from(assessment)
    .where(and(eq(assessment.id, opts.id), eq(assessment.organizationId, opts.session.organizationId)));
  if (!found) return null;
  return withChartAccess(
    { db: opts.db, audit: opts.audit },
    opts.session,
    opts.auditActor,
    { action: opts.action, resourceType: 'assessment', resourceId: opts.id, patientId: found.patientId },
    async (tx) => {
      const [row] = await tx.select().from(assessment).where(eq(assessment.id, opts.id));
      const newer = await tx
        .select({ id: assessment.id })
        .from(assessment)
        .where(inArray(assessment.amendsId, [opts.id]))
        .limit(1);
      return { row: row!, superseded: newer.length > 0 };
    },
  );
}
