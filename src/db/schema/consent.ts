import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
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
    courtOrderId: text('court_order_id'),
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
