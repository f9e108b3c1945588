import { hash } from 'node:crypto';
import { getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { prepareSql } from '../../../db/prepared-sql.js';
import { patient } from '../../../db/schema/index.js';
import { createStatementBatcher, type ItemResult } from '../../../db/statement-batcher.js';
import {
  type ChartAccessBasis,
  chartAccessTable,
  purposeOfUse,
} from '../../../domain/access/chart-access.js';
import { canonicalJson } from '../../../domain/audit/chain.js';
import type { Role } from '../../../shared/roles.js';
import { auditInsertSql } from '../../audit/audit-in-statement.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import type { SessionActor } from '../auth/session-store.js';
import { notOnCareTeam, patientNotFound } from './chart-access.js';

export type PatientRow = typeof patient.$inferSelect;

/** One possible answer of the statement. */
interface Answer {
  outcome: 'success' | 'failure' | 'denied';
  purpose: string | null;
  /** Merged into the request's details on success; the whole details of a refusal (as withChartAccess). */
  details: Record<string, unknown>;
  basis: ChartAccessBasis | null;
}

/**
 * A role's answers (each once) and, for every combination of the facts the statement reads
 * (`status|onCareTeam|breakGlass`, or `missing`), the number of its answer (1-based, as in SQL). The
 * statement gets each role's table once per batch, as JSON text written once per role (`json`).
 */
interface DecisionTable {
  answers: Answer[];
  byKey: Map<string, Answer>;
  /** `"keys":...,"answer_of_key":...,"outcomes":...,"purposes":...`: the table's fields for the statement. */
  json: string;
  /** The answers' details joined by SEP, for the details a caller passes (by identity; see detailsText). */
  detailsText: WeakMap<object, string>;
}

const MISSING = 'missing';
/** Joins the answers' details; JSON text never holds a raw U+0001 (JSON escapes control characters). */
const SEP = '\u0001';
/** Stands for "no details" in DecisionTable.detailsText. */
const NO_DETAILS = Object.freeze({});

function decisionTable(role: Role): DecisionTable {
  const answers: Answer[] = [];
  const byKey = new Map<string, Answer>();
  const answer = (a: Answer) => {
    const same = answers.find((x) => x.outcome === a.outcome && x.basis === a.basis);
    if (same) return same;
    answers.push(a);
    return a;
  };
  for (const r of chartAccessTable(role)) {
    const found = r.basis
      ? answer({
          outcome: 'success',
          purpose: purposeOfUse(r.basis),
          details: { basis: r.basis },
          basis: r.basis,
        })
      : answer({
          outcome: 'denied',
          purpose: null,
          details: { reason: 'no-care-relationship' },
          basis: null,
        });
    byKey.set(`${r.patientStatus}|${r.onCareTeam}|${r.hasActiveBreakGlass}`, found);
  }
  byKey.set(
    MISSING,
    answer({ outcome: 'failure', purpose: null, details: { reason: 'not-found' }, basis: null }),
  );
  const fields = {
    keys: [...byKey.keys()].join(','),
    answer_of_key: [...byKey.values()].map((a) => answers.indexOf(a) + 1).join(','),
    outcomes: answers.map((a) => a.outcome).join(','),
    purposes: answers.map((a) => a.purpose ?? '').join(','),
  };
  return { answers, byKey, json: JSON.stringify(fields).slice(1, -1), detailsText: new WeakMap() };
}

function isDeeplyFrozen(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return true;
  return Object.isFrozen(value) && Object.values(value).every(isDeeplyFrozen);
}

/** Each answer's details as the audit row records them (success: the caller's merged with the basis). */
function detailsText(table: DecisionTable, details: Record<string, unknown> | undefined): string {
  const key = details ?? NO_DETAILS;
  let text = table.detailsText.get(key);
  if (text === undefined) {
    text = table.answers
      .map((a) => canonicalJson(a.outcome === 'success' ? { ...details, ...a.details } : a.details))
      .join(SEP);
    // Only frozen details are kept, and only when frozen all the way down: a caller's object that may
    // change later, or that holds one, is written out every time.
    if (isDeeplyFrozen(key)) table.detailsText.set(key, text);
  }
  return text;
}

/**
 * One statement for a batch of reads: read each caller's care relationship and the patient, look each
 * answer up in the caller's role table (computed from the domain rule by chartAccessTable), write one
 * audit row per read with that outcome, and return the patient only where the answer is yes.
 * `boolean::text` is 'true' / 'false', as JavaScript writes them.
 *
 * What the reads of one caller share travels once per batch, as a context `c` (who, from where, what
 * action, the role table `t`, the details of each answer); each read is then only its number `n`, context,
 * patient `p`, resource id `r`, time `at` and request id `q`. Only the patient columns asked for are read
 * (`p.status` always: the decision needs it). Parsing the input was a quarter of the
 * database's work per read when each read carried all of it (perf, bench:patients).
 */
function readPatientsSql(columns: SQL): SQL {
  return sql`
  with decision_table as (
    select t, string_to_array(keys, ',') as keys, string_to_array(answer_of_key, ',')::int[] as answer_of_key,
      string_to_array(outcomes, ',') as outcomes, string_to_array(purposes, ',') as purposes
    from json_to_recordset(${sql.placeholder('tables')}::json) as d(
      t int, keys text, answer_of_key text, outcomes text, purposes text)
  ),
  context as (
    select c, t, user_id, target_organization_id, string_to_array(answer_details, chr(1)) as answer_details,
      actor_user_id, actor_role, organization_id, client_address, user_agent, action, resource_type
    from json_to_recordset(${sql.placeholder('contexts')}::json) as x(
      c int, t int, user_id uuid, target_organization_id uuid, answer_details text, actor_user_id uuid,
      actor_role text, organization_id uuid, client_address text, user_agent text, action text, resource_type text)
  ),
  req as (
    select r.n, x.t, r.p as target_patient_id, x.target_organization_id, x.user_id, x.answer_details,
      r.at as occurred_at, x.actor_user_id, x.actor_role, x.organization_id, x.action, x.resource_type,
      r.r as resource_id, r.p as patient_id, x.client_address, x.user_agent, r.q as request_id
    from json_to_recordset(${sql.placeholder('requests')}::json) as r(n int, c int, p uuid, r text, at text, q text)
    join context x on x.c = r.c
  ),
  target as (
    select r.n as request_n, p.status, ${columns},
      exists (select 1 from care_team_member c
              where c.patient_id = p.id and c.user_id = r.user_id and c.removed_at is null) as on_care_team,
      exists (select 1 from break_glass_grant g
              where g.patient_id = p.id and g.user_id = r.user_id and g.expires_at > now()) as break_glass
    from req r join patient p on p.id = r.target_patient_id and p.organization_id = r.target_organization_id
  ),
  decision as (
    select r.*, k.outcomes[a.i] as outcome, nullif(k.purposes[a.i], '') as purpose, r.answer_details[a.i] as details
    from req r
    join decision_table k on k.t = r.t
    left join target t on t.request_n = r.n
    cross join lateral (
      select k.answer_of_key[array_position(k.keys,
        coalesce(t.status || '|' || t.on_care_team::text || '|' || t.break_glass::text, ${sql.raw(`'${MISSING}'`)}))] as i
    ) a
  ),
  written as (${auditInsertSql(sql`decision`)} order by s.n)
  select d.n as audit_n, d.outcome as audit_outcome, t.*
  from decision d left join target t on t.request_n = d.n and d.outcome = 'success'`;
}

/** What the reads of one caller share (see readPatientsSql), in the order of `contextJson`. */
type ContextFields = readonly [
  t: number,
  userId: string,
  targetOrganizationId: string,
  answerDetails: string,
  actorUserId: string | null,
  actorRole: string | null,
  actorOrganizationId: string | null,
  clientAddress: string | null,
  userAgent: string | null,
  action: string,
  resourceType: string,
];

function contextFields(p: Pending, t: number): ContextFields {
  const r = p.request;
  const a = r.actor;
  return [
    t,
    r.session.userId,
    r.session.organizationId,
    detailsText(p.table, r.details),
    a.userId,
    a.role,
    a.organizationId,
    a.clientAddress,
    a.userAgent,
    r.action,
    r.resourceType,
  ];
}

/** A context as the statement reads it (`c` is its 1-based place in the batch). */
function contextJson(f: ContextFields, i: number) {
  return {
    c: i + 1,
    t: f[0],
    user_id: f[1],
    target_organization_id: f[2],
    answer_details: f[3],
    actor_user_id: f[4],
    actor_role: f[5],
    organization_id: f[6],
    client_address: f[7],
    user_agent: f[8],
    action: f[9],
    resource_type: f[10],
  };
}

const PATIENT_COLUMNS = getTableColumns(patient);
type PatientColumn = keyof PatientRow;

export interface AuditedPatientReadRequest {
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  actor: AuditActor;
  patientId: string;
  /** `<resource>.<verb>`, e.g. `patient.read`. */
  action: string;
  resourceType: string;
  resourceId?: string;
  /** Recorded with the basis on success (refusals record only their reason, as withChartAccess does). */
  details?: Record<string, unknown>;
}

export interface AuditedPatientRead<K extends PatientColumn = PatientColumn> {
  patient: Pick<PatientRow, K>;
  basis: ChartAccessBasis;
}

interface Pending {
  request: AuditedPatientReadRequest;
  table: DecisionTable;
  /** When the read was asked for (the audit row's time), ISO-8601 with milliseconds like the column
   * (Date#toISOString: nothing in it needs escaping in JSON). */
  occurredAt: string;
}

/**
 * A patient row read through the chart's door (care team, director, intake before admission, unexpired
 * break-the-glass) by ONE statement that also writes the read's audit row, for reads and refusals alike:
 * the row and the read commit together, no transaction round trips, prepared once per connection. Same
 * answers as withChartAccess: 404 for a patient outside the caller's organization, 403 NOT_ON_CARE_TEAM
 * without a care relationship.
 *
 * Reads that arrive while earlier ones are in the database share the next statement (statement-batcher.ts:
 * one round trip and one commit for many; each read still has its own audit row, written by the statement
 * that reads it).
 */
export function createAuditedPatientRead<K extends PatientColumn>(
  db: Db,
  audit: AuditWriter,
  /** The patient columns the caller uses, and only those: a read takes no more than it needs. */
  columns: readonly K[],
) {
  const selected = [...new Set(columns)].map((key) => [key, PATIENT_COLUMNS[key]] as const);
  const list = sql.raw(
    selected
      .filter(([key]) => key !== 'status')
      .map(([, column]) => `p."${column.name}"`)
      .join(', ') || 'p.id',
  );
  // One prepared statement per column list (names are at most 63 bytes).
  const name = `haven_audited_patient_read_${hash('sha1', selected.map(([key]) => key).join(','), 'hex').slice(0, 12)}`;
  const run = prepareSql<Record<string, unknown>>(db, name, readPatientsSql(list));
  const tables = new Map<Role, DecisionTable>();
  const tableOf = (role: Role) => {
    let table = tables.get(role);
    if (!table) {
      table = decisionTable(role);
      tables.set(role, table);
    }
    return table;
  };

  async function execute(batch: Pending[]): Promise<ItemResult<AuditedPatientRead<K>>[]> {
    // Written as text: a batch is a few dozen rows.
    const tables: DecisionTable[] = [];
    const contexts: ContextFields[] = [];
    const requests = batch.map((p, i) => {
      let t = tables.indexOf(p.table) + 1;
      if (t === 0) t = tables.push(p.table);
      const fields = contextFields(p, t);
      // Compared field by field: cheaper than writing each read's context out to compare the text.
      let c = contexts.findIndex((x) => x.every((value, k) => value === fields[k])) + 1;
      if (c === 0) c = contexts.push(fields);
      const r = p.request;
      return `{"n":${i + 1},"c":${c},"p":${JSON.stringify(r.patientId)},"r":${JSON.stringify(r.resourceId ?? null)},"at":"${p.occurredAt}","q":${JSON.stringify(r.actor.requestId)}}`;
    });
    const rows = await run({
      tables: `[${tables.map((table, i) => `{"t":${i + 1},${table.json}}`).join(',')}]`,
      contexts: JSON.stringify(contexts.map(contextJson)),
      requests: `[${requests.join(',')}]`,
    });
    audit.sealer.nudge();
    const byN = new Map(rows.map((row) => [Number(row.audit_n), row]));
    return batch.map((p, i) => answerOf(p, byN.get(i + 1), selected));
  }

  const batched = createStatementBatcher(execute, { inFlight: 4, max: 64 });

  return function readPatient(request: AuditedPatientReadRequest): Promise<AuditedPatientRead<K>> {
    return batched({
      request,
      table: tableOf(request.session.role),
      occurredAt: new Date().toISOString(),
    });
  };
}

/** A read's answer from its row of the statement's result, with the columns asked for. */
function answerOf<K extends PatientColumn>(
  p: Pending,
  row: Record<string, unknown> | undefined,
  columns: readonly (readonly [K, (typeof PATIENT_COLUMNS)[K]])[],
): ItemResult<AuditedPatientRead<K>> {
  const outcome = row?.audit_outcome;
  if (outcome === 'failure') return { ok: false, error: patientNotFound() };
  if (outcome === 'denied') return { ok: false, error: notOnCareTeam() };
  if (outcome !== 'success') return { ok: false, error: new Error('The chart read wrote no audit row.') };
  const found: Record<string, unknown> = {};
  for (const [key, column] of columns) {
    const value = row![column.name];
    found[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value as never);
  }
  const answer = p.table.byKey.get(`${row!.status}|${row!.on_care_team}|${row!.break_glass}`);
  return {
    ok: true,
    value: { patient: found as Pick<PatientRow, K>, basis: answer!.basis as ChartAccessBasis },
  };
}
