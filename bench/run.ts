/**
 * `npm run bench`: GET /api/v1/me (a session lookup per request) against a bare Fastify route, measured
 * in the same run with autocannon at 64 connections; server and load generator in separate processes.
 * Runs on PGlite, and on PostgreSQL when BENCH_DATABASE_URL is set or 127.0.0.1:5432 answers.
 */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { freshPostgresDatabase } from './fresh-database.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const TARGETS = { pglite: 0.1, postgres: 0.3 };
const P99_LIMIT_MS = { pglite: Number.POSITIVE_INFINITY, postgres: 25 };

interface Result {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string, headers: Record<string, string> = {}): Promise<Result> {
  // A short warm-up, then the measured run.
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers });
  const r = await autocannon({ url, connections: CONNECTIONS, duration: DURATION, headers });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

async function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn('node_modules/.bin/tsx', ['bench/server.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return {
    ...(JSON.parse(line) as { bareUrl: string; havenUrl: string; cookie: string }),
    stop: () => child.kill(),
  };
}

function row(name: string, r: Result) {
  return `${name.padEnd(34)} ${r.rps.toFixed(0).padStart(8)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors + r.non2xx}`;
}

async function benchEngine(engine: 'pglite' | 'postgres', env: NodeJS.ProcessEnv): Promise<boolean> {
  const s = await startServer(env);
  try {
    const bare = await load(`${s.bareUrl}/bare`);
    const me = await load(`${s.havenUrl}/api/v1/me`, { cookie: s.cookie });
    const ratio = me.rps / bare.rps;
    const ok = ratio >= TARGETS[engine] && me.p99 < P99_LIMIT_MS[engine] && me.errors + me.non2xx === 0;
    console.log(`\n${engine} (${CONNECTIONS} connections, ${DURATION} s)`);
    console.log(row('bare Fastify GET /bare', bare));
    console.log(row('Haven GET /api/v1/me (session)', me));
    console.log(
      `ratio ${(ratio * 100).toFixed(1)}% of bare (target >= ${TARGETS[engine] * 100}%` +
        `${Number.isFinite(P99_LIMIT_MS[engine]) ? `, p99 < ${P99_LIMIT_MS[engine]} ms` : ''}): ${ok ? 'MET' : 'NOT MET'}`,
    );
    return ok;
  } finally {
    s.stop();
  }
}

async function main() {
  const results: boolean[] = [];
  results.push(await benchEngine('pglite', { ...process.env, BENCH_DATABASE_URL: '' }));
  const pgdb = await freshPostgresDatabase('haven_bench');
  if (pgdb) {
    try {
      results.push(await benchEngine('postgres', { ...process.env, BENCH_DATABASE_URL: pgdb.url }));
    } finally {
      await pgdb.drop();
    }
  } else {
    console.log('\npostgres: skipped (no server at BENCH_DATABASE_URL or 127.0.0.1:5432)');
  }
  process.exit(results.every(Boolean) ? 0 : 1);
}

void main();
