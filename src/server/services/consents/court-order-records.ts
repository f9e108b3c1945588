import { and, desc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connect.js';
import { courtOrder, user } from '../../../db/schema/index.js';
import { type CourtOrderRecord, courtOrderStatus } from '../../../domain/consent/court-order.js';
import type { CourtOrderView } from '../../../shared/consents.js';

type CourtOrderRow = typeof courtOrder.$inferSelect;

export interface LoadedCourtOrder {
  row: CourtOrderRow;
  record: CourtOrderRecord;
  recordedByName: string | null;
}

const iso = (v: string | Date | null) => (v === null ? null : new Date(v).toISOString());

/**
 * A patient's recorded court orders, newest order first, each with when a release was first made under it
 * (a one-time order is then used up). With `lock`, that order's row is locked for the transaction, so two
 * releases cannot both rely on one single-use order.
 */
export async function loadCourtOrders(
  tx: Tx,
  patientId: string,
  opts: { lock?: string } = {},
): Promise<LoadedCourtOrder[]> {
  if (opts.lock) {
    await tx
      .select({ id: courtOrder.id })
      .from(courtOrder)
      .where(and(eq(courtOrder.id, opts.lock), eq(courtOrder.patientId, patientId)))
      .for('update');
  }
  const rows = await tx
    .select({
      o: courtOrder,
      by: user.displayName,
      firstUsedAt: sql<string | Date | null>`(select min(d.disclosed_at) from disclosure d
        where d.patient_id = ${courtOrder.patientId} and d.court_order_id = ${courtOrder.id})`,
    })
    .from(courtOrder)
    .leftJoin(user, eq(user.id, courtOrder.recordedBy))
    .where(eq(courtOrder.patientId, patientId))
    .orderBy(desc(courtOrder.orderDate), desc(courtOrder.recordedAt));
  return rows.map(({ o, by, firstUsedAt }) => ({
    row: o,
    recordedByName: by,
    record: {
      id: o.id,
      section: o.section,
      court: o.court,
      caseNumber: o.caseNumber,
      orderDate: o.orderDate,
      judge: o.judge,
      informationCategories: o.informationCategories,
      informationDescription: o.informationDescription,
      recipientName: o.recipientName,
      purpose: o.purpose,
      expiresAt: iso(o.expiresAt),
      oneTime: o.oneTime,
      firstUsedAt: iso(firstUsedAt),
    },
  }));
}

export function toCourtOrderView(o: LoadedCourtOrder, now: Date): CourtOrderView {
  const { row, record } = o;
  return {
    id: row.id,
    section: row.section,
    status: courtOrderStatus(record, now),
    court: row.court,
    caseNumber: row.caseNumber,
    orderDate: row.orderDate,
    judge: row.judge,
    informationCategories: row.informationCategories,
    informationDescription: row.informationDescription,
    recipientName: row.recipientName,
    purpose: row.purpose,
    expiresAt: record.expiresAt,
    oneTime: row.oneTime,
    firstUsedAt: record.firstUsedAt,
    hasScan: row.scan !== null,
    recordedBy: o.recordedByName,
    recordedAt: row.recordedAt.toISOString(),
  };
}
