import type { InquiryStatus, Urgency } from '../../shared/admissions.js';
import { isOpenStatus } from './status-machine.js';

/** What the queue rules need to know about an inquiry. */
export interface QueueItem {
  status: InquiryStatus;
  urgency: Urgency;
  followUpDueAt: Date;
  createdAt: Date;
  lastContactAt: Date | null;
}

/** An open inquiry whose follow-up time has passed. */
export function isOverdue(item: Pick<QueueItem, 'status' | 'followUpDueAt'>, now: Date): boolean {
  return isOpenStatus(item.status) && item.followUpDueAt.getTime() < now.getTime();
}

/**
 * Queue order (issue 5 part 1): open "today" requests first, then overdue ones, then the rest by follow-up
 * time; finished inquiries (admitted, referred, closed) last. Ties go to whoever asked first.
 */
export function queueRank(item: QueueItem, now: Date): number {
  if (!isOpenStatus(item.status)) return 3;
  if (item.urgency === 'today') return 0;
  if (isOverdue(item, now)) return 1;
  return 2;
}

export function compareQueue(a: QueueItem, b: QueueItem, now: Date): number {
  return (
    queueRank(a, now) - queueRank(b, now) ||
    a.followUpDueAt.getTime() - b.followUpDueAt.getTime() ||
    a.createdAt.getTime() - b.createdAt.getTime()
  );
}

export function sortQueue<T extends QueueItem>(items: readonly T[], now: Date): T[] {
  return [...items].sort((a, b) => compareQueue(a, b, now));
}

/** HAVEN_INQUIRY_CONTACT_HOURS' default. */
export const DEFAULT_CONTACT_HOURS = 4;

/**
 * "Waiting too long": an open inquiry nobody has contacted yet (no call, text or email logged) within
 * `contactHours` of its arrival. Once someone reaches out, the follow-up due time (and its overdue flag)
 * keeps the inquiry in view instead.
 */
export function isWaitingTooLong(
  item: Pick<QueueItem, 'status' | 'createdAt' | 'lastContactAt'>,
  now: Date,
  contactHours: number,
): boolean {
  if (!isOpenStatus(item.status) || item.lastContactAt !== null) return false;
  return now.getTime() - item.createdAt.getTime() >= contactHours * 3_600_000;
}

/** The latest arrival time that is waiting too long at `now` (for the database query). */
export function waitingSince(now: Date, contactHours: number): Date {
  return new Date(now.getTime() - contactHours * 3_600_000);
}
