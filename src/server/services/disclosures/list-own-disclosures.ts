import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { patient } from '../../../db/schema/index.js';
import type { DisclosureList } from '../../../shared/consents.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { withAuditedAccess } from '../../audit/with-audited-access.js';
import { accountingStart, readAccounting } from './list-disclosures.js';

/**
 * The signed-in patient's own accounting of disclosures (42 CFR 2.25: the patient's right to it), found
 * through `patient.user_id`. A login linked to no patient row sees an empty list.
 */
export async function listOwnDisclosures(opts: {
  deps: { db: Db; audit: AuditWriter };
  actor: AuditActor & { userId: string; organizationId: string };
  years: number;
  now?: Date;
}): Promise<DisclosureList> {
  const since = accountingStart(opts.now ?? new Date(), opts.years);
  const [own] = await opts.deps.db
    .select({ id: patient.id })
    .from(patient)
    .where(and(eq(patient.userId, opts.actor.userId), eq(patient.organizationId, opts.actor.organizationId)))
    .limit(1);
  if (!own) return { since: since.toISOString(), disclosures: [] };
  return withAuditedAccess(
    opts.deps,
    opts.actor,
    {
      action: 'disclosure.read',
      resourceType: 'disclosure',
      patientId: own.id,
      purpose: 'PATRQT',
      details: { accountingYears: opts.years, ownRecord: true },
    },
    (tx) => readAccounting(tx, own.id, since),
  );
}
