import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { episode, patient } from './patient.js';
import { user } from './user.js';

/**
 * One administration of an instrument for a patient. Never edited: a correction is a new row whose
 * `amends_id` points at the one it corrects.
 */
export const assessment = pgTable(
  'assessment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    answers: jsonb('answers').$type<Record<string, unknown>>().notNull(),
    score: doublePrecision('score'),
    band: text('band'),
    flags: jsonb('flags').$type<string[]>().notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
    /** e.g. COWS: minutes since last opioid use, induction timeline label. */
    context: jsonb('context').$type<Record<string, unknown>>(),
    amendsId: uuid('amends_id'),
    administeredAt: timestamp('administered_at', { withTimezone: true }).notNull(),
    administeredBy: uuid('administered_by').references(() => user.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('assessment_patient_instrument_idx').on(t.patientId, t.instrumentId, t.administeredAt)],
);

/** ASAM six-dimension assessment with the decision-support recommendation and the clinician's choice. */
export const asamAssessment = pgTable(
  'asam_assessment',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    episodeId: uuid('episode_id').references(() => episode.id),
    edition: integer('edition').notNull().default(3),
    ratings: jsonb('ratings').$type<Record<'d1' | 'd2' | 'd3' | 'd4' | 'd5' | 'd6', number>>().notNull(),
    notes: jsonb('notes').$type<Record<string, string>>().notNull(),
    recommendedLevel: text('recommended_level').notNull(),
    rule: text('rule').notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    chosenLevel: text('chosen_level').notNull(),
    overrideReason: text('override_reason'),
    assessedBy: uuid('assessed_by').references(() => user.id),
    assessedAt: timestamp('assessed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('asam_patient_idx').on(t.patientId)],
);
