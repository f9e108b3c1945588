import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { asamAssessment, episode, levelOfCareChange, user } from '../../../db/schema/index.js';
import type { AsamHistory } from '../../../shared/asam.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import type { SessionActor } from '../auth/session-store.js';
import { withChartAccess } from '../patients/chart-access.js';
import { presentAsam, presentLevelChange } from './present-asam.js';

/** A patient's ASAM assessments (newest first), the open episode's level and its level-of-care history. */
export async function listAsamAssessments(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  auditActor: AuditActor;
  patientId: string;
}): Promise<AsamHistory> {
  return withChartAccess(
    { db: opts.db, audit: opts.audit },
    opts.session,
    opts.auditActor,
    { action: 'asam-assessment.list', resourceType: 'asam_assessment', patientId: opts.patientId },
    async (tx) => {
      const rows = await tx
        .select({ a: asamAssessment, byName: user.displayName })
        .from(asamAssessment)
        .leftJoin(user, eq(user.id, asamAssessment.assessedBy))
        .where(eq(asamAssessment.patientId, opts.patientId))
        .orderBy(desc(asamAssessment.assessedAt));
      const [open] = await tx
        .select({ id: episode.id, levelOfCare: episode.levelOfCare })
        .from(episode)
        .where(and(eq(episode.patientId, opts.patientId), isNull(episode.dischargedAt)))
        .orderBy(desc(episode.admittedAt))
        .limit(1);
      const changes = await tx
        .select({ c: levelOfCareChange })
        .from(levelOfCareChange)
        .innerJoin(episode, eq(episode.id, levelOfCareChange.episodeId))
        .where(eq(episode.patientId, opts.patientId))
        .orderBy(desc(levelOfCareChange.changedAt));
      return {
        currentLevel: open?.levelOfCare ?? null,
        episodeId: open?.id ?? null,
        assessments: rows.map(({ a, byName }) =>
          presentAsam(a, a.assessedBy && byName ? { id: a.assessedBy, displayName: byName } : null),
        ),
        levelChanges: changes.map(({ c }) => presentLevelChange(c)),
      };
    },
  );
}
