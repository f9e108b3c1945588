/**
 * The server side of a benchmark, in its own process: a bare Fastify route (the baseline) and the real
 * Haven app, on two ports. Prints one JSON line `{ bareUrl, havenUrl, cookie }` when ready.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { connect } from '../src/db/connect.js';
import { runMigrations } from '../src/db/migrate.js';
import { membership, organization, user } from '../src/db/schema/index.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { hashPassword } from '../src/server/security/passwords.js';

const PASSWORD = 'bench-password-2026';

async function main() {
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });

  const url = process.env.BENCH_DATABASE_URL || undefined;
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'warn',
    HAVEN_DEMO: '0',
    HAVEN_REQUIRE_MFA: '0',
    HAVEN_SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    DATABASE_POOL_SIZE: '20',
    ...(url ? { DATABASE_URL: url } : { HAVEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'haven-bench-')) }),
  });
  const database = url
    ? await connect({ databaseUrl: url, poolSize: config.databasePoolSize })
    : await connect({ dataDir: (config.database as { dataDir: string }).dataDir });
  await runMigrations(database);
  const [org] = await database.db
    .insert(organization)
    .values({ name: 'Bench Clinic', slug: `bench-${Date.now()}` })
    .returning();
  const [u] = await database.db
    .insert(user)
    .values({
      email: `nurse-${Date.now()}@bench.test`,
      displayName: 'Bench Nurse',
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  await database.db.insert(membership).values({ userId: u!.id, organizationId: org!.id, role: 'nurse' });

  const app = await buildApp({ config: { ...config, logLevel: 'warn' }, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const havenUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const login = await fetch(`${havenUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: u!.email, password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
  process.stdout.write(`${JSON.stringify({ bareUrl, havenUrl, cookie })}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// Exit cleanly on SIGTERM so `node --cpu-prof` can write its profile.
process.once('SIGTERM', () => process.exit(0));
