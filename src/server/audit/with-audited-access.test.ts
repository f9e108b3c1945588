import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import { auditEvent, organization } from '../../db/schema/index.js';
import { DomainError } from '../../domain/errors.js';
import { withAuditedAccess } from './with-audited-access.js';

const actor = {
  userId: null,
  role: 'nurse',
  organizationId: null,
  clientAddress: '10.0.0.5',
  userAgent: 'ua',
  requestId: 'req-1',
};

describe('withAuditedAccess', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());
  const auditFor = (patientId: string) =>
    t.db.select().from(auditEvent).where(eq(auditEvent.patientId, patientId));

  it('records a successful access in the same transaction as the work', async () => {
    const patientId = randomUUID();
    const value = await withAuditedAccess(
      { db: t.db, audit: t.app.audit },
      actor,
      { action: 'patient.read', resourceType: 'patient', resourceId: patientId, patientId },
      async () => 42,
    );
    expect(value).toBe(42);
    const rows = await auditFor(patientId);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'patient.read',
      outcome: 'success',
      purpose: 'TREAT',
      clientAddress: '10.0.0.5',
    });
  });

  it('rolls back the work and its audit row together when the work fails', async () => {
    const patientId = randomUUID();
    const slug = `rollback-${randomUUID()}`;
    await expect(
      withAuditedAccess(
        { db: t.db, audit: t.app.audit },
        actor,
        { action: 'patient.update', resourceType: 'patient', patientId },
        async (tx) => {
          await tx.insert(organization).values({ name: 'Should vanish', slug });
          throw new Error('disk full');
        },
      ),
    ).rejects.toThrow('disk full');
    expect(await t.db.select().from(organization).where(eq(organization.slug, slug))).toHaveLength(0);
    expect(await auditFor(patientId)).toHaveLength(0);
  });

  it('audits a refusal as denied and rethrows it', async () => {
    const patientId = randomUUID();
    await expect(
      withAuditedAccess(
        { db: t.db, audit: t.app.audit },
        actor,
        { action: 'patient.read', resourceType: 'patient', patientId },
        async () => {
          throw new DomainError('FORBIDDEN', 'Not on the care team.');
        },
      ),
    ).rejects.toThrow('Not on the care team.');
    const rows = await auditFor(patientId);
    expect(rows.map((r) => r.outcome)).toEqual(['denied']);
  });
});
