import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../src/db/connect.js';
import { runMigrations } from '../src/db/migrate.js';
import { recordAudit } from '../src/server/audit/record-audit.js';
import { sealPendingAuditEvents } from '../src/server/audit/sealer.js';
import { verifyAuditChain } from '../src/server/audit/verify-audit-chain.js';
import { createTestClinic, signIn } from './support/factories.js';
import { createTestApp, type TestApp } from './support/test-app.js';

const actor = {
  userId: null,
  role: 'nurse',
  organizationId: null,
  clientAddress: '127.0.0.1',
  userAgent: 'test',
  requestId: 'r',
};

describe('audit trail: hash chain and tamper evidence', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Its own database: this suite tampers with the audit table.
    t = await createTestApp({ isolated: true });
  });
  afterAll(() => t.app.close());

  it('links concurrent writers into one intact chain', async () => {
    const clinic = await createTestClinic(t.db, ['nurse', 'counselor', 'admin']);
    // Sign-ins in parallel: each writes its audit row in its own transaction.
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        signIn(t, [clinic.users.nurse, clinic.users.counselor, clinic.users.admin][i % 3]!.email),
      ),
    );
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    await t.app.audit.sealer.flush();
    const report = await verifyAuditChain(t.db);
    expect(report).toMatchObject({ ok: true, sealedEvents: 12, unsealedEvents: 0 });
  });

  it('refuses UPDATE and DELETE on audit rows', async () => {
    await expect(
      t.db.execute(sql`update audit_event set outcome = 'success' where id = 1`),
    ).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_seal where seq = 1`)).rejects.toThrow();
  });

  it('names the first bad row after an update that bypassed the trigger', async () => {
    await t.db.execute(sql`alter table audit_event disable trigger audit_event_immutable`);
    await t.db.execute(sql`update audit_event set actor_role = 'tampered-role' where id = 3`);
    const report = await verifyAuditChain(t.db);
    expect(report.ok).toBe(false);
    expect(report.problem).toEqual({ kind: 'content-mismatch', eventId: 3 });
    expect(report.message).toMatch(/Audit event 3 was changed/);
  });
});

describe('haven audit verify (CLI)', () => {
  it('exits 0 on an intact chain and 1 after a sealed row is deleted', async () => {
    const serverUrl = process.env.TEST_DATABASE_URL;
    const dir = mkdtempSync(join(tmpdir(), 'haven-cli-'));
    let env: NodeJS.ProcessEnv;
    let database: Awaited<ReturnType<typeof connect>>;
    let cleanup = async () => {};
    if (inject('databaseUrl') && serverUrl) {
      const { createPgDatabase, dropPgDatabase } = await import('./support/global-setup.js');
      const url = await createPgDatabase(serverUrl, 'haven_cli');
      database = await connect({ databaseUrl: url });
      env = { ...process.env, DATABASE_URL: url, HAVEN_DEMO: '0' };
      cleanup = () => dropPgDatabase(serverUrl, url);
    } else {
      database = await connect({ dataDir: dir });
      env = { ...process.env, HAVEN_DATA_DIR: dir, HAVEN_DEMO: '0' };
    }
    try {
      await runMigrations(database);
      for (const action of ['auth.login', 'patient.read', 'auth.logout']) {
        await recordAudit(database.db, actor, { action, outcome: 'success' });
      }
      expect(await sealPendingAuditEvents(database.db)).toBe(3);
      await database.close();
      const cli = (args: string[]) =>
        spawnSync('node_modules/.bin/tsx', ['src/cli.ts', ...args], {
          env,
          encoding: 'utf8',
          timeout: 60_000,
        });

      const intact = cli(['audit', 'verify']);
      expect(intact.stdout).toMatch(/Audit chain intact: 3 sealed events/);
      expect(intact.status).toBe(0);

      const again = inject('databaseUrl')
        ? await connect({ databaseUrl: env.DATABASE_URL! })
        : await connect({ dataDir: dir });
      await again.db.execute(sql`alter table audit_event disable trigger audit_event_immutable`);
      await again.db.execute(sql`alter table audit_seal disable trigger audit_seal_immutable`);
      await again.db.execute(sql`delete from audit_seal where seq = 2`);
      await again.db.execute(sql`delete from audit_event where id = 2`);
      await again.close();

      const broken = cli(['audit', 'verify']);
      expect(broken.status).toBe(1);
      expect(broken.stdout).toMatch(/seal 2 is missing/);
    } finally {
      await cleanup();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('audit rows awaiting the sealer', () => {
  it('are checked against their own content hash', async () => {
    const t = await createTestApp({ isolated: true });
    try {
      await t.app.audit.sealer.stop();
      await recordAudit(t.db, actor, { action: 'patient.read', outcome: 'success' });
      expect((await verifyAuditChain(t.db)).unsealedEvents).toBe(1);
      await t.db.execute(sql`alter table audit_event disable trigger audit_event_immutable`);
      await t.db.execute(sql`update audit_event set action = 'nothing.happened'`);
      const report = await verifyAuditChain(t.db);
      expect(report.ok).toBe(false);
      expect(report.problem?.kind).toBe('content-mismatch');
    } finally {
      await t.app.close();
    }
  });
});

describe('a sealed event removed behind the triggers', () => {
  it('is reported: the seal is left without its event (no foreign key stops the delete)', async () => {
    const t = await createTestApp({ isolated: true });
    try {
      await t.app.audit.sealer.stop();
      for (const action of ['patient.read', 'patient.update', 'consent.sign']) {
        await recordAudit(t.db, actor, { action, outcome: 'success' });
      }
      await sealPendingAuditEvents(t.db);
      expect(await verifyAuditChain(t.db)).toMatchObject({ ok: true, sealedEvents: 3 });
      await t.db.execute(sql`alter table audit_event disable trigger audit_event_immutable`);
      await t.db.execute(sql`delete from audit_event where action = 'patient.update'`);
      const report = await verifyAuditChain(t.db);
      expect(report.ok).toBe(false);
      expect(report.problem).toMatchObject({ kind: 'seal-without-event', seq: 2 });
    } finally {
      await t.app.close();
    }
  });
});
