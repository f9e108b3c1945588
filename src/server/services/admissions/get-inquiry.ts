import type { Db } from '../../../db/connect.js';
import type { InquiryDetail } from '../../../shared/admissions.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { withAuditedAccess } from '../../audit/with-audited-access.js';
import { readInquiryDetail } from './inquiry-view.js';

/** One inquiry with its contact log. Audited (`inquiry.read`), refusals too. */
export async function getInquiry(opts: {
  db: Db;
  audit: AuditWriter;
  actor: AuditActor & { organizationId: string };
  inquiryId: string;
  contactHours: number;
  now?: Date;
}): Promise<InquiryDetail> {
  return withAuditedAccess(
    opts,
    opts.actor,
    { action: 'inquiry.read', resourceType: 'inquiry', resourceId: opts.inquiryId },
    (tx) =>
      readInquiryDetail(tx, {
        organizationId: opts.actor.organizationId,
        inquiryId: opts.inquiryId,
        now: opts.now ?? new Date(),
        contactHours: opts.contactHours,
      }),
  );
}
