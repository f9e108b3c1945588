import { describe, expect, it } from 'vitest';
import {
  type AuditContent,
  chainHash,
  contentHash,
  findFirstChainProblem,
  GENESIS_HASH,
  type StoredEvent,
  type StoredSeal,
} from './chain.js';

function event(id: number, action: string): StoredEvent {
  const content: AuditContent = {
    occurredAt: new Date(Date.UTC(2026, 10, 26, 12, 0, id)),
    actorUserId: null,
    actorRole: 'nurse',
    organizationId: null,
    action,
    resourceType: 'patient',
    resourceId: String(id),
    patientId: null,
    outcome: 'success',
    purpose: 'TREAT',
    clientAddress: '127.0.0.1',
    userAgent: 'test',
    requestId: `req-${id}`,
    details: { b: 1, a: [1, 2] },
  };
  return { ...content, id, contentHash: contentHash(content) };
}

function sealAll(events: StoredEvent[]): StoredSeal[] {
  let prev = GENESIS_HASH;
  return events.map((e, i) => {
    const hash = chainHash(prev, e.id, e.contentHash);
    const seal = { seq: i + 1, eventId: e.id, prevHash: prev, chainHash: hash };
    prev = hash;
    return seal;
  });
}

describe('audit hash chain', () => {
  const events = [event(1, 'auth.login'), event(2, 'patient.read'), event(3, 'auth.logout')];
  const byId = new Map(events.map((e) => [e.id, e]));

  it('hashes content independently of key order in details', () => {
    const a = events[0]!;
    expect(contentHash({ ...a, details: { a: [1, 2], b: 1 } })).toBe(a.contentHash);
    expect(contentHash({ ...a, details: { a: [2, 1], b: 1 } })).not.toBe(a.contentHash);
  });

  it('accepts an intact chain', () => {
    expect(findFirstChainProblem(sealAll(events), byId)).toBeNull();
  });

  it('names the event whose content was changed', () => {
    const tampered = new Map(byId);
    tampered.set(2, { ...events[1]!, actorRole: 'admin' });
    expect(findFirstChainProblem(sealAll(events), tampered)).toEqual({
      kind: 'content-mismatch',
      eventId: 2,
    });
  });

  it('detects content and its hash both rewritten', () => {
    const rewritten = { ...events[1]!, outcome: 'denied' as const };
    rewritten.contentHash = contentHash(rewritten);
    const tampered = new Map(byId).set(2, rewritten);
    expect(findFirstChainProblem(sealAll(events), tampered)).toEqual({
      kind: 'seal-broken',
      seq: 2,
      eventId: 2,
    });
  });

  it('detects a deleted seal and a deleted event', () => {
    const seals = sealAll(events);
    expect(findFirstChainProblem([seals[0]!, seals[2]!], byId)).toEqual({
      kind: 'seal-gap',
      seq: 3,
      expectedSeq: 2,
    });
    const missing = new Map(byId);
    missing.delete(3);
    expect(findFirstChainProblem(seals, missing)).toEqual({ kind: 'seal-without-event', seq: 3, eventId: 3 });
  });
});
