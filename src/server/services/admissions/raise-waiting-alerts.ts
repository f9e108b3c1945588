import { and, eq, inArray, isNull, lte, notExists, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { alert, inquiry } from '../../../db/schema/index.js';
import { waitingSince } from '../../../domain/admissions/queue.js';
import { OPEN_STATUSES } from '../../../domain/admissions/status-machine.js';
import { raiseAlert } from '../alerts/raise-alert.js';

export const WAITING_ALERT_KIND = 'inquiry-waiting';
/** Serializes raisers (the queue GET on any server, every server's timer) so an inquiry is alerted once. */
const WAITING_LOCK_KEY = 727_274_101;

/**
 * Raises one `inquiry-waiting` alert for intake staff per inquiry nobody has contacted within `contactHours`
 * (domain rule `isWaitingTooLong`), never twice for the same inquiry (`source_id` = inquiry id). Cheap and
 * idempotent: called by the queue GET and by a timer. The alert names no one. Returns how many it raised.
 */
export async function raiseWaitingAlerts(
  db: Db,
  now: Date,
  opts: { contactHours: number; organizationId?: string },
): Promise<number> {
  const where: SQL[] = [
    inArray(inquiry.status, [...OPEN_STATUSES]),
    isNull(inquiry.lastContactAt),
    lte(inquiry.createdAt, waitingSince(now, opts.contactHours)),
    notExists(
      db
        .select({ one: sql`1` })
        .from(alert)
        .where(and(eq(alert.kind, WAITING_ALERT_KIND), eq(alert.sourceId, sql`${inquiry.id}::text`))),
    ),
  ];
  if (opts.organizationId) where.push(eq(inquiry.organizationId, opts.organizationId));
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${WAITING_LOCK_KEY})`);
    const waiting = await tx
      .select({ id: inquiry.id, organizationId: inquiry.organizationId, urgency: inquiry.urgency })
      .from(inquiry)
      .where(and(...where))
      .limit(200);
    for (const w of waiting) {
      await raiseAlert(tx, {
        organizationId: w.organizationId,
        inquiryId: w.id,
        kind: WAITING_ALERT_KIND,
        severity: w.urgency === 'today' ? 'critical' : 'warning',
        reasons: [
          `An admission request (${w.urgency === 'today' ? 'needs help today' : w.urgency.replace('-', ' ')}) has waited more than ${opts.contactHours} hours without contact.`,
        ],
        forRole: 'intake',
        sourceId: w.id,
      });
    }
    return waiting.length;
  });
}

/** Runs `raiseWaitingAlerts` every `everyMs` (unref'd: never keeps the process alive). Returns the stopper. */
export function startWaitingAlertTimer(opts: {
  db: Db;
  contactHours: number;
  everyMs?: number;
  onError: (err: unknown) => void;
}): () => void {
  const timer = setInterval(
    () => {
      raiseWaitingAlerts(opts.db, new Date(), { contactHours: opts.contactHours }).catch(opts.onError);
    },
    opts.everyMs ?? 5 * 60_000,
  );
  timer.unref();
  return () => clearInterval(timer);
}
