import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';
import { site } from '../../../db/schema/index.js';
import type { AdmissionOptions } from '../../../shared/admissions.js';
import { findPublicOrganization } from './resolve-organization.js';

/** What the public admission form offers: the organization's own sites (published facts, no personal data). */
export async function listAdmissionOptions(db: DbOrTx, organizationId?: string): Promise<AdmissionOptions> {
  const orgId = await findPublicOrganization(db, organizationId);
  if (!orgId) return { organizationId: null, sites: [] };
  const sites = await db
    .select({ id: site.id, name: site.name, city: site.city })
    .from(site)
    .where(eq(site.organizationId, orgId))
    .orderBy(asc(site.name));
  return { organizationId: orgId, sites };
}
