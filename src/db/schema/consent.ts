import { boolean, date, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { ConsentElements, InformationCategory } from '../../domain/consent/consent.js';
import { patient } from './patient.js';
import { user } from './user.js';

/** A written 42 CFR Part 2 consent; never edited: revocation is recorded, not a rewrite. */
export const consent = pgTable(
  'consent',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    kind: text('kind', { enum: ['tpo', 'specific', 'counseling-notes', 'legal-proceedings'] }).notNull(),
    /** Every element of 42 CFR 2.31 as signed (domain/consent/consent.ts). */
    elements: jsonb('elements').$type<ConsentElements>().notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    signedAt: timestamp('signed_at', { withTimezone: true }).notNull(),
    /** Scan of a paper consent (data: URL of a PDF or image), when recorded from paper. */
    scan: text('scan'),
    recordedBy: uuid('recorded_by').references(() => user.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revocationNote: text('revocation_note'),
    revokedRecordedBy: uuid('revoked_recorded_by').references(() => user.id),
  },
  (t) => [index('consent_patient_idx').on(t.patientId)],
);

/**
 * A court order authorizing use and disclosure of the patient's records under 42 CFR part 2 subpart E
 * (REFERENCE.md 7.1, "Legal proceedings"; §§ 2.61-2.67). Such an order only authorizes; it does not compel
 * (§ 2.61), and it must limit disclosure to the parts of the record essential to its objective and to the
 * persons whose need is its basis (§ 2.64(e), § 2.65(e)), so the scope is stored as the order states it and
 * each release is checked against it (domain/consent/court-order.ts). Never edited: a new order is a new row.
 * § 2.67 orders (undercover agents placed in a program) release no records and are not recorded here.
 */
export const courtOrder = pgTable(
  'court_order',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    /** The subpart E section it was entered under: 2.64 noncriminal, 2.65 against the patient (criminal), 2.66 the program. */
    section: text('section', { enum: ['2.64', '2.65', '2.66'] }).notNull(),
    court: text('court').notNull(),
    caseNumber: text('case_number').notNull(),
    orderDate: date('order_date', { mode: 'string' }).notNull(),
    judge: text('judge'),
    /** What it authorizes: the information (categories and the order's own words), to whom, what for. */
    informationCategories: jsonb('information_categories').$type<InformationCategory[]>().notNull(),
    informationDescription: text('information_description').notNull(),
    recipientName: text('recipient_name').notNull(),
    purpose: text('purpose').notNull(),
    /** Until when it authorizes releases; and/or whether it authorizes a single release. */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    oneTime: boolean('one_time').notNull().default(false),
    /** Scan of the signed order (data: URL of a PDF or image), like a paper consent's scan. */
    scan: text('scan'),
    recordedBy: uuid('recorded_by').references(() => user.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('court_order_patient_idx').on(t.patientId)],
);

/** What left the program, to whom, under which consent (or court order): the accounting of disclosures. */
export const disclosure = pgTable(
  'disclosure',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    consentId: uuid('consent_id').references(() => consent.id),
    /** The recorded court order the release went out under (court_order), when not under a consent. */
    courtOrderId: uuid('court_order_id').references(() => courtOrder.id),
    /**
     * Deprecated: the free-text court order reference typed before court orders were recorded (until
     * migration 0006). Kept, never written again, so the accounting of older releases still shows it.
     */
    courtOrderReference: text('court_order_reference'),
    recipientName: text('recipient_name').notNull(),
    recipientClass: text('recipient_class'),
    purpose: text('purpose').notNull(),
    informationCategories: jsonb('information_categories').$type<InformationCategory[]>().notNull(),
    description: text('description').notNull(),
    format: text('format', { enum: ['pdf', 'print', 'electronic', 'fhir'] }).notNull(),
    noticeVersion: text('notice_version').notNull(),
    noticeText: text('notice_text').notNull(),
    disclosedBy: uuid('disclosed_by').references(() => user.id),
    disclosedAt: timestamp('disclosed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('disclosure_patient_idx').on(t.patientId, t.disclosedAt)],
);
