import { sql } from 'drizzle-orm';
import { boolean, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organization, site } from './organization.js';
import { patient } from './patient.js';
import { user } from './user.js';

export const INQUIRY_STATUSES = [
  'new',
  'contacted',
  'screened',
  'assessment-scheduled',
  'admitted',
  'referred-elsewhere',
  'closed',
] as const;

export interface WhileYouWait {
  naloxoneOffered: boolean;
  bridgePrescriptionConsidered: boolean;
  checkInCallScheduled: boolean;
}

/**
 * An admission request: from the public form (anonymous allowed) or entered by staff from a call.
 * Becomes a patient on conversion (`patient_id`).
 */
export const inquiry = pgTable(
  'inquiry',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    source: text('source', { enum: ['web', 'phone', 'walk-in', 'referral'] }).notNull(),
    status: text('status', { enum: INQUIRY_STATUSES }).notNull().default('new'),
    forWhom: text('for_whom', { enum: ['self', 'someone-else'] }).notNull(),
    /** First name, or null when the person chose to stay anonymous. */
    firstName: text('first_name'),
    lastName: text('last_name'),
    dateOfBirth: text('date_of_birth'),
    contactMethod: text('contact_method', { enum: ['phone', 'text', 'email'] }).notNull(),
    phone: text('phone'),
    email: text('email'),
    bestTimeToContact: text('best_time_to_contact'),
    substances: jsonb('substances').$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    lastUse: text('last_use'),
    urgency: text('urgency', { enum: ['today', 'this-week', 'exploring'] }).notNull(),
    insurance: text('insurance'),
    preferredSiteId: uuid('preferred_site_id').references(() => site.id),
    preferredLanguage: text('preferred_language').notNull().default('en'),
    /** The signs-checklist result the person chose to attach (answers, band, flags). */
    checklistResult: jsonb('checklist_result').$type<Record<string, unknown>>(),
    consentToContact: boolean('consent_to_contact').notNull(),
    assignedTo: uuid('assigned_to').references(() => user.id),
    followUpDueAt: timestamp('follow_up_due_at', { withTimezone: true }).notNull(),
    lastContactAt: timestamp('last_contact_at', { withTimezone: true }),
    whileYouWait: jsonb('while_you_wait')
      .$type<WhileYouWait>()
      .notNull()
      .default(
        sql`'{"naloxoneOffered":false,"bridgePrescriptionConsidered":false,"checkInCallScheduled":false}'::jsonb`,
      ),
    /** Required when closed; where they went when referred elsewhere. */
    closedReason: text('closed_reason'),
    referredTo: text('referred_to'),
    patientId: uuid('patient_id').references(() => patient.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inquiry_org_status_due_idx').on(t.organizationId, t.status, t.followUpDueAt)],
);

/** The contact log and notes of an inquiry. */
export const inquiryEvent = pgTable(
  'inquiry_event',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => inquiry.id),
    kind: text('kind', { enum: ['call', 'text', 'email', 'note', 'status-change', 'screening'] }).notNull(),
    outcome: text('outcome'),
    note: text('note'),
    byUserId: uuid('by_user_id').references(() => user.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('inquiry_event_inquiry_idx').on(t.inquiryId, t.at)],
);
