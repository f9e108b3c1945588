import { sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { auditSeal } from '../../db/schema/index.js';
import { chainHash, GENESIS_HASH } from '../../domain/audit/chain.js';

/** Sealers on several app servers take turns through this advisory lock; writers never wait on it. */
const SEALER_LOCK_KEY = 727_274_002;
const BATCH = 500;
/**
 * Unsealed rows are looked for above the last sealed event id minus this margin: an insert can commit after
 * later ids were sealed, but not this many ids later.
 */
const LOOKBACK_IDS = 100_000;

/** Links every committed but unsealed audit event into the chain. Returns how many it sealed. */
export async function sealPendingAuditEvents(db: Db): Promise<number> {
  let total = 0;
  for (;;) {
    const sealed = await db.transaction(async (tx) => {
      const locked = rowsOf<{ ok: boolean }>(
        await tx.execute(sql`select pg_try_advisory_xact_lock(${SEALER_LOCK_KEY}) as ok`),
      );
      if (!locked[0]?.ok) return 0;
      const tip = rowsOf<{ seq: string; chain_hash: string }>(
        await tx.execute(sql`select seq, chain_hash from audit_seal order by seq desc limit 1`),
      )[0];
      const maxSealedEvent = rowsOf<{ max: string | null }>(
        await tx.execute(sql`select max(event_id) as max from audit_seal`),
      )[0]?.max;
      const low = Math.max(0, Number(maxSealedEvent ?? 0) - LOOKBACK_IDS);
      const pending = rowsOf<{ id: string; content_hash: string }>(
        await tx.execute(sql`
          select e.id, e.content_hash from audit_event e
          where e.id > ${low} and not exists (select 1 from audit_seal s where s.event_id = e.id)
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
      await tx.insert(auditSeal).values(rows);
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
 * Runs the sealer shortly after writes (nudge) and on a slow interval (events written by other app
 * servers or by the CLI). Errors are logged and retried on the next tick: sealing is idempotent.
 */
export function startSealer(db: Db, onError: (err: unknown) => void, intervalMs = 5_000) {
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  let again = false;
  const run = async () => {
    if (running) {
      again = true;
      return running;
    }
    running = sealPendingAuditEvents(db)
      .catch(onError)
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          void run();
        }
      });
    return running;
  };
  const interval = setInterval(run, intervalMs);
  interval.unref();
  return {
    nudge() {
      if (timer) return;
      timer = setTimeout(() => {
        timer = null;
        void run();
      }, 50);
      timer.unref();
    },
    async flush() {
      await run();
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
