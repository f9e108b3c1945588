import { randomUUID } from 'node:crypto';
import { and, eq, gte } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { assessment, user } from '../../../db/schema/index.js';
import type { SubmitAssessmentRequest, SubmittedAssessment } from '../../../shared/assessments.js';
import type { InstrumentLang } from '../../../shared/instruments.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { ApiError } from '../../errors.js';
import { raiseAlert } from '../alerts/raise-alert.js';
import type { SessionActor } from '../auth/session-store.js';
import { requireInstrument } from '../instruments/describe-instrument.js';
import { withChartAccess } from '../patients/chart-access.js';
import { presentAssessment } from './present-assessment.js';

/**
 * Flags that call for action by the care team, so they raise an alert the moment the response is stored:
 * PHQ-9 item 9 (REFERENCE.md 1.2, "same-day suicide-risk assessment", never auto-closed), a positive or acute
 * ASQ (1.6a, "alert the responsible clinician"), severe COWS (medical review, issue 3). An acute ASQ raises
 * `asq-acute` only: it already carries everything `asq-positive` asks, so one alert is enough.
 */
export const ALERTING_FLAGS = ['suicide-risk', 'asq-positive', 'asq-acute', 'severe-withdrawal'] as const;

/** "An ASQ if not yet done": an ASQ recorded for the patient within this window counts as done. */
const ASQ_RECENT_MS = 24 * 60 * 60 * 1000;
/** Clock skew allowed on a client-supplied administration time. */
const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

export async function submitAssessment(opts: {
  db: Db;
  audit: AuditWriter;
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  auditActor: AuditActor;
  patientId: string;
  input: SubmitAssessmentRequest;
  lang: InstrumentLang;
  now?: Date;
}): Promise<SubmittedAssessment> {
  const { input, session } = opts;
  const now = opts.now ?? new Date();
  const def = requireInstrument(input.instrumentId);
  // Scored before the transaction: a VALIDATION error names the offending items (DomainError fields).
  const result = def.score(input.answers);
  const administeredAt = input.administeredAt ? new Date(input.administeredAt) : now;
  if (administeredAt.getTime() > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ApiError('VALIDATION', 'VALIDATION', 'The administration time is in the future.', {
      administeredAt: 'Cannot be in the future.',
    });
  }

  // Known before the transaction so the audit row names the response it created.
  const id = randomUUID();
  return withChartAccess(
    { db: opts.db, audit: opts.audit },
    session,
    opts.auditActor,
    {
      action: 'assessment.create',
      resourceType: 'assessment',
      resourceId: id,
      patientId: opts.patientId,
      details: { instrumentId: def.id, ...(input.amendsId ? { amendsId: input.amendsId } : {}) },
    },
    async (tx) => {
      if (input.amendsId) {
        const [original] = await tx
          .select({
            id: assessment.id,
            patientId: assessment.patientId,
            instrumentId: assessment.instrumentId,
          })
          .from(assessment)
          .where(eq(assessment.id, input.amendsId));
        if (!original || original.patientId !== opts.patientId || original.instrumentId !== def.id) {
          throw new ApiError(
            'VALIDATION',
            'VALIDATION',
            'A correction must reference an earlier response of the same patient and instrument.',
            { amendsId: 'Not a response of this patient for this instrument.' },
          );
        }
        const [newer] = await tx
          .select({ id: assessment.id })
          .from(assessment)
          .where(eq(assessment.amendsId, original.id))
          .limit(1);
        if (newer) {
          throw new ApiError(
            'CONFLICT',
            'ALREADY_AMENDED',
            'That response has already been corrected. Amend the newest version instead.',
            { amendsId: 'Already corrected by a newer response.' },
          );
        }
      }

      const [row] = await tx
        .insert(assessment)
        .values({
          id,
          organizationId: session.organizationId,
          patientId: opts.patientId,
          instrumentId: def.id,
          instrumentVersion: def.version,
          answers: input.answers,
          score: result.score,
          band: result.band,
          flags: result.flags,
          details: result.details ?? null,
          context: input.context && Object.keys(input.context).length > 0 ? input.context : null,
          amendsId: input.amendsId ?? null,
          administeredAt,
          administeredBy: session.userId,
        })
        .returning();

      const alerting = result.flags.filter(
        (f) =>
          (ALERTING_FLAGS as readonly string[]).includes(f) &&
          !(f === 'asq-positive' && result.flags.includes('asq-acute')),
      );
      const alertsRaised: { id: string; kind: string }[] = [];
      for (const flagId of alerting) {
        const flag = def.flags.find((f) => f.id === flagId)!;
        const raised = await raiseAlert(tx, {
          organizationId: session.organizationId,
          patientId: opts.patientId,
          kind: flag.id,
          severity: flag.severity,
          // English: alert reasons are stored once and read by the whole team.
          reasons: [flag.label.en],
          sourceId: row!.id,
        });
        alertsRaised.push({ id: raised.id, kind: raised.kind });
      }

      let asqDoneRecently: boolean | null = null;
      if (def.id === 'phq9' && result.flags.includes('suicide-risk')) {
        const [asq] = await tx
          .select({ id: assessment.id })
          .from(assessment)
          .where(
            and(
              eq(assessment.patientId, opts.patientId),
              eq(assessment.instrumentId, 'asq'),
              gte(assessment.administeredAt, new Date(now.getTime() - ASQ_RECENT_MS)),
            ),
          )
          .limit(1);
        asqDoneRecently = asq !== undefined;
      }

      const [me] = await tx
        .select({ id: user.id, displayName: user.displayName })
        .from(user)
        .where(eq(user.id, session.userId));
      return {
        ...presentAssessment(row!, { lang: opts.lang, administeredBy: me ?? null, amendedBy: null }),
        asqDoneRecently,
        alertsRaised,
      };
    },
  );
}
