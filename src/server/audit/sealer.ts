import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { chainHash, GENESIS_HASH } from '../../domain/audit/chain.js';

/** Sealers on several app servers take turns through this advisory lock; writers never wait on it. */
const SEALER_LOCK_KEY = 727_274_002;
const BATCH = 500;
/**
 * Unsealed rows are looked for above the last sealed event id minus this margin: an insert can commit after
 * later ids were sealed, but not this many ids later.
 */
const LOOKBACK_IDS = 100_000;
/**
 * After a nudge (this server just wrote) only this many ids below the last sealed one are looked at: an
 * insert commits moments after it draws its id. A busy server writes thousands of rows a second and
 * nudges many times a second, so the full margin (100,000 ids to compare with their seals) is left to the
 * slow interval, which seals a late commit within seconds at worst. 500 ids is about 70 ms of audited
 * FHIR reads at full load; each nudged run compares every one of them with its seal, so a wider window
 * costs every run (2,000 made a run 20% dearer, measured).
 */
const NUDGE_LOOKBACK_IDS = 500;

/**
 * Links every committed but unsealed audit event (from `lookbackIds` below the last sealed event id on)
 * into the chain. Returns how many it sealed.
 */
export async function sealPendingAuditEvents(db: Db, lookbackIds = LOOKBACK_IDS): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.transaction(async (tx) => {
      const locked = rowsOf<{ ok: boolean }>(
        await tx.execute(sql`select pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) as ok`),
      );
      if (!locked[0]?.ok) return 0;
      // Read after taking the lock (its own statement, so its own snapshot): another sealer's seals
      // committed before we got the lock are seen.
      const [tip] = rowsOf<{ seq: string | null; chain_hash: string | null; max_event: string | null }>(
        await tx.execute(sql`select
          (select seq from audit_seal order by seq desc limit 1) as seq,
          (select chain_hash from audit_seal order by seq desc limit 1) as chain_hash,
          (select max(event_id) from audit_seal) as max_event`),
      );
      const low = Math.max(0, Number(tip?.max_event ?? 0) - lookbackIds);
      // Both sides bounded by `low`: unbounded, the planner hashed every seal ever written (200 ms at 1.8
      // million) on each run; bounded, it merges the two index ranges.
      const pending = rowsOf<{ id: string; content_hash: string }>(
        await tx.execute(sql`
          select e.id, e.content_hash from audit_event e
          where e.id > ${low}
            and not exists (select 1 from audit_seal s where s.event_id = e.id and s.event_id > ${low})
          order by e.id limit ${BATCH}`),
      );
      if (pending.length === 0) return 0;
      let seq = Number(tip?.seq ?? 0);
      let prev = tip?.chain_hash ?? GENESIS_HASH;
      const rows = pending.map((e) => {
        const eventId = Number(e.id);
        const hash = chainHash(prev, eventId, e.content_hash);
        seq += 1;
        const row = { seq, eventId, prevHash: prev, chainHash: hash };
        prev = hash;
        return row;
      });
      // One statement with the seals as JSON (written natively; four text arrays cost the driver an escape
      // per element, and a 500-row VALUES list cost more than the rest).
      await tx.execute(sql`insert into audit_seal (seq, event_id, prev_hash, chain_hash)
        select * from json_to_recordset(${JSON.stringify(rows)}::json)
          as s(seq bigint, "eventId" bigint, "prevHash" text, "chainHash" text)`);
      return rows.length;
    });
    total += sealed;
    if (sealed < BATCH) return total;
  }
}

/** node-postgres returns `{ rows }`, PGlite returns `{ rows }` too, but typed differently. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}

/**
 * Runs the sealer shortly after writes (nudge: the newest ids) and on a slow interval (the full margin:
 * events written by other app servers, by the CLI, or committed late). Errors are logged and retried on
 * the next tick: sealing is idempotent.
 */
export function startSealer(db: Db, onError: (err: unknown) => void, intervalMs = 5_000) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  /** The widest lookback asked for while a run was going (0: none). */
  let again = 0;
  const run = async (lookbackIds: number) => {
    if (running) {
      again = Math.max(again, lookbackIds);
      return running;
    }
    running = sealPendingAuditEvents(db, lookbackIds)
      .catch(onError)
      .finally(() => {
        running = null;
        if (again) {
          const next = again;
          again = 0;
          void run(next);
        }
      });
    return running;
  };
  const interval = setInterval(() => run(LOOKBACK_IDS), intervalMs);
  interval.unref();
  return {
    nudge() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void run(NUDGE_LOOKBACK_IDS);
      }, 50);
      timer.unref();
    },
    async flush() {
      await run(LOOKBACK_IDS);
      while (running) await running;
    },
    async stop() {
      clearInterval(interval);
      if (timer) clearTimeout(timer);
      while (running) await running;
    },
  };
}
export type Sealer = ReturnType<typeof startSealer>;
