import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { auditEvent } from '../../db/schema/index.js';
import { type AuditContent, contentHash } from '../../domain/audit/chain.js';
import { recordAudit } from './record-audit.js';
import { rowsOf, sealPendingAuditEvents } from './sealer.js';
import { verifyAuditChain } from './verify-audit-chain.js';

const actor = {
  userId: null,
  role: 'nurse',
  organizationId: null,
  clientAddress: '127.0.0.1',
  userAgent: 'test',
  requestId: 'r',
};

describe('sealPendingAuditEvents', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Its own database, sealed only by this test.
    t = await createTestApp({ isolated: true });
    await t.app.audit.sealer.stop();
  });
  afterAll(() => t.app.close());

  it('after a nudge looks only near the newest ids; the full pass seals an event committed late', async () => {
    await recordAudit(t.db, actor, { action: 'auth.login', outcome: 'success' });
    // A writer draws its id, then commits only after five later events were written and sealed.
    const lateId = Number(
      rowsOf<{ id: string }>(
        await t.db.execute(sql`select nextval(pg_get_serial_sequence('audit_event', 'id')) as id`),
      )[0]!.id,
    );
    for (let i = 0; i < 5; i++)
      await recordAudit(t.db, actor, { action: 'patient.read', outcome: 'success' });
    expect(await sealPendingAuditEvents(t.db, 2)).toBe(6);

    const late: AuditContent = {
      occurredAt: new Date(Date.now()),
      actorUserId: null,
      actorRole: 'nurse',
      organizationId: null,
      action: 'patient.read',
      resourceType: null,
      resourceId: null,
      patientId: null,
      outcome: 'success',
      purpose: null,
      clientAddress: '127.0.0.1',
      userAgent: 'test',
      requestId: 'late',
      details: null,
    };
    await t.db
      .insert(auditEvent)
      .overridingSystemValue()
      .values({ ...late, id: lateId, contentHash: contentHash(late) });
    // Two ids below the last sealed one do not reach back to it; the full margin does.
    expect(await sealPendingAuditEvents(t.db, 2)).toBe(0);
    expect((await verifyAuditChain(t.db)).unsealedEvents).toBe(1);
    expect(await sealPendingAuditEvents(t.db)).toBe(1);
    expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, sealedEvents: 7, unsealedEvents: 0 });
  });
});
