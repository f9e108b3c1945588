import { asc, gt, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/connect.js';
import { auditEvent, auditSeal } from '../../db/schema/index.js';
import {
  type ChainProblem,
  contentHash,
  findFirstChainProblem,
  GENESIS_HASH,
  type StoredEvent,
} from '../../domain/audit/chain.js';

export interface VerifyReport {
  ok: boolean;
  sealedEvents: number;
  /** Events not yet linked (written in the last moments, or the sealer is not running). */
  unsealedEvents: number;
  /** The last chain hash: record it outside the database to detect truncation of the chain's end. */
  tipHash: string;
  problem: ChainProblem | null;
  message: string;
}

const PAGE = 2_000;

/** Walks the whole chain in pages, recomputing every content hash and every link. */
export async function verifyAuditChain(db: Db): Promise<VerifyReport> {
  let start = { seq: 0, hash: GENESIS_HASH };
  let sealedEvents = 0;
  for (;;) {
    const seals = await db
      .select()
      .from(auditSeal)
      .where(gt(auditSeal.seq, start.seq))
      .orderBy(asc(auditSeal.seq))
      .limit(PAGE);
    if (seals.length === 0) break;
    const events = await db
      .select()
      .from(auditEvent)
      .where(
        inArray(
          auditEvent.id,
          seals.map((s) => s.eventId),
        ),
      );
    const byId = new Map<number, StoredEvent>(events.map((e) => [e.id, e as StoredEvent]));
    const problem = findFirstChainProblem(seals, byId, start);
    if (problem) {
      return {
        ok: false,
        sealedEvents,
        unsealedEvents: 0,
        tipHash: start.hash,
        problem,
        message: describe(problem),
      };
    }
    sealedEvents += seals.length;
    const last = seals[seals.length - 1]!;
    start = { seq: last.seq, hash: last.chainHash };
  }
  // Rows not yet sealed still carry their own content hash: a change to them is detectable too.
  const unsealed = await db
    .select()
    .from(auditEvent)
    .where(sql`not exists (select 1 from ${auditSeal} s where s.event_id = ${auditEvent.id})`);
  const changed = unsealed.find((e) => contentHash(e) !== e.contentHash);
  if (changed) {
    const problem: ChainProblem = { kind: 'content-mismatch', eventId: changed.id };
    return {
      ok: false,
      sealedEvents,
      unsealedEvents: unsealed.length,
      tipHash: start.hash,
      problem,
      message: describe(problem),
    };
  }
  const unsealedEvents = unsealed.length;
  return {
    ok: true,
    sealedEvents,
    unsealedEvents,
    tipHash: start.hash,
    problem: null,
    message: `Audit chain intact: ${sealedEvents} sealed events, ${unsealedEvents} awaiting the sealer. Tip ${start.hash}`,
  };
}

function describe(problem: ChainProblem): string {
  switch (problem.kind) {
    case 'content-mismatch':
      return `Audit event ${problem.eventId} was changed after it was written (its content no longer matches its hash).`;
    case 'seal-broken':
      return `Audit chain broken at seal ${problem.seq} (event ${problem.eventId}): the event or its link was rewritten.`;
    case 'seal-gap':
      return `Audit chain has a gap: seal ${problem.expectedSeq} is missing (next is ${problem.seq}); rows were deleted.`;
    case 'seal-without-event':
      return `Audit event ${problem.eventId} (seal ${problem.seq}) was deleted.`;
  }
}
