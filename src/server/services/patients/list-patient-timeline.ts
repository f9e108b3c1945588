import { sql } from 'drizzle-orm';
import type { Tx } from '../../../db/connect.js';
import type { TimelineItem, TimelineKind } from '../../../shared/patient-chart.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';
import { TIMELINE_SOURCES } from './timeline-sources.js';

interface Row {
  kind: TimelineKind;
  event: string;
  at: Date | string;
  title: string | null;
  summary: string | null;
  ref_id: string;
}

/** One UNION ALL over the sources of the requested kinds, newest first. */
export async function queryTimeline(
  tx: Tx,
  opts: { patientId: string; kinds: readonly TimelineKind[]; limit: number },
): Promise<TimelineItem[]> {
  const sources = TIMELINE_SOURCES.filter((s) => opts.kinds.includes(s.kind));
  if (sources.length === 0) return [];
  const union = sql.join(
    sources.map((s) => s.select(opts.patientId)),
    sql` union all `,
  );
  const result = await tx.execute(sql`select * from (${union}) as t(kind, event, at, title, summary, ref_id)
    order by "at" desc, kind, ref_id limit ${opts.limit}`);
  const rows = (result as unknown as { rows: Row[] }).rows;
  return rows.map((r) => ({
    kind: r.kind,
    event: r.event,
    at: new Date(r.at).toISOString(),
    title: r.title ?? '',
    summary: r.summary,
    refId: r.ref_id,
  }));
}

/** GET /patients/:id/timeline: audited as `patient.read` with `{ viewed: 'timeline', kinds }`. */
export async function listPatientTimeline(
  opts: ChartCaller & { patientId: string; kinds: readonly TimelineKind[]; limit: number },
): Promise<TimelineItem[]> {
  const { db, audit, session, actor, patientId, kinds, limit } = opts;
  return withChartAccess(
    { db, audit },
    session,
    actor,
    {
      action: 'patient.read',
      resourceType: 'patient',
      resourceId: patientId,
      patientId,
      details: { viewed: 'timeline', kinds: [...kinds] },
    },
    (tx) => queryTimeline(tx, { patientId, kinds, limit }),
  );
}
