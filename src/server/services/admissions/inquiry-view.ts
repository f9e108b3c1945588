import { and, asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../../db/connect.js';
import { inquiry, inquiryEvent, site, user } from '../../../db/schema/index.js';
import { isOverdue, isWaitingTooLong } from '../../../domain/admissions/queue.js';
import {
  checklistResult,
  type InquiryDetail,
  type InquiryEvent,
  type InquirySummary,
} from '../../../shared/admissions.js';
import { ApiError } from '../../errors.js';

export type InquiryRow = typeof inquiry.$inferSelect;
type StaffRef = { id: string; displayName: string } | null;

/** The program's clock for follow-up times: the server's time zone (set `TZ` to the program's). */
export function programTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

export const assignee = alias(user, 'assignee');
/** Columns of an inquiry with its assignee's name. */
export const summaryColumns = { inquiry, assigneeName: assignee.displayName };

export function toSummary(
  row: InquiryRow,
  assigneeName: string | null,
  now: Date,
  contactHours: number,
): InquirySummary {
  return {
    id: row.id,
    status: row.status,
    source: row.source,
    urgency: row.urgency,
    forWhom: row.forWhom,
    firstName: row.firstName,
    lastName: row.lastName,
    contactMethod: row.contactMethod,
    assignedTo: row.assignedTo && assigneeName ? { id: row.assignedTo, displayName: assigneeName } : null,
    followUpDueAt: row.followUpDueAt.toISOString(),
    overdue: isOverdue(row, now),
    waitingTooLong: isWaitingTooLong(row, now, contactHours),
    lastContactAt: row.lastContactAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    patientId: row.patientId,
  };
}

export const notFound = () =>
  new ApiError(
    'NOT_FOUND',
    'INQUIRY_NOT_FOUND',
    'No such inquiry in your organization. It may have been removed.',
  );

/** One inquiry of the organization with its assignee, or NOT_FOUND. `forUpdate` locks the row. */
export async function loadInquiry(
  db: DbOrTx,
  opts: { organizationId: string; inquiryId: string; forUpdate?: boolean },
): Promise<{ inquiry: InquiryRow; assigneeName: string | null }> {
  const query = db
    .select(summaryColumns)
    .from(inquiry)
    .leftJoin(assignee, eq(assignee.id, inquiry.assignedTo))
    .where(and(eq(inquiry.id, opts.inquiryId), eq(inquiry.organizationId, opts.organizationId)))
    .limit(1);
  const [row] = opts.forUpdate ? await query.for('update', { of: inquiry }) : await query;
  if (!row) throw notFound();
  return row;
}

/** The full inquiry with its contact log, oldest entry first. */
export async function readInquiryDetail(
  db: DbOrTx,
  opts: { organizationId: string; inquiryId: string; now: Date; contactHours: number },
): Promise<InquiryDetail> {
  const { inquiry: row, assigneeName } = await loadInquiry(db, opts);
  const author = alias(user, 'author');
  const events = await db
    .select({ event: inquiryEvent, authorName: author.displayName })
    .from(inquiryEvent)
    .leftJoin(author, eq(author.id, inquiryEvent.byUserId))
    .where(eq(inquiryEvent.inquiryId, row.id))
    .orderBy(asc(inquiryEvent.at), asc(inquiryEvent.id));
  const siteRow = row.preferredSiteId
    ? (
        await db.select({ id: site.id, name: site.name }).from(site).where(eq(site.id, row.preferredSiteId))
      )[0]
    : undefined;
  const checklist = checklistResult.safeParse(row.checklistResult);
  return {
    ...toSummary(row, assigneeName, opts.now, opts.contactHours),
    dateOfBirth: row.dateOfBirth,
    phone: row.phone,
    email: row.email,
    bestTimeToContact: row.bestTimeToContact,
    substances: row.substances,
    lastUse: row.lastUse,
    insurance: row.insurance,
    preferredSite: siteRow ?? null,
    preferredLanguage: row.preferredLanguage,
    checklistResult: checklist.success ? checklist.data : null,
    consentToContact: row.consentToContact,
    whileYouWait: row.whileYouWait,
    closedReason: row.closedReason,
    referredTo: row.referredTo,
    updatedAt: row.updatedAt.toISOString(),
    events: events.map(({ event, authorName }) => toEvent(event, authorName)),
  };
}

function toEvent(event: typeof inquiryEvent.$inferSelect, authorName: string | null): InquiryEvent {
  const by: StaffRef = event.byUserId && authorName ? { id: event.byUserId, displayName: authorName } : null;
  return {
    id: event.id,
    kind: event.kind,
    outcome: event.outcome,
    note: event.note,
    by,
    at: event.at.toISOString(),
  };
}
