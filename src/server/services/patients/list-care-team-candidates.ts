import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';
import { membership, user } from '../../../db/schema/index.js';
import { CARE_TEAM_ROLES } from './add-care-team-member.js';

/** Clinicians of the organization who can be put on a care team (names and roles only; no patient data). */
export async function listCareTeamCandidates(db: DbOrTx, opts: { organizationId: string }) {
  return db
    .select({ id: user.id, displayName: user.displayName, role: membership.role })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(
      and(eq(membership.organizationId, opts.organizationId), inArray(membership.role, [...CARE_TEAM_ROLES])),
    )
    .orderBy(asc(user.displayName));
}
