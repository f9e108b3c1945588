import { and, eq, isNull } from 'drizzle-orm';
import { careTeamMember } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/**
 * DELETE /patients/:id/care-team/:userId: ends a membership by setting `removed_at` (never deleting);
 * chart access through the care team ends with it.
 */
export async function removeCareTeamMember(
  opts: ChartCaller & { patientId: string; userId: string },
): Promise<void> {
  const { db, audit, session, actor, patientId, userId } = opts;
  await withChartAccess(
    { db, audit },
    session,
    actor,
    { action: 'care-team.remove', resourceType: 'care_team_member', resourceId: userId, patientId },
    async (tx) => {
      const removed = await tx
        .update(careTeamMember)
        .set({ removedAt: new Date() })
        .where(
          and(
            eq(careTeamMember.patientId, patientId),
            eq(careTeamMember.userId, userId),
            isNull(careTeamMember.removedAt),
          ),
        )
        .returning({ id: careTeamMember.id });
      if (removed.length === 0) {
        throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'This person is not on the care team.');
      }
    },
  );
}
