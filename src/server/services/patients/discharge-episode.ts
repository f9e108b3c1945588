import { and, eq, isNull, sql } from 'drizzle-orm';
import { episode, patient } from '../../../db/schema/index.js';
import type { DischargeRequest } from '../../../shared/patient-chart.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/**
 * POST /patients/:id/episodes/:episodeId/discharge: closes an open episode with its date and reason; the
 * patient becomes `discharged` when no other episode is open.
 */
export async function dischargeEpisode(
  opts: ChartCaller & { patientId: string; episodeId: string; input: DischargeRequest },
): Promise<void> {
  const { db, audit, session, actor, patientId, episodeId, input } = opts;
  const dischargedAt = new Date(input.dischargedAt);
  await withChartAccess(
    { db, audit },
    session,
    actor,
    { action: 'episode.discharge', resourceType: 'episode', resourceId: episodeId, patientId },
    async (tx) => {
      const [ep] = await tx
        .select()
        .from(episode)
        .where(and(eq(episode.id, episodeId), eq(episode.patientId, patientId)));
      if (!ep) throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'No such episode for this patient.');
      if (ep.dischargedAt) {
        throw new ApiError('CONFLICT', 'ALREADY_DISCHARGED', 'This episode is already closed.');
      }
      if (dischargedAt < ep.admittedAt) {
        const message = 'The discharge cannot be before the admission.';
        throw new ApiError('VALIDATION', 'VALIDATION', message, { dischargedAt: message });
      }
      await tx
        .update(episode)
        .set({ dischargedAt, dischargeReason: input.reason })
        .where(eq(episode.id, episodeId));
      await tx
        .update(patient)
        .set({ status: 'discharged', updatedAt: new Date() })
        .where(
          and(
            eq(patient.id, patientId),
            sql`not exists (select 1 from ${episode} where ${and(eq(episode.patientId, patientId), isNull(episode.dischargedAt))})`,
          ),
        );
    },
  );
}
