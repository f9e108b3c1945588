/**
 * The server side of `npm run bench:patients`, in its own process: seeds BENCH_PATIENTS synthetic patients
 * (default 100,000) into a fresh database, times single searches (every statement of one, in its
 * transaction), then serves the real Haven app and a bare Fastify route on two ports. Prints one JSON line
 * when ready.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import Fastify from 'fastify';
import { connect, type Db } from '../src/db/connect.js';
import { runMigrations } from '../src/db/migrate.js';
import { careTeamMember, membership, organization, user } from '../src/db/schema/index.js';
import { parsePatientSearch } from '../src/domain/patients/search-query.js';
import { buildApp } from '../src/server/app.js';
import { rowsOf } from '../src/server/audit/sealer.js';
import { loadConfig } from '../src/server/config.js';
import { hashPassword } from '../src/server/security/passwords.js';
import { findPatients } from '../src/server/services/patients/search-patients.js';

const PASSWORD = 'bench-password-2026';
const COUNT = Number(process.env.BENCH_PATIENTS ?? 100_000);
/** Misspelled names (two letters swapped or dropped), as typed at a busy front desk. */
const MISSPELLED = [
  'Jonh Smtih',
  'Mraia Garica',
  'Dvid Nguyn',
  'Aisha Jonhson',
  'Kevn Obrien',
  'Lusia Hernadez',
];
/** Also timed (not in the load mix): the first letters of a name, a common first name and surname, a misspelled surname. */
const TYPED = ['jo', 'maria', 'smith', 'hernadez'];

// Fictional name parts; every patient is a combination, so each full name recurs about COUNT/(F*L) times.
const FIRST =
  `John Maria David Aisha Kevin Luisa James Fatima Robert Mei Michael Priya William Sofia Richard Olga Joseph
  Amara Thomas Yuki Charles Grace Daniel Leila Matthew Ana Anthony Chloe Mark Nadia Donald Elena Steven Zoe Paul Ines
  Andrew Hana Joshua Ruth Kenneth Carmen Brian Dana Jose Keisha Tyrone Irene Luis Megan Omar Paula Ivan Rosa Samuel
  Tanya Victor Wendy Xavier Yara Zachary Abigail Brandon Camila Dmitri Esther Felipe Gloria Hector Imani Jamal Kira`
    .split(/\s+/)
    .filter(Boolean);
const LAST =
  `Smith Garcia Nguyen Johnson OBrien Hernandez Williams Brown Jones Miller Davis Rodriguez Martinez Lopez
  Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White Harris Sanchez Clark Ramirez
  Lewis Robinson Walker Young Allen King Wright Scott Torres Hill Flores Green Adams Nelson Baker Hall Rivera Campbell
  Mitchell Carter Roberts Kowalski Okafor Haddad Yamamoto Ivanova Novak Schmidt Rossi Dubois Silva Kim Park Chen Patel
  Singh Khan Ali Cohen Murphy Kelly Sullivan Reyes Morales Ortiz Gutierrez Chavez Ramos Vargas Castillo Jimenez Moreno`
    .split(/\s+/)
    .filter(Boolean);

const textArray = (values: string[]) => sql.raw(`array[${values.map((v) => `'${v}'`).join(',')}]`);

/** One INSERT ... SELECT per 25,000 rows: the database generates the rows itself. */
async function seedPatients(db: Db, organizationId: string) {
  const started = performance.now();
  const first = textArray(FIRST);
  const last = textArray(LAST);
  for (let from = 1; from <= COUNT; from += 25_000) {
    const to = Math.min(COUNT, from + 24_999);
    await db.execute(sql`
      insert into patient (organization_id, mrn, legal_first_name, legal_last_name, preferred_name,
                           date_of_birth, status, phone, email)
      select ${organizationId}, 'B' || lpad(i::text, 7, '0'),
             (${first})[1 + (i::bigint * 7919) % ${FIRST.length}],
             (${last})[1 + ((i::bigint * 104729) / 7) % ${LAST.length}],
             case when i % 9 = 0 then (${first})[1 + (i * 31) % ${FIRST.length}] end,
             date '1950-01-01' + (i * 37) % 20000,
             (array['active','active','active','discharged','pre-admission'])[1 + i % 5],
             '(555) 01' || lpad((i % 100000)::text, 5, '0'),
             'patient' || i || '@example.org'
      from generate_series(${from}::int, ${to}::int) as i`);
  }
  await db.execute(sql`analyze patient`);
  return (performance.now() - started) / 1000;
}

/**
 * Wall-clock time of each search as the service runs it (its statements in one transaction, without the
 * audit row): the median of 5 after a warm-up run, and the slowest of the 5.
 */
async function timeSearches(db: Db, organizationId: string, userId: string) {
  const timings: { q: string; ms: number; slowestMs: number; rows: number; inLoadMix: boolean }[] = [];
  for (const q of [...MISSPELLED, ...TYPED]) {
    const search = parsePatientSearch(q);
    const once = async () => {
      const started = performance.now();
      const rows = await db.transaction((tx) =>
        findPatients(tx, search, { organizationId, userId, limit: 20 }),
      );
      return { ms: performance.now() - started, rows: rows.length };
    };
    await once();
    const runs: { ms: number; rows: number }[] = [];
    for (let i = 0; i < 5; i++) runs.push(await once());
    runs.sort((a, b) => a.ms - b.ms);
    timings.push({
      q,
      ms: runs[2]!.ms,
      slowestMs: runs[4]!.ms,
      rows: runs[2]!.rows,
      inLoadMix: MISSPELLED.includes(q),
    });
  }
  return timings;
}

async function main() {
  const bare = Fastify({ logger: false });
  bare.get('/bare', async () => ({ status: 'ok' }));
  await bare.listen({ port: 0, host: '127.0.0.1' });

  const url = process.env.BENCH_DATABASE_URL || undefined;
  const dataDir = url ? null : mkdtempSync(join(tmpdir(), 'haven-bench-patients-'));
  if (dataDir) process.once('exit', () => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({
    ...process.env,
    LOG_LEVEL: 'warn',
    HAVEN_DEMO: '0',
    HAVEN_REQUIRE_MFA: '0',
    HAVEN_SESSION_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    DATABASE_POOL_SIZE: '20',
    ...(url ? { DATABASE_URL: url } : { HAVEN_DATA_DIR: dataDir! }),
  });
  const database = url
    ? await connect({ databaseUrl: url, poolSize: config.databasePoolSize })
    : await connect({ dataDir: dataDir! });
  await runMigrations(database);
  const { db } = database;
  const [org] = await db
    .insert(organization)
    .values({ name: 'Bench Clinic', slug: `bench-${Date.now()}` })
    .returning();
  const passwordHash = await hashPassword(PASSWORD);
  const [director] = await db
    .insert(user)
    .values({ email: `director-${Date.now()}@bench.test`, displayName: 'Bench Director', passwordHash })
    .returning();
  await db.insert(membership).values({ userId: director!.id, organizationId: org!.id, role: 'director' });
  const seedSeconds = await seedPatients(db, org!.id);
  // A care team for some patients, so the care-relationship subqueries have rows to look at.
  await db.execute(sql`
    insert into ${careTeamMember} (organization_id, patient_id, user_id, care_role)
    select organization_id, id, ${director!.id}, 'case-manager' from patient
    where organization_id = ${org!.id} and mrn like 'B00001%'`);
  const readId = rowsOf<{ id: string }>(
    await db.execute(sql`select id from patient where organization_id = ${org!.id} and mrn = 'B0000100'`),
  )[0]!.id;
  const searches = await timeSearches(db, org!.id, director!.id);

  const app = await buildApp({ config: { ...config, logLevel: 'warn' }, database });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const havenUrl = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const login = await fetch(`${havenUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: director!.email, password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  const bareUrl = `http://127.0.0.1:${(bare.server.address() as { port: number }).port}`;
  process.stdout.write(
    `${JSON.stringify({ bareUrl, havenUrl, cookie, readId, seedSeconds, searches, dataDir })}\n`,
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});

// Exit cleanly on SIGTERM so `node --cpu-prof` can write its profile.
process.once('SIGTERM', () => process.exit(0));
