/**
 * `npm run bench:centers`: the public center finder over 20,000 synthetic directory facilities.
 * Generates the file, imports it into a fresh database (timing the first load and the re-run), then runs
 * autocannon at 50 connections against a bare Fastify route and GET /api/v1/centers, in the same run, on
 * PGlite and on PostgreSQL (127.0.0.1:5432 or BENCH_DATABASE_URL; a fresh database, dropped after).
 *
 * Every request carries its own X-Forwarded-For so the finder's per-address rate limit (120/min) sees
 * many visitors, as in production, instead of refusing one address; the bare route gets the same headers.
 * The finder answers from its in-memory index of the directory (no database per search), and keeps the
 * answers to searches asked again. All searches ask for the nearest 20 with the same two filters (issue
 * 4, part 6); they differ in where:
 * - "same search": one ZIP: from its second asking on, answered from the kept answers;
 * - "mixed ZIPs": ZIPs drawn from a Zipf distribution (the k-th most searched place k times rarer than the
 *   first) over all 41,000 US ZIPs in a fixed shuffled order: a stand-in for searches clustering where
 *   people live (the package has no population figures), part kept answers, part searches;
 * - "a new ZIP each request": every request searches the index and writes its answer.
 * The share of requests answered from kept answers is counted from the finder's `x-cache` header.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { seededRandom } from '../src/db/seed/seeded-random.js';
import { generateDirectoryCsv } from '../src/db/seed/synthetic-centers.js';
import { allUsZips } from '../src/server/services/centers/gazetteer.js';
import { freshPostgresDatabase } from './fresh-database.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const COUNT = Number(process.env.BENCH_CENTERS ?? 20_000);
const RATIO_TARGET = 0.3;
const P99_LIMIT_MS = 20;
const SEARCH = 'limit=20&medications=buprenorphine&payment=medicaid';
const HOT_ZIP = '60614'; // Chicago, Lincoln Park

interface Result {
  rps: number;
  p99: number;
  errors: number;
  /** Share of responses the finder answered from its kept answers (`x-cache: hit`), when it says. */
  hitRate: number | null;
}

/** autocannon with a distinct client address (and optionally path) per request. */
async function load(base: string, pathFor: (n: number) => string): Promise<Result> {
  let n = 0;
  let hits = 0;
  let counted = 0;
  const requests = [
    {
      setupRequest: (req: autocannon.Request) => {
        n++;
        return {
          ...req,
          path: pathFor(n),
          headers: {
            ...req.headers,
            'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
          },
        };
      },
      onResponse: (
        _status: number,
        _body: string,
        _context: object,
        headers?: { [name: string]: unknown },
      ) => {
        const cache = headers?.['x-cache'];
        if (cache === undefined) return;
        counted++;
        if (cache === 'hit') hits++;
      },
    },
  ];
  await autocannon({ url: base, connections: CONNECTIONS, duration: 2, requests });
  hits = 0;
  counted = 0;
  const r = await autocannon({ url: base, connections: CONNECTIONS, duration: DURATION, requests });
  return {
    rps: r.requests.average,
    p99: r.latency.p99,
    errors: r.errors + r.non2xx + r.timeouts,
    hitRate: counted > 0 ? hits / counted : null,
  };
}

/** Draws ZIPs with Zipf weights 1, 1/2, 1/3, ... in list order (by binary search on the running sum). */
function zipfPicker(zips: string[], seed: number) {
  const cumulative = new Float64Array(zips.length);
  let sum = 0;
  for (let k = 0; k < zips.length; k++) cumulative[k] = sum += 1 / (k + 1);
  const random = seededRandom(seed);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = zips.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return zips[lo]!;
  };
}

async function startServer(env: NodeJS.ProcessEnv) {
  const child = spawn('node_modules/.bin/tsx', ['bench/centers-server.ts'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = await new Promise<string>((resolve, reject) => {
    const rl = createInterface({ input: child.stdout! });
    rl.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  type Timing = { seconds: number; imported: number; updated: number; unchanged: number; rejected: number };
  return {
    ...(JSON.parse(line) as { bareUrl: string; havenUrl: string; importFirst: Timing; importRerun: Timing }),
    stop: () => child.kill(),
  };
}

const row = (name: string, r: Result) =>
  `${name.padEnd(44)} ${r.rps.toFixed(0).padStart(7)} req/s   p99 ${String(r.p99).padStart(4)} ms   errors ${r.errors}` +
  (r.hitRate === null ? '' : `   kept answers ${(r.hitRate * 100).toFixed(1)}%`);

const verdict = (r: Result, bare: Result) => {
  const ratio = r.rps / bare.rps;
  const ok = ratio >= RATIO_TARGET && r.p99 < P99_LIMIT_MS && r.errors === 0;
  return { ok, text: `${(ratio * 100).toFixed(1)}% of bare, p99 ${r.p99} ms: ${ok ? 'MET' : 'NOT MET'}` };
};

async function benchEngine(engine: 'pglite' | 'postgres', env: NodeJS.ProcessEnv, zips: string[]) {
  const s = await startServer(env);
  try {
    const i1 = s.importFirst;
    const i2 = s.importRerun;
    console.log(`\n${engine}: import of ${COUNT} rows`);
    console.log(
      `  first  ${i1.seconds.toFixed(1)} s: ${i1.imported} imported, ${i1.updated} updated, ${i1.unchanged} unchanged, ${i1.rejected} rejected`,
    );
    console.log(
      `  re-run ${i2.seconds.toFixed(1)} s: ${i2.imported} imported, ${i2.updated} updated, ${i2.unchanged} unchanged, ${i2.rejected} rejected`,
    );
    const bare = await load(s.bareUrl, () => '/bare');
    const hot = await load(s.havenUrl, () => `/api/v1/centers?near=${HOT_ZIP}&${SEARCH}`);
    const pick = zipfPicker(zips, 4);
    const mixed = await load(s.havenUrl, () => `/api/v1/centers?near=${pick()}&${SEARCH}`);
    const cold = await load(s.havenUrl, (n) => `/api/v1/centers?near=${zips[n % zips.length]}&${SEARCH}`);
    console.log(`${engine} (${CONNECTIONS} connections, ${DURATION} s)`);
    console.log(row('bare Fastify GET /bare', bare));
    console.log(row(`centers near=${HOT_ZIP} (same search)`, hot));
    console.log(row('centers, mixed ZIPs (Zipf)', mixed));
    console.log(row('centers, a new ZIP each request', cold));
    const target = verdict(hot, bare);
    console.log(`target >= ${RATIO_TARGET * 100}% of bare and p99 < ${P99_LIMIT_MS} ms:`);
    console.log(`  same search ${target.text}`);
    console.log(`  mixed ZIPs  ${verdict(mixed, bare).text}`);
    console.log(`  new ZIPs    ${verdict(cold, bare).text}`);
    return target.ok;
  } finally {
    s.stop();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'haven-centers-csv-'));
  const file = join(dir, 'centers.csv');
  writeFileSync(file, await generateDirectoryCsv({ count: COUNT }));
  // Shuffle deterministically so consecutive requests land in different places.
  const zips = (await allUsZips())
    .map((z) => z.zip)
    .sort((a, b) => ((Number(a) * 7919) % 10007) - ((Number(b) * 7919) % 10007));
  const env = { ...process.env, BENCH_CENTERS_CSV: file };
  const results: boolean[] = [];
  results.push(await benchEngine('pglite', { ...env, BENCH_DATABASE_URL: '' }, zips));
  const pgdb = await freshPostgresDatabase('haven_bench_centers');
  if (pgdb) {
    try {
      results.push(await benchEngine('postgres', { ...env, BENCH_DATABASE_URL: pgdb.url }, zips));
    } finally {
      await pgdb.drop();
    }
  } else {
    console.log('\npostgres: skipped (no server at BENCH_DATABASE_URL or 127.0.0.1:5432)');
  }
  process.exit(results.every(Boolean) ? 0 : 1);
}

void main();
