import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';
import { membership, user } from '../../../db/schema/index.js';
import { ROLE_PERMISSIONS } from '../../../domain/access/permissions.js';
import { ROLES } from '../../../shared/roles.js';

/** Roles that work the queue (hold `inquiry:write`): intake and directors today. */
const QUEUE_ROLES = ROLES.filter((role) => ROLE_PERMISSIONS[role].includes('inquiry:write'));

/** Staff an inquiry can be assigned to, by name. */
export async function listAssignees(db: DbOrTx, organizationId: string) {
  return db
    .select({ id: user.id, displayName: user.displayName })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.organizationId, organizationId), inArray(membership.role, QUEUE_ROLES)))
    .orderBy(asc(user.displayName));
}
