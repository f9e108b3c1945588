import { randomUUID } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { asamAssessment, episode, levelOfCareChange, user } from '../../../db/schema/index.js';
import { recommendLevelOfCare } from '../../../domain/asam/recommend-level-of-care.js';
import type { RecordAsamRequest, RecordedAsam } from '../../../shared/asam.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { ApiError } from '../../errors.js';
import type { SessionActor } from '../auth/session-store.js';
import { withChartAccess } from '../patients/chart-access.js';
import { presentAsam, presentLevelChange } from './present-asam.js';

/**
 * Stores an ASAM six-dimension assessment with the decision-support recommendation (REFERENCE.md 2.2,
 * simplified rules, not ASAM's official algorithm) and the clinician's choice, which needs a reason when it
 * differs. When the chosen level differs from the open episode's current level, the change is recorded on the
 * episode with its date and the episode's level updated, in the same transaction and audit.
 * Without an open episode (assessment before admission) only the assessment is stored.
 */
export async function recordAsamAssessment(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  auditActor: AuditActor;
  patientId: string;
  input: RecordAsamRequest;
  now?: Date;
}): Promise<RecordedAsam> {
  const { input, session } = opts;
  const recommendation = recommendLevelOfCare({
    ...input.ratings,
    hasDiagnosis: input.hasDiagnosis,
    acceptsMoud: input.acceptsMoud,
  } as Parameters<typeof recommendLevelOfCare>[0]);
  const overrideReason = input.overrideReason?.trim() || null;
  const differs = input.chosenLevel !== recommendation.level;
  if (differs && !overrideReason) {
    throw new ApiError(
      'VALIDATION',
      'VALIDATION',
      `The chosen level (${input.chosenLevel}) differs from the recommendation (${recommendation.level}); give the reason.`,
      { overrideReason: 'Required when the chosen level differs from the recommendation.' },
    );
  }
  const id = randomUUID();
  const now = opts.now ?? new Date();

  return withChartAccess(
    { db: opts.db, audit: opts.audit },
    session,
    opts.auditActor,
    {
      action: 'asam-assessment.create',
      resourceType: 'asam_assessment',
      resourceId: id,
      patientId: opts.patientId,
      details: { recommendedLevel: recommendation.level, chosenLevel: input.chosenLevel },
    },
    async (tx) => {
      const [open] = await tx
        .select({ id: episode.id, levelOfCare: episode.levelOfCare })
        .from(episode)
        .where(and(eq(episode.patientId, opts.patientId), isNull(episode.dischargedAt)))
        .orderBy(desc(episode.admittedAt))
        .limit(1);
      const [row] = await tx
        .insert(asamAssessment)
        .values({
          id,
          organizationId: session.organizationId,
          patientId: opts.patientId,
          episodeId: open?.id ?? null,
          edition: 3,
          ratings: input.ratings,
          notes: input.notes,
          recommendedLevel: recommendation.level,
          rule: recommendation.rule,
          reasons: recommendation.reasons,
          chosenLevel: input.chosenLevel,
          overrideReason: differs ? overrideReason : null,
          assessedBy: session.userId,
          assessedAt: now,
        })
        .returning();
      let change: typeof levelOfCareChange.$inferSelect | undefined;
      if (open && open.levelOfCare !== input.chosenLevel) {
        [change] = await tx
          .insert(levelOfCareChange)
          .values({
            organizationId: session.organizationId,
            episodeId: open.id,
            asamAssessmentId: id,
            level: input.chosenLevel,
            reason: differs
              ? `ASAM assessment; chosen over recommended ${recommendation.level}: ${overrideReason}`
              : `ASAM assessment; follows the recommendation (${recommendation.rule}).`,
            changedBy: session.userId,
            changedAt: now,
          })
          .returning();
        await tx.update(episode).set({ levelOfCare: input.chosenLevel }).where(eq(episode.id, open.id));
      }
      const [me] = await tx
        .select({ id: user.id, displayName: user.displayName })
        .from(user)
        .where(eq(user.id, session.userId));
      return {
        ...presentAsam(row!, me ?? null),
        concurrentServices: recommendation.concurrentServices,
        levelChange: change ? presentLevelChange(change) : null,
      };
    },
  );
}
