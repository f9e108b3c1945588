import { type SQL, sql } from 'drizzle-orm';
import { canonicalParts } from '../../domain/audit/chain.js';
import type { AuditActor } from './record-audit.js';

/**
 * Audit rows written by the very statement that does the access (one statement is atomic: the rows and
 * the access commit together without an explicit transaction). The statement decides each row's outcome,
 * purpose and details; everything else is known before it runs. The content hash is computed in the
 * statement from the canonical text cut around the decided values (`canonicalParts`), so it is the one
 * `contentHash` gives for the stored row and the chain verifies as for any other row.
 */

/** One audit row's values known before the statement runs (see `openAuditRow`). */
export interface OpenAuditRow {
  occurredAt: Date;
  actorUserId: string | null;
  actorRole: string | null;
  organizationId: string | null;
  action: string;
  resourceType: string | null;
  resourceId: string | null;
  patientId: string | null;
  clientAddress: string | null;
  userAgent: string | null;
  requestId: string | null;
  /** The canonical text around details, outcome and purpose. */
  parts: [string, string, string, string];
}

/** What the statement does, as the audit row records it (outcome, purpose and details are decided by it). */
export interface OpenAuditEvent {
  action: string;
  resourceType?: string;
  resourceId?: string;
  patientId?: string;
}

export function openAuditRow(actor: AuditActor, event: OpenAuditEvent): OpenAuditRow {
  const open = {
    // Millisecond precision, like the column, so the hash survives the round trip.
    occurredAt: new Date(Date.now()),
    actorUserId: actor.userId,
    actorRole: actor.role,
    organizationId: actor.organizationId,
    action: event.action,
    resourceType: event.resourceType ?? null,
    resourceId: event.resourceId ?? null,
    patientId: event.patientId ?? null,
    clientAddress: actor.clientAddress,
    userAgent: actor.userAgent,
    requestId: actor.requestId,
  };
  return { ...open, parts: canonicalParts(open) };
}

/**
 * The columns of an `OpenAuditRow` in a relation the statement reads from, for a `json_to_recordset`
 * column list; `openAuditJson` writes a row's values under these names.
 */
export const OPEN_AUDIT_COLUMNS = sql.raw(
  `occurred_at timestamptz, actor_user_id uuid, actor_role text, organization_id uuid, action text,
   resource_type text, resource_id text, patient_id uuid, client_address text, user_agent text,
   request_id text, part0 text, part1 text, part2 text, part3 text`,
);

export function openAuditJson(row: OpenAuditRow): Record<string, unknown> {
  return {
    occurred_at: row.occurredAt,
    actor_user_id: row.actorUserId,
    actor_role: row.actorRole,
    organization_id: row.organizationId,
    action: row.action,
    resource_type: row.resourceType,
    resource_id: row.resourceId,
    patient_id: row.patientId,
    client_address: row.clientAddress,
    user_agent: row.userAgent,
    request_id: row.requestId,
    part0: row.parts[0],
    part1: row.parts[1],
    part2: row.parts[2],
    part3: row.parts[3],
  };
}

/**
 * `insert into audit_event ... select ... from <source> s`: `source` has the OPEN_AUDIT_COLUMNS and the
 * decided `outcome` (text: success, failure, denied), `purpose` (text or null) and `details` (the JSON
 * text exactly as `canonicalJson` writes it). Outcome and purpose are ASCII codes, whose JSON text
 * PostgreSQL's `to_json` writes exactly as JavaScript does.
 */
export function auditInsertSql(source: SQL): SQL {
  return sql`insert into audit_event (occurred_at, actor_user_id, actor_role, organization_id, action,
      resource_type, resource_id, patient_id, outcome, purpose, client_address, user_agent, request_id,
      details, content_hash)
    select s.occurred_at, s.actor_user_id, s.actor_role, s.organization_id, s.action, s.resource_type,
      s.resource_id, s.patient_id, s.outcome, s.purpose, s.client_address, s.user_agent, s.request_id,
      s.details::jsonb,
      encode(sha256(convert_to(s.part0 || s.details || s.part1 || to_json(s.outcome::text)::text || s.part2
        || coalesce(to_json(s.purpose::text)::text, 'null') || s.part3, 'UTF8')), 'hex')
    from ${source} s`;
}
