import { and, eq, inArray } from 'drizzle-orm';
import { careTeamMember, membership } from '../../../db/schema/index.js';
import type { AddCareTeamMemberRequest } from '../../../shared/patient-chart.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/** Staff roles that treat patients and so may sit on a care team (admins run the system, not charts). */
export const CARE_TEAM_ROLES = ['director', 'intake', 'counselor', 'prescriber', 'nurse'] as const;

/**
 * POST /patients/:id/care-team: adds a clinician of the same organization. A member removed earlier
 * comes back on the same row (one row per patient and user); the audit trail keeps the history.
 */
export async function addCareTeamMember(
  opts: ChartCaller & { patientId: string; input: AddCareTeamMemberRequest },
): Promise<void> {
  const { db, audit, session, actor, patientId, input } = opts;
  await withChartAccess(
    { db, audit },
    session,
    actor,
    {
      action: 'care-team.add',
      resourceType: 'care_team_member',
      resourceId: input.userId,
      patientId,
      details: { careRole: input.careRole },
    },
    async (tx) => {
      const [staff] = await tx
        .select({ role: membership.role })
        .from(membership)
        .where(
          and(
            eq(membership.userId, input.userId),
            eq(membership.organizationId, session.organizationId),
            inArray(membership.role, [...CARE_TEAM_ROLES]),
          ),
        );
      if (!staff) {
        const message = 'Choose a clinician of your organization.';
        throw new ApiError('VALIDATION', 'NOT_CLINICAL_STAFF', message, { userId: message });
      }
      const [existing] = await tx
        .select()
        .from(careTeamMember)
        .where(and(eq(careTeamMember.patientId, patientId), eq(careTeamMember.userId, input.userId)));
      if (existing && existing.removedAt === null) {
        throw new ApiError('CONFLICT', 'ALREADY_ON_CARE_TEAM', 'This person is already on the care team.');
      }
      if (existing) {
        await tx
          .update(careTeamMember)
          .set({ careRole: input.careRole, addedAt: new Date(), removedAt: null })
          .where(eq(careTeamMember.id, existing.id));
      } else {
        await tx.insert(careTeamMember).values({
          organizationId: session.organizationId,
          patientId,
          userId: input.userId,
          careRole: input.careRole,
        });
      }
    },
  );
}
