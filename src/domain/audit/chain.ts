import { hash } from 'node:crypto';
import stringify from 'safe-stable-stringify';

/** The facts of one audit event (REFERENCE.md 7.3: who, what, when, where, outcome, why). */
export interface AuditContent {
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string | null;
  organizationId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  patientId: string | null;
  outcome: 'success' | 'failure' | 'denied';
  purpose: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  details: Record<string, unknown> | null;
}

/** The hash the first seal links to. */
export const GENESIS_HASH = '0'.repeat(64);

/** One-shot `crypto.hash` (Node 20.12+): half the time of createHash for inputs this short. */
function sha256(text: string): string {
  return hash('sha256', text, 'hex');
}

/**
 * The text an event's content hash is taken of: its facts with keys sorted (jsonb reorders them) and the
 * time as ISO-8601 at millisecond precision (the column's precision), so the hash survives a round trip.
 */
export function canonicalContent(event: AuditContent): string {
  // Fields are named one by one: a stored row carries more (id, content_hash) that must not be hashed.
  const canonical = {
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    actorRole: event.actorRole,
    organizationId: event.organizationId,
    action: event.action,
    resourceType: event.resourceType,
    resourceId: event.resourceId,
    patientId: event.patientId,
    outcome: event.outcome,
    purpose: event.purpose,
    clientAddress: event.clientAddress,
    userAgent: event.userAgent,
    requestId: event.requestId,
    details: event.details ?? null,
  };
  return stringify(canonical) as string;
}

/** SHA-256 of the event's canonical content (hex). */
export function contentHash(event: AuditContent): string {
  return sha256(canonicalContent(event));
}

/** The JSON text of one value as it appears in canonical content (objects with their keys sorted). */
export function canonicalJson(value: unknown): string {
  return stringify(value ?? null) as string;
}

export function chainHash(prevHash: string, eventId: number, eventContentHash: string): string {
  return sha256(`${prevHash}|${eventId}|${eventContentHash}`);
}

export interface StoredEvent extends AuditContent {
  id: number;
  contentHash: string;
}
export interface StoredSeal {
  seq: number;
  eventId: number;
  prevHash: string;
  chainHash: string;
}

export type ChainProblem =
  | { kind: 'content-mismatch'; eventId: number }
  | { kind: 'seal-gap'; seq: number; expectedSeq: number }
  | { kind: 'seal-broken'; seq: number; eventId: number }
  | { kind: 'seal-without-event'; seq: number; eventId: number };

/** Walks the seals in order; returns the first problem found, or null for an intact chain. */
export function findFirstChainProblem(
  seals: Iterable<StoredSeal>,
  eventsById: ReadonlyMap<number, StoredEvent>,
  start: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): ChainProblem | null {
  let expectedSeq = start.seq + 1;
  let prev = start.hash;
  for (const seal of seals) {
    if (seal.seq !== expectedSeq) return { kind: 'seal-gap', seq: seal.seq, expectedSeq };
    const event = eventsById.get(seal.eventId);
    if (!event) return { kind: 'seal-without-event', seq: seal.seq, eventId: seal.eventId };
    const recomputed = contentHash(event);
    if (recomputed !== event.contentHash) return { kind: 'content-mismatch', eventId: event.id };
    if (seal.prevHash !== prev || chainHash(prev, event.id, recomputed) !== seal.chainHash) {
      return { kind: 'seal-broken', seq: seal.seq, eventId: event.id };
    }
    prev = seal.chainHash;
    expectedSeq += 1;
  }
  return null;
}
