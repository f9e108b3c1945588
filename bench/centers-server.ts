/**
 * The server side of `npm run bench:centers`, in its own process: imports the synthetic directory
 * (BENCH_CENTERS_CSV) into a fresh database twice (first load, then the no-op re-run), then serves the
 * real Haven app and a bare Fastify route on two ports. Prints one JSON line when ready.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import { connect } from '../src/db/connect.js';
import { runMigrations } from '../src/db/migrate.js';
import { buildApp } from '../src/server/app.js';
import { loadConfig } from '../src/server/config.js';
import { importCenters } from '../src/server/services/centers/import-centers.js';

async function timedImport(db: Parameters<typeof importCenters>[0]['db'], csv: string) {
  const started = performance.now();
  const report = await importCenters({ db, csv, verifiedOn: '2026-01-15' });
  const { rejected, ...counts } = report;
  return { seconds: (performance.now() - started) / 1000, ...counts, rejected: rejected.length };
}

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
    // The load generator stands in for many visitors behind a proxy on this machine.
    HAVEN_TRUST_PROXY: '127.0.0.1',
    HAVEN_SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    DATABASE_POOL_SIZE: '20',
    ...(url
      ? { DATABASE_URL: url }
      : { HAVEN_DATA_DIR: mkdtempSync(join(tmpdir(), 'haven-bench-centers-')) }),
  });
  const database = url
    ? await connect({ databaseUrl: url, poolSize: config.databasePoolSize })
    : await connect({ dataDir: (config.database as { dataDir: string }).dataDir });
  await runMigrations(database);
  const csv = readFileSync(process.env.BENCH_CENTERS_CSV!, 'utf8');
  const importFirst = await timedImport(database.db, csv);
  const importRerun = await timedImport(database.db, csv);

  const app = await buildApp({ config: { ...config, logLevel: 'warn' }, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const havenUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
  process.stdout.write(`${JSON.stringify({ bareUrl, havenUrl, importFirst, importRerun })}\n`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// Exit cleanly on SIGTERM so `node --cpu-prof` can write its profile.
process.once('SIGTERM', () => process.exit(0));
