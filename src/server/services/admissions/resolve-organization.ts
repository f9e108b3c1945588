import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';
import { organization } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';

/**
 * The organization a public admission request is for. Haven has no per-site configuration for this: when the
 * installation holds exactly one organization, that one; otherwise the request must name it (`organizationId`).
 * Returns null when it cannot be told (several organizations, none named).
 */
export async function findPublicOrganization(db: DbOrTx, organizationId?: string): Promise<string | null> {
  if (organizationId) {
    const [row] = await db
      .select({ id: organization.id })
      .from(organization)
      .where(eq(organization.id, organizationId));
    return row?.id ?? null;
  }
  const rows = await db.select({ id: organization.id }).from(organization).limit(2);
  return rows.length === 1 ? rows[0]!.id : null;
}

export async function requirePublicOrganization(db: DbOrTx, organizationId?: string): Promise<string> {
  const found = await findPublicOrganization(db, organizationId);
  if (found) return found;
  const message = organizationId
    ? 'This program is not known here. Call the program directly, or 988 if you need help now.'
    : 'This site serves several programs: say which one (organizationId).';
  throw new ApiError('VALIDATION', 'ORGANIZATION_REQUIRED', message, { organizationId: message });
}
