import { z } from 'zod';

/** Schemas of the patient chart API (`/api/v1/patients/:id...`), shared by the server and the web app. */

export const PATIENT_STATUSES = ['pre-admission', 'active', 'discharged'] as const;
export const INSURANCE_KINDS = ['medicaid', 'medicare', 'private', 'self-pay', 'none', 'other'] as const;
/** Care roles on a care team (schema comment of care_team_member.care_role). */
export const CARE_ROLES = [
  'primary-counselor',
  'counselor',
  'prescriber',
  'nurse',
  'case-manager',
  'other',
] as const;

const text = (max: number, message = 'Enter a value.') => z.string().trim().min(1, { message }).max(max);
const optionalText = (max: number) => z.string().trim().max(max).nullable();
const isoDate = z.iso.date({ message: 'Use a date like 1990-04-01.' });

export const address = z.object({
  line1: text(200, 'Enter the street address.'),
  city: text(100, 'Enter the city.'),
  state: text(50, 'Enter the state.'),
  postalCode: text(20, 'Enter the ZIP code.'),
});
export const emergencyContact = z.object({
  name: text(200, 'Enter the contact’s name.'),
  relationship: text(100, 'Enter how they are related.'),
  phone: text(40, 'Enter a phone number.'),
});
export const insurance = z.object({
  kind: z.enum(INSURANCE_KINDS, { message: `Choose one of: ${INSURANCE_KINDS.join(', ')}.` }),
  payer: optionalText(200),
  memberId: optionalText(100),
});
export const allergy = z.object({ substance: text(200, 'Name the substance.'), reaction: optionalText(200) });
export const medicationAsEntered = z.object({
  name: text(200, 'Name the medication.'),
  dose: optionalText(100),
});

export const patientIdParams = z.object({ id: z.uuid({ message: 'Not a valid patient id.' }) });

export const chartPerson = z.object({ id: z.uuid(), displayName: z.string() });

export const chartEpisode = z.object({
  id: z.uuid(),
  admittedAt: z.string(),
  site: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  levelOfCare: z.string().nullable(),
  primaryCounselor: chartPerson.nullable(),
  prescriber: chartPerson.nullable(),
  dischargedAt: z.string().nullable(),
  dischargeReason: z.string().nullable(),
});
export type ChartEpisode = z.infer<typeof chartEpisode>;

export const chartCareTeamMember = z.object({
  userId: z.uuid(),
  displayName: z.string(),
  careRole: z.string(),
  addedAt: z.string(),
});
export type ChartCareTeamMember = z.infer<typeof chartCareTeamMember>;

export const chartProblem = z.object({
  id: z.uuid(),
  icd10Code: z.string(),
  description: z.string(),
  onsetDate: z.string().nullable(),
  status: z.enum(['active', 'resolved']),
  recordedAt: z.string(),
});
export type ChartProblem = z.infer<typeof chartProblem>;

/** How the reader got in; `break-glass` carries the end of the emergency window. */
export const chartAccess = z.object({
  basis: z.enum(['care-team', 'site-role', 'pre-admission', 'break-glass']),
  emergencyUntil: z.string().nullable(),
});

/** GET /patients/:id: the chart summary (response schema = the allow-list of what leaves the server). */
export const patientChart = z.object({
  id: z.uuid(),
  mrn: z.string(),
  legalFirstName: z.string(),
  legalLastName: z.string(),
  preferredName: z.string().nullable(),
  pronouns: z.string().nullable(),
  dateOfBirth: z.string(),
  language: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: address.nullable(),
  emergencyContact: emergencyContact.nullable(),
  insurance: insurance.nullable(),
  allergies: z.array(allergy),
  medications: z.array(medicationAsEntered),
  status: z.enum(PATIENT_STATUSES),
  /** When the demographics last changed: send it back as `expectedUpdatedAt` when editing them. */
  updatedAt: z.string(),
  episodes: z.array(chartEpisode),
  careTeam: z.array(chartCareTeamMember),
  problems: z.array(chartProblem),
  access: chartAccess,
});
export type PatientChart = z.infer<typeof patientChart>;

/** A date of birth: a real calendar date, not in the future, not before 1900. */
export const dateOfBirth = isoDate
  .refine((d) => d <= new Date().toISOString().slice(0, 10), {
    message: 'The date of birth cannot be in the future.',
  })
  .refine((d) => d >= '1900-01-01', { message: 'Check the year: the date of birth is before 1900.' });

/** Every field PATCH /patients/:id can change (`null` clears an optional one). */
export const demographicsFields = z.object({
  legalFirstName: text(100, 'Enter the legal first name.'),
  legalLastName: text(100, 'Enter the legal last name.'),
  preferredName: optionalText(100),
  pronouns: optionalText(50),
  dateOfBirth,
  language: z.string().trim().min(2, { message: 'Use a language code such as en or es.' }).max(20),
  phone: optionalText(40),
  email: z.email({ message: 'Enter a valid email address.' }).max(254).nullable(),
  address: address.nullable(),
  emergencyContact: emergencyContact.nullable(),
  insurance: insurance.nullable(),
  allergies: z.array(allergy).max(50),
  medications: z.array(medicationAsEntered).max(100),
});
export type DemographicsField = keyof z.infer<typeof demographicsFields>;

/**
 * PATCH /patients/:id: any subset of the demographics. `expectedUpdatedAt` is the chart's `updatedAt` the
 * editor started from: when the patient was changed since, the server answers 409 STALE_CHART instead of
 * silently overwriting someone else's change (optimistic concurrency).
 */
export const updateDemographicsRequest = demographicsFields
  .partial()
  .extend({
    expectedUpdatedAt: z.iso.datetime({ offset: true, message: 'Not a valid timestamp.' }).optional(),
  })
  .refine((v) => Object.keys(v).some((k) => k !== 'expectedUpdatedAt'), {
    message: 'Send at least one field to change.',
  });
export type UpdateDemographicsRequest = z.infer<typeof updateDemographicsRequest>;

export const addProblemRequest = z.object({
  icd10Code: z.string().trim().min(1, { message: 'Enter an ICD-10-CM code, e.g. F11.20.' }).max(10),
  /** Optional for the opioid codes Haven knows (their name is filled in); required for any other code. */
  description: z.string().trim().max(300).optional(),
  onsetDate: isoDate.optional(),
});
export type AddProblemRequest = z.infer<typeof addProblemRequest>;

export const updateProblemRequest = z.object({ status: z.enum(['active', 'resolved']) });

export const addCareTeamMemberRequest = z.object({
  userId: z.uuid({ message: 'Choose a staff member.' }),
  careRole: z.enum(CARE_ROLES, { message: `Choose one of: ${CARE_ROLES.join(', ')}.` }),
});
export type AddCareTeamMemberRequest = z.infer<typeof addCareTeamMemberRequest>;

export const dischargeRequest = z.object({
  dischargedAt: z.iso.datetime({ offset: true, message: 'Give the discharge date and time.' }),
  reason: text(500, 'Give the reason for discharge.'),
});
export type DischargeRequest = z.infer<typeof dischargeRequest>;

/** Reason of at least 10 characters, so the director's review has something to go on. */
export const BREAK_GLASS_REASON_MIN = 10;
export const breakGlassRequest = z.object({
  reason: z
    .string()
    .trim()
    .min(BREAK_GLASS_REASON_MIN, {
      message: `Say why you need emergency access (at least ${BREAK_GLASS_REASON_MIN} characters).`,
    })
    .max(500),
});
export const breakGlassResponse = z.object({ grantId: z.uuid(), expiresAt: z.string() });
export type BreakGlassResponse = z.infer<typeof breakGlassResponse>;

/** Timeline kinds; later issues (plans, notes, doses, drug screens, check-ins) add theirs here. */
export const TIMELINE_KINDS = [
  'assessment',
  'asam',
  'consent',
  'court-order',
  'disclosure',
  'demographics',
  'episode',
  'level-of-care',
  'problem',
  'care-team',
  'break-glass',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

export const timelineQuery = z.object({
  /** Comma-separated kinds; all kinds when absent. */
  kind: z
    .string()
    .optional()
    .transform((s, ctx) => {
      if (!s) return [...TIMELINE_KINDS];
      const kinds = [...new Set(s.split(',').map((k) => k.trim()))];
      const unknown = kinds.filter((k) => !(TIMELINE_KINDS as readonly string[]).includes(k));
      if (unknown.length > 0) {
        ctx.addIssue({
          code: 'custom',
          message: `Unknown kind ${unknown.join(', ')}; use ${TIMELINE_KINDS.join(', ')}.`,
        });
        return z.NEVER;
      }
      return TIMELINE_KINDS.filter((k) => kinds.includes(k));
    }),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const timelineItem = z.object({
  kind: z.enum(TIMELINE_KINDS),
  /** What happened within the kind: recorded, signed, revoked, admitted, discharged, added, removed... */
  event: z.string(),
  at: z.string(),
  title: z.string(),
  summary: z.string().nullable(),
  refId: z.string(),
});
export type TimelineItem = z.infer<typeof timelineItem>;
export const timelineResponse = z.object({ items: z.array(timelineItem) });
