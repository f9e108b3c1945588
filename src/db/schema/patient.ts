import { sql } from 'drizzle-orm';
import { date, index, jsonb, pgTable, text, timestamp, unique, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organization, site } from './organization.js';
import { user } from './user.js';

export interface EmergencyContact {
  name: string;
  relationship: string;
  phone: string;
}
export interface Insurance {
  kind: 'medicaid' | 'medicare' | 'private' | 'self-pay' | 'none' | 'other';
  payer: string | null;
  memberId: string | null;
}
export interface Allergy {
  substance: string;
  reaction: string | null;
}
export interface MedicationAsEntered {
  name: string;
  dose: string | null;
}
export interface Address {
  line1: string;
  city: string;
  state: string;
  postalCode: string;
}

/**
 * A person in care (or about to be). Status `pre-admission` covers converted inquiries not yet admitted:
 * intake staff may see those; once admitted, the chart follows care-team rules.
 */
export const patient = pgTable(
  'patient',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    /**
     * Medical record number, unique per organization whatever the letter case (`patient_org_mrn_ci_unique`);
     * stored trimmed and upper-case (domain/patients/mrn.ts).
     */
    mrn: text('mrn').notNull(),
    legalFirstName: text('legal_first_name').notNull(),
    legalLastName: text('legal_last_name').notNull(),
    preferredName: text('preferred_name'),
    pronouns: text('pronouns'),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    language: text('language').notNull().default('en'),
    phone: text('phone'),
    email: text('email'),
    address: jsonb('address').$type<Address>(),
    emergencyContact: jsonb('emergency_contact').$type<EmergencyContact>(),
    insurance: jsonb('insurance').$type<Insurance>(),
    allergies: jsonb('allergies').$type<Allergy[]>().notNull().default(sql`'[]'::jsonb`),
    medications: jsonb('medications').$type<MedicationAsEntered[]>().notNull().default(sql`'[]'::jsonb`),
    status: text('status', { enum: ['pre-admission', 'active', 'discharged'] }).notNull(),
    /** Login of the patient app, when the patient has one. */
    userId: uuid('user_id').references(() => user.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('patient_org_mrn_unique').on(t.organizationId, t.mrn),
    // 'hv-1001' and 'HV-1001' are one record number: unique on the upper-case form. The exact-case constraint
    // above stays for lookups by the stored form (search-patients.ts matches `mrn in (...)`).
    uniqueIndex('patient_org_mrn_ci_unique').on(t.organizationId, sql`upper(${t.mrn})`),
    index('patient_org_dob_idx').on(t.organizationId, t.dateOfBirth),
    // Name search (services/patients/search-patients.ts): names whose surname, or given name, starts with what
    // was typed, in that order, by a bounded index range scan (byte order, so `like 'smi%'` seeks).
    index('patient_org_last_first_idx').on(
      t.organizationId,
      sql`(lower(${t.legalLastName}) collate "C")`,
      sql`(lower(${t.legalFirstName}) collate "C")`,
      t.id,
    ),
    index('patient_org_first_last_idx').on(
      t.organizationId,
      sql`(lower(${t.legalFirstName}) collate "C")`,
      sql`(lower(${t.legalLastName}) collate "C")`,
      t.id,
    ),
  ],
);

/**
 * Which demographic fields were changed, by whom and when (the chart timeline's "demographics updated"). The
 * values themselves are not kept here: the patient row holds the current ones, and the audit trail the rest.
 */
export const demographicsChange = pgTable(
  'demographics_change',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    /** Names of the changed fields, e.g. `["phone", "preferredName"]`. */
    fields: jsonb('fields').$type<string[]>().notNull(),
    changedBy: uuid('changed_by').references(() => user.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('demographics_change_patient_idx').on(t.patientId)],
);

/** Problem list entries (ICD-10-CM, e.g. F11.20 from REFERENCE.md section 8). */
export const patientProblem = pgTable(
  'patient_problem',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    icd10Code: text('icd10_code').notNull(),
    description: text('description').notNull(),
    onsetDate: date('onset_date', { mode: 'string' }),
    status: text('status', { enum: ['active', 'resolved'] })
      .notNull()
      .default('active'),
    recordedBy: uuid('recorded_by').references(() => user.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('patient_problem_patient_idx').on(t.patientId)],
);

/** An episode of care: admission .. discharge, at a site and level of care. */
export const episode = pgTable(
  'episode',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    siteId: uuid('site_id').references(() => site.id),
    admittedAt: timestamp('admitted_at', { withTimezone: true }).notNull(),
    levelOfCare: text('level_of_care'),
    primaryCounselorId: uuid('primary_counselor_id').references(() => user.id),
    prescriberId: uuid('prescriber_id').references(() => user.id),
    dischargedAt: timestamp('discharged_at', { withTimezone: true }),
    dischargeReason: text('discharge_reason'),
  },
  (t) => [index('episode_patient_idx').on(t.patientId)],
);

/** The history of level-of-care decisions on an episode, with the recommendation they followed or overrode. */
export const levelOfCareChange = pgTable(
  'level_of_care_change',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    episodeId: uuid('episode_id')
      .notNull()
      .references(() => episode.id),
    asamAssessmentId: uuid('asam_assessment_id'),
    level: text('level').notNull(),
    reason: text('reason'),
    changedBy: uuid('changed_by').references(() => user.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('level_change_episode_idx').on(t.episodeId)],
);

/** Who treats the patient: the basis of chart access. */
export const careTeamMember = pgTable(
  'care_team_member',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => user.id),
    /** e.g. primary-counselor, prescriber, nurse, case-manager */
    careRole: text('care_role').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [
    unique('care_team_patient_user_unique').on(t.patientId, t.userId),
    index('care_team_user_idx').on(t.userId),
  ],
);

/** Emergency ("break-the-glass") access: stated reason, time-limited, audited as ETREAT, director alerted. */
export const breakGlassGrant = pgTable(
  'break_glass_grant',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id')
      .notNull()
      .references(() => patient.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => user.id),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('break_glass_user_patient_idx').on(t.userId, t.patientId)],
);

/** Something a person must look at: safety flags, waiting callers, emergency access. */
export const alert = pgTable(
  'alert',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organizationId: uuid('organization_id').notNull(),
    patientId: uuid('patient_id').references(() => patient.id),
    inquiryId: uuid('inquiry_id'),
    /** e.g. suicide-risk, severe-withdrawal, inquiry-waiting, break-the-glass */
    kind: text('kind').notNull(),
    severity: text('severity', { enum: ['critical', 'warning', 'info'] }).notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull(),
    /** Who should act: the care team (null) or everyone holding a role (e.g. director). */
    forRole: text('for_role'),
    status: text('status', { enum: ['open', 'acknowledged', 'resolved'] })
      .notNull()
      .default('open'),
    sourceId: text('source_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by').references(() => user.id),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
  },
  (t) => [
    index('alert_org_status_idx').on(t.organizationId, t.status),
    index('alert_patient_idx').on(t.patientId),
  ],
);
