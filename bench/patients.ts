/**
 * `npm run bench:patients`: patient search and the FHIR Patient read over 100,000 synthetic patients
 * (BENCH_PATIENTS), on PGlite and on PostgreSQL (127.0.0.1:5432 or BENCH_DATABASE_URL; a fresh database,
 * dropped after). The server runs in a child process (bench/patients-server.ts); autocannon at 64
 * connections measures, in the same run: the bare Fastify route, GET /api/v1/patients?q=<misspelled name>
 * as a signed-in director, and GET /fhir/R4/Patient/:id. Also prints each search's single-search time (its
 * statements in one transaction, wall clock; the issue's "under 50 ms at 100,000 patients"), for the
 * misspelled names of the load and for a few common queries (first letters, a common name).
 *
 * Targets (issue "FHIR R4 Patient"): the FHIR read on PostgreSQL at >= 25% of the bare route's req/s with
 * p99 < 50 ms; every single search query < 50 ms. Search throughput is reported beside the baseline.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { freshPostgresDatabase } from './fresh-database.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 64);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const FHIR_RATIO_TARGET = 0.25;
const P99_LIMIT_MS = 50;
const QUERY_LIMIT_MS = 50;

interface Result {
  rps: number;
  p99: number;
  errors: number;
}

/** autocannon, a short warm-up first; `pathFor` may vary the path per request. */
async function load(
  base: string,
  headers: Record<string, string>,
  pathFor: (n: number) => string,
): Promise<Result> {
  let n = 0;
  const requests = [
    {
      setupRequest: (req: autocannon.Request) => {
        n++;
        return { ...req, path: pathFor(n), headers: { ...req.headers, ...headers } };
      },
    },
  ];
  await autocannon({ url: base, connections: CONNECTIONS, duration: 2, requests });
  const r = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests });
  return { rps: r.requests.average, p99: r.latency.p99, errors: r.errors + r.non2xx + r.timeouts };
}

interface Ready {
  bareUrl: string;
  havenUrl: string;
  cookie: string;
  readId: string;
  seedSeconds: number;
  searches: { q: string; ms: number; slowestMs: number; rows: number; inLoadMix: boolean }[];
  /** The PGlite data directory (null on PostgreSQL), removed after the run. */
  dataDir: string | null;
}

async function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn('node_modules/.bin/tsx', ['bench/patients-server.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  const ready = JSON.parse(line) as Ready;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    ...ready,
    stop: async () => {
      child.kill();
      await exited;
      if (ready.dataDir) rmSync(ready.dataDir, { recursive: true, force: true });
    },
  };
}

const row = (name: string, r: Result) =>
  `${name.padEnd(46)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}`;

async function benchEngine(engine: 'pglite' | 'postgres', env: NodeJS.ProcessEnv): Promise<boolean> {
  const s = await startServer(env);
  try {
    console.log(
      `\n${engine}: ${Number(process.env.BENCH_PATIENTS ?? 100_000)} patients seeded in ${s.seedSeconds.toFixed(1)} s`,
    );
    console.log('single search (all its statements, one transaction; median of 5 after a warm-up, slowest):');
    for (const e of s.searches) {
      console.log(
        `  ${`"${e.q}"`.padEnd(18)} ${e.ms.toFixed(1).padStart(6)} ms (slowest ${e.slowestMs.toFixed(1)})   ` +
          `${e.rows} rows${e.inLoadMix ? '' : '   (not in the load mix)'}`,
      );
    }
    const slowest = Math.max(...s.searches.map((e) => e.ms));
    const auth = { cookie: s.cookie };
    const bare = await load(s.bareUrl, {}, () => '/bare');
    // The read first: on PGlite a backlog of slow searches would still be queued behind it.
    const read = await load(s.havenUrl, auth, () => `/fhir/R4/Patient/${s.readId}`);
    const names = s.searches.filter((e) => e.inLoadMix).map((e) => encodeURIComponent(e.q));
    const search = await load(
      s.havenUrl,
      auth,
      (n) => `/api/v1/patients?q=${names[n % names.length]}&limit=20`,
    );
    const searchRatio = search.rps / bare.rps;
    const readRatio = read.rps / bare.rps;
    const readOk = readRatio >= FHIR_RATIO_TARGET && read.p99 < P99_LIMIT_MS && read.errors === 0;
    const queryOk = slowest < QUERY_LIMIT_MS;
    console.log(`${engine} (${CONNECTIONS} connections, ${DURATION} s)`);
    console.log(row('bare Fastify GET /bare', bare));
    console.log(row('GET /api/v1/patients?q=<misspelled name>', search));
    console.log(row('GET /fhir/R4/Patient/:id', read));
    console.log(
      `search: slowest single search ${slowest.toFixed(1)} ms (median; target < ${QUERY_LIMIT_MS} ms): ${queryOk ? 'MET' : 'NOT MET'}; ` +
        `${(searchRatio * 100).toFixed(1)}% of bare, p99 ${search.p99} ms`,
    );
    console.log(
      `FHIR read: ${(readRatio * 100).toFixed(1)}% of bare, p99 ${read.p99} ms ` +
        `(target${engine === 'postgres' ? '' : ' on PostgreSQL'} >= ${FHIR_RATIO_TARGET * 100}%, p99 < ${P99_LIMIT_MS} ms): ` +
        `${readOk ? 'MET' : 'NOT MET'}`,
    );
    // The throughput target is PostgreSQL's; on PGlite (one query at a time) only the query time counts.
    return engine === 'postgres' ? readOk && queryOk && search.errors === 0 : queryOk;
  } finally {
    await s.stop();
  }
}

async function main() {
  const results: boolean[] = [];
  if (process.env.BENCH_ENGINES !== 'postgres') {
    results.push(await benchEngine('pglite', { ...process.env, BENCH_DATABASE_URL: '' }));
  }
  const pgdb = await freshPostgresDatabase('haven_bench_patients');
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
