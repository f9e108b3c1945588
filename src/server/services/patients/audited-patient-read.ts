import { getTableColumns, sql } from 'drizzle-orm';
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
import {
  auditInsertSql,
  OPEN_AUDIT_COLUMNS,
  type OpenAuditRow,
  openAuditJson,
  openAuditRow,
} from '../../audit/audit-in-statement.js';
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
 * (`status|onCareTeam|breakGlass`, or `missing`), the number of its answer (1-based, as in SQL). Keys and
 * numbers travel as comma-separated text.
 */
interface DecisionTable {
  answers: Answer[];
  keys: string;
  answerOfKey: string;
  outcomes: string;
  purposes: string;
  byKey: Map<string, Answer>;
}

const MISSING = 'missing';
/** Joins the answers' details; JSON text never holds a raw U+0001 (JSON escapes control characters). */
const SEP = '\u0001';

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
  return {
    answers,
    keys: [...byKey.keys()].join(','),
    answerOfKey: [...byKey.values()].map((a) => answers.indexOf(a) + 1).join(','),
    outcomes: answers.map((a) => a.outcome).join(','),
    purposes: answers.map((a) => a.purpose ?? '').join(','),
    byKey,
  };
}

/**
 * One statement for a batch of reads (one JSON object each, numbered `n`): read each caller's care
 * relationship and the patient, look each answer up in the caller's role table (computed from the domain
 * rule by chartAccessTable), write one audit row per read with that outcome, and return the patient only
 * where the answer is yes. The batch travels as one JSON parameter; `boolean::text` is 'true' / 'false',
 * as JavaScript writes them.
 */
const READ_PATIENTS = sql`
  with req as (
    select * from json_to_recordset(${sql.placeholder('requests')}::json) as r(
      n int, target_patient_id uuid, target_organization_id uuid, user_id uuid, keys text, answer_of_key text,
      outcomes text, purposes text, answer_details text, ${OPEN_AUDIT_COLUMNS})
  ),
  target as (
    select r.n as request_n, p.*,
      exists (select 1 from care_team_member c
              where c.patient_id = p.id and c.user_id = r.user_id and c.removed_at is null) as on_care_team,
      exists (select 1 from break_glass_grant g
              where g.patient_id = p.id and g.user_id = r.user_id and g.expires_at > now()) as break_glass
    from req r join patient p on p.id = r.target_patient_id and p.organization_id = r.target_organization_id
  ),
  decision as (
    select r.*, a.outcome, nullif(a.purpose, '') as purpose, a.details
    from req r
    left join target t on t.request_n = r.n
    cross join lateral (
      select * from unnest(string_to_array(r.outcomes, ','), string_to_array(r.purposes, ','),
                           string_to_array(r.answer_details, chr(1))) with ordinality as a(outcome, purpose, details, i)
      where a.i = (string_to_array(r.answer_of_key, ',')::int[])[array_position(string_to_array(r.keys, ','),
        coalesce(t.status || '|' || t.on_care_team::text || '|' || t.break_glass::text, ${MISSING}::text))]
    ) a
  ),
  written as (${auditInsertSql(sql`decision`)} order by s.n)
  select d.n as audit_n, d.outcome as audit_outcome, t.*
  from decision d left join target t on t.request_n = d.n and d.outcome = 'success'`;

const COLUMNS = Object.entries(getTableColumns(patient));

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

export interface AuditedPatientRead {
  patient: PatientRow;
  basis: ChartAccessBasis;
}

interface Pending {
  request: AuditedPatientReadRequest;
  table: DecisionTable;
  audit: OpenAuditRow;
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
export function createAuditedPatientRead(db: Db, audit: AuditWriter) {
  const run = prepareSql<Record<string, unknown>>(db, 'haven_audited_patient_reads', READ_PATIENTS);
  const tables = new Map<Role, DecisionTable>();
  const tableOf = (role: Role) => {
    let table = tables.get(role);
    if (!table) {
      table = decisionTable(role);
      tables.set(role, table);
    }
    return table;
  };

  async function execute(batch: Pending[]): Promise<ItemResult<AuditedPatientRead>[]> {
    const requests = batch.map((p, i) => ({
      n: i + 1,
      target_patient_id: p.request.patientId,
      target_organization_id: p.request.session.organizationId,
      user_id: p.request.session.userId,
      keys: p.table.keys,
      answer_of_key: p.table.answerOfKey,
      outcomes: p.table.outcomes,
      purposes: p.table.purposes,
      answer_details: p.table.answers
        .map((a) =>
          canonicalJson(a.outcome === 'success' ? { ...p.request.details, ...a.details } : a.details),
        )
        .join(SEP),
      ...openAuditJson(p.audit),
    }));
    const rows = await run({ requests: JSON.stringify(requests) });
    audit.sealer.nudge();
    const byN = new Map(rows.map((row) => [Number(row.audit_n), row]));
    return batch.map((p, i) => answerOf(p, byN.get(i + 1)));
  }

  const batched = createStatementBatcher(execute, { inFlight: 4, max: 64 });

  return function readPatient(request: AuditedPatientReadRequest): Promise<AuditedPatientRead> {
    return batched({
      request,
      table: tableOf(request.session.role),
      audit: openAuditRow(request.actor, {
        action: request.action,
        resourceType: request.resourceType,
        resourceId: request.resourceId,
        patientId: request.patientId,
      }),
    });
  };
}

/** A read's answer from its row of the statement's result. */
function answerOf(p: Pending, row: Record<string, unknown> | undefined): ItemResult<AuditedPatientRead> {
  const outcome = row?.audit_outcome;
  if (outcome === 'failure') return { ok: false, error: patientNotFound() };
  if (outcome === 'denied') return { ok: false, error: notOnCareTeam() };
  if (outcome !== 'success') return { ok: false, error: new Error('The chart read wrote no audit row.') };
  const found = Object.fromEntries(
    COLUMNS.map(([key, column]) => {
      const value = row![column.name];
      return [key, value === null || value === undefined ? null : column.mapFromDriverValue(value)];
    }),
  ) as PatientRow;
  const answer = p.table.byKey.get(`${found.status}|${row!.on_care_team}|${row!.break_glass}`);
  return { ok: true, value: { patient: found, basis: answer!.basis as ChartAccessBasis } };
}
