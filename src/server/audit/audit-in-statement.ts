import { type SQL, sql } from 'drizzle-orm';
import type { AuditActor } from './record-audit.js';

/**
 * Audit rows written by the very statement that does the access (one statement is atomic: the rows and
 * the access commit together without an explicit transaction). The statement decides each row's outcome,
 * purpose and details; everything else is known before it runs and travels as JSON (`openAuditJson`).
 * The statement also computes the content hash, from the canonical text of the row as stored (see
 * `auditInsertSql`), so it is the one `contentHash` gives for the stored row and the chain verifies as for
 * any other row.
 */

/** What the statement does, as the audit row records it (outcome, purpose and details are decided by it). */
export interface OpenAuditEvent {
  action: string;
  resourceType?: string;
  resourceId?: string;
  patientId?: string;
}

/**
 * The columns of an open audit row in a relation the statement reads from, for a `json_to_recordset`
 * column list; `openAuditJson` writes a row's values under these names. `occurred_at` stays text, the
 * ISO-8601 form JavaScript wrote, which is also its canonical form.
 */
export const OPEN_AUDIT_COLUMNS = sql.raw(
  `occurred_at text, actor_user_id uuid, actor_role text, organization_id uuid, action text,
   resource_type text, resource_id text, patient_id uuid, client_address text, user_agent text,
   request_id text`,
);

/** One audit row's values known before the statement runs: everything but outcome, purpose and details. */
export function openAuditJson(actor: AuditActor, event: OpenAuditEvent): string {
  return JSON.stringify({
    // Millisecond precision, like the column and the canonical text.
    occurred_at: new Date().toISOString(),
    actor_user_id: actor.userId,
    actor_role: actor.role,
    organization_id: actor.organizationId,
    action: event.action,
    resource_type: event.resourceType ?? null,
    resource_id: event.resourceId ?? null,
    patient_id: event.patientId ?? null,
    client_address: actor.clientAddress,
    user_agent: actor.userAgent,
    request_id: actor.requestId,
  });
}

/** A value's JSON text as `canonicalJson` writes it: `to_json` escapes text exactly as JSON.stringify does. */
const json = (value: SQL) => sql`coalesce(to_json(${value})::text, 'null')`;

/**
 * `canonicalContent` (domain/audit/chain.ts) of the row, written by the database: keys in sorted order,
 * each value's JSON text as stored (a uuid in its lower-case text form, as it reads back). Built here
 * rather than sent, so the hash is always of what the row holds (audit-in-statement.test.ts checks it
 * against `contentHash` for any text).
 */
function canonicalContentSql(s: SQL): SQL {
  return sql`'{"action":' || ${json(sql`${s}.action`)} || ',"actorRole":' || ${json(sql`${s}.actor_role`)}
    || ',"actorUserId":' || ${json(sql`${s}.actor_user_id`)} || ',"clientAddress":' || ${json(sql`${s}.client_address`)}
    || ',"details":' || ${s}.details || ',"occurredAt":' || ${json(sql`${s}.occurred_at`)}
    || ',"organizationId":' || ${json(sql`${s}.organization_id`)} || ',"outcome":' || ${json(sql`${s}.outcome::text`)}
    || ',"patientId":' || ${json(sql`${s}.patient_id`)} || ',"purpose":' || ${json(sql`${s}.purpose::text`)}
    || ',"requestId":' || ${json(sql`${s}.request_id`)} || ',"resourceId":' || ${json(sql`${s}.resource_id`)}
    || ',"resourceType":' || ${json(sql`${s}.resource_type`)} || ',"userAgent":' || ${json(sql`${s}.user_agent`)} || '}'`;
}

/**
 * `insert into audit_event ... select ... from <source> s`: `source` has the OPEN_AUDIT_COLUMNS and the
 * decided `outcome` (text: success, failure, denied), `purpose` (text or null) and `details` (the JSON
 * text exactly as `canonicalJson` writes it).
 */
export function auditInsertSql(source: SQL): SQL {
  const s = sql.raw('s');
  return sql`insert into audit_event (occurred_at, actor_user_id, actor_role, organization_id, action,
      resource_type, resource_id, patient_id, outcome, purpose, client_address, user_agent, request_id,
      details, content_hash)
    select s.occurred_at::timestamptz, s.actor_user_id, s.actor_role, s.organization_id, s.action,
      s.resource_type, s.resource_id, s.patient_id, s.outcome, s.purpose, s.client_address, s.user_agent,
      s.request_id, s.details::jsonb,
      encode(sha256(convert_to(${canonicalContentSql(s)}, 'UTF8')), 'hex')
    from ${source} s`;
}
