import { and, asc, eq, ne } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';
import { membership, user } from '../../../db/schema/index.js';
import type { OrgUser } from '../../../shared/users.js';

/** Staff of the organization (patient logins are not staff and are not listed here). */
export async function listUsers(db: DbOrTx, opts: { organizationId: string }): Promise<OrgUser[]> {
  const rows = await db
    .select({
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: membership.role,
      mfaEnabledAt: user.mfaEnabledAt,
      createdAt: membership.createdAt,
    })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .where(and(eq(membership.organizationId, opts.organizationId), ne(membership.role, 'patient')))
    .orderBy(asc(user.displayName));
  return rows.map(({ mfaEnabledAt, createdAt, ...r }) => ({
    ...r,
    mfaEnabled: mfaEnabledAt !== null,
    createdAt: createdAt.toISOString(),
  }));
}
