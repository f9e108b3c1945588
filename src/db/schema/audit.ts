import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * Append-only audit trail (HIPAA 164.312(b); REFERENCE.md 7.3: who, what, when, where, outcome, why).
 * The app inserts and selects only. `content_hash` is the SHA-256 of the row's canonical content,
 * computed when the row is written; rows are linked into a chain by `audit_seal`.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp('occurred_at', { withTimezone: true, precision: 3 }).notNull(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    organizationId: uuid('organization_id'),
    /** e.g. `auth.login`, `patient.read`, `role.change` */
    action: text('action').notNull(),
    resourceType: text('resource_type'),
    resourceId: text('resource_id'),
    patientId: uuid('patient_id'),
    /** `success`, `failure` (e.g. wrong password) or `denied` (policy refused). */
    outcome: text('outcome', { enum: ['success', 'failure', 'denied'] }).notNull(),
    /** Purpose of use (v3 PurposeOfUse: TREAT, ETREAT for break-the-glass...). */
    purpose: text('purpose'),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
    requestId: text('request_id'),
    /** Non-PHI extra facts (e.g. the role granted, the failure reason code). */
    details: jsonb('details').$type<Record<string, unknown>>(),
    contentHash: text('content_hash').notNull(),
  },
  (t) => [
    index('audit_event_patient_idx').on(t.patientId, t.occurredAt),
    index('audit_event_actor_idx').on(t.actorUserId, t.occurredAt),
  ],
);

/**
 * The chain: each seal links one event, in seal order, to the seal before it:
 * chain_hash = SHA-256(prev_hash | event_id | event content_hash). Written by the sealer shortly after
 * commit, so concurrent writers never wait on one global lock.
 *
 * `event_id` has no foreign key (dropped in 0009): the sealer seals only ids it has just read from
 * audit_event, events can never be deleted (0001's trigger), and the verifier reports a seal without its
 * event. The key's check, a locking lookup of the event per seal, was a fifth of the database's work per
 * audited read (measured, bench:patients).
 */
export const auditSeal = pgTable('audit_seal', {
  seq: bigint('seq', { mode: 'number' }).primaryKey(),
  eventId: bigint('event_id', { mode: 'number' }).notNull().unique(),
  prevHash: text('prev_hash').notNull(),
  chainHash: text('chain_hash').notNull(),
  sealedAt: timestamp('sealed_at', { withTimezone: true }).notNull().defaultNow(),
});
