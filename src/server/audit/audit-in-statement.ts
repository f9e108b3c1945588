import { type SQL, sql } from 'drizzle-orm';

/**
 * Audit rows written by the very statement that does the access (one statement is atomic: the rows and
 * the access commit together without an explicit transaction). The statement decides each row's outcome,
 * purpose and details; everything else is known before it runs and travels as the statement's input.
 * The statement also computes the content hash, from the canonical text of the row as stored (see
 * `auditInsertSql`), so it is the one `contentHash` gives for the stored row and the chain verifies as for
 * any other row.
 */

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
 * `insert into audit_event ... select ... from <source> s`: `source` has the row's columns known before
 * the statement runs (`occurred_at` as ISO-8601 text with milliseconds, the column's precision and its
 * canonical form; `actor_user_id`, `organization_id`, `patient_id` as uuid; `actor_role`, `action`,
 * `resource_type`, `resource_id`, `client_address`, `user_agent`, `request_id` as text) and the decided
 * `outcome` (text: success, failure, denied), `purpose` (text or null) and `details` (the JSON text exactly
 * as `canonicalJson` writes it).
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
