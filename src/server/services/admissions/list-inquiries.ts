import { and, asc, eq, inArray, type SQL } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { inquiry } from '../../../db/schema/index.js';
import { sortQueue } from '../../../domain/admissions/queue.js';
import { OPEN_STATUSES } from '../../../domain/admissions/status-machine.js';
import type { InquirySummary, inquiryListQuery } from '../../../shared/admissions.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { withAuditedAccess } from '../../audit/with-audited-access.js';
import { assignee, summaryColumns, toSummary } from './inquiry-view.js';

/** More than a queue ever holds open; finished inquiries beyond it are found through the chart. */
const QUEUE_LIMIT = 500;

/** The admissions queue in the domain's order (today first, then overdue, then by due time). Audited. */
export async function listInquiries(opts: {
  db: Db;
  audit: AuditWriter;
  actor: AuditActor & { userId: string; organizationId: string };
  query: ReturnType<typeof inquiryListQuery.parse>;
  contactHours: number;
  now?: Date;
}): Promise<InquirySummary[]> {
  const now = opts.now ?? new Date();
  const { status, assignedTo } = opts.query;
  const where: SQL[] = [eq(inquiry.organizationId, opts.actor.organizationId)];
  if (status === 'open') where.push(inArray(inquiry.status, [...OPEN_STATUSES]));
  else if (status !== 'all') where.push(eq(inquiry.status, status));
  if (assignedTo) where.push(eq(inquiry.assignedTo, assignedTo === 'me' ? opts.actor.userId : assignedTo));
  return withAuditedAccess(
    opts,
    opts.actor,
    {
      action: 'inquiry.list',
      resourceType: 'inquiry',
      details: { status, assignedTo: assignedTo === 'me' ? 'me' : assignedTo ? 'user' : 'anyone' },
    },
    async (tx) => {
      const rows = await tx
        .select(summaryColumns)
        .from(inquiry)
        .leftJoin(assignee, eq(assignee.id, inquiry.assignedTo))
        .where(and(...where))
        .orderBy(asc(inquiry.followUpDueAt))
        .limit(QUEUE_LIMIT);
      const items = rows.map((r) => ({ ...r.inquiry, assigneeName: r.assigneeName }));
      return sortQueue(items, now).map(({ assigneeName, ...row }) =>
        toSummary(row, assigneeName, now, opts.contactHours),
      );
    },
  );
}
