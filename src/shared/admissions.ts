import { z } from 'zod';
import {
  checklistResult,
  emailSchema,
  inquiryFields,
  phoneSchema,
  requireContactDetail,
} from './admission-request.js';
import {
  CONTACT_METHODS,
  FOR_WHOM,
  INSURANCE_KINDS,
  PREFERRED_LANGUAGES,
  URGENCIES,
} from './admission-vocabulary.js';

/**
 * The admissions contract (issue 4 part 5, issue 5 part 1): the public admission request, the staff queue and
 * the conversion of an inquiry into a patient. Messages are written for the person reading them, often
 * frightened and on a phone: say what to do, not what went wrong.
 */

// The public request (and the fields a staff-entered inquiry shares with it) is written with zod/mini so the
// public form can carry it; its vocabularies live in a zod-free module the form renders from.
export * from './admission-request.js';
export * from './admission-vocabulary.js';

export const INQUIRY_STATUSES = [
  'new',
  'contacted',
  'screened',
  'assessment-scheduled',
  'admitted',
  'referred-elsewhere',
  'closed',
] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const INQUIRY_SOURCES = ['web', 'phone', 'walk-in', 'referral'] as const;

/** Contact log entries staff add; `status-change` entries are written by the server. */
export const INQUIRY_EVENT_KINDS = ['call', 'text', 'email', 'note', 'screening'] as const;
export const CONTACT_KINDS = ['call', 'text', 'email'] as const;
export const CONTACT_OUTCOMES = ['reached', 'left-message', 'no-answer', 'wrong-number', 'sent'] as const;

const trimmed = (max: number, message: string) => z.string().trim().max(max, { message });
const optionalText = (max: number, message: string) =>
  trimmed(max, message)
    .optional()
    .transform((v) => (v ? v : undefined));

/** GET /api/v1/admissions/options: what the public form offers (the organization's own sites). */
export const admissionOptions = z.object({
  organizationId: z.uuid().nullable(),
  sites: z.array(z.object({ id: z.uuid(), name: z.string(), city: z.string() })),
});
export type AdmissionOptions = z.infer<typeof admissionOptions>;
export const admissionOptionsQuery = z.object({
  organizationId: z.uuid({ message: 'Not a valid organization id.' }).optional(),
});

/** POST /api/v1/admissions/inquiries: staff enter a request taken by phone, walk-in or referral. */
export const staffInquiryRequest = z
  .object({
    ...inquiryFields,
    source: z.enum(['phone', 'walk-in', 'referral'], { message: 'Choose where the request came from.' }),
    lastName: optionalText(80, 'Use 80 characters or fewer for the last name.'),
    dateOfBirth: z.iso.date({ message: 'Enter the date of birth as YYYY-MM-DD.' }).optional(),
    note: optionalText(2000, 'Keep the note under 2,000 characters.'),
    consentToContact: z.literal(true, { message: 'Confirm the caller agreed to be contacted.' }),
  })
  .superRefine(requireContactDetail);
export type StaffInquiryRequest = z.input<typeof staffInquiryRequest>;

export const whileYouWait = z.object({
  naloxoneOffered: z.boolean(),
  bridgePrescriptionConsidered: z.boolean(),
  checkInCallScheduled: z.boolean(),
});
export type WhileYouWait = z.infer<typeof whileYouWait>;

/** PATCH /api/v1/inquiries/:id: work the inquiry. Every field is optional; send only what changes. */
export const inquiryUpdateRequest = z.object({
  status: z.enum(INQUIRY_STATUSES, { message: 'Choose a status from the list.' }).optional(),
  closedReason: optionalText(500, 'Keep the reason under 500 characters.'),
  referredTo: optionalText(200, 'Keep the referral destination under 200 characters.'),
  assignedTo: z.uuid({ message: 'Choose a staff member from the list.' }).nullable().optional(),
  followUpDueAt: z.iso.datetime({ offset: true, message: 'Enter a valid date and time.' }).optional(),
  whileYouWait: whileYouWait.partial().optional(),
  /** Details learned on a call, carried into the chart on conversion. */
  firstName: optionalText(80, 'Use 80 characters or fewer for the first name.'),
  lastName: optionalText(80, 'Use 80 characters or fewer for the last name.'),
  dateOfBirth: z.iso.date({ message: 'Enter the date of birth as YYYY-MM-DD.' }).optional(),
  phone: z.optional(phoneSchema),
  email: z.optional(emailSchema),
  insurance: z.enum(INSURANCE_KINDS).optional(),
  preferredLanguage: z.enum(PREFERRED_LANGUAGES).optional(),
});
export type InquiryUpdateRequest = z.input<typeof inquiryUpdateRequest>;

/** POST /api/v1/inquiries/:id/events: a contact log entry or a note. */
export const inquiryEventRequest = z
  .object({
    kind: z.enum(INQUIRY_EVENT_KINDS, { message: 'Choose call, text, email, note or screening.' }),
    outcome: z.enum(CONTACT_OUTCOMES, { message: 'Choose the outcome of the contact.' }).optional(),
    note: optionalText(2000, 'Keep the note under 2,000 characters.'),
  })
  .superRefine((value, ctx) => {
    const contact = (CONTACT_KINDS as readonly string[]).includes(value.kind);
    if (contact && !value.outcome) {
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Choose the outcome of the contact.' });
    }
    if (!contact && !value.note) {
      ctx.addIssue({ code: 'custom', path: ['note'], message: 'Write the note.' });
    }
  });
export type InquiryEventRequest = z.input<typeof inquiryEventRequest>;

/** POST /api/v1/inquiries/:id/convert: what the chart needs that the inquiry may lack. */
export const convertInquiryRequest = z.object({
  legalFirstName: optionalText(80, 'Use 80 characters or fewer for the first name.'),
  legalLastName: optionalText(80, 'Use 80 characters or fewer for the last name.'),
  dateOfBirth: z.iso.date({ message: 'Enter the date of birth as YYYY-MM-DD.' }).optional(),
});
export type ConvertInquiryRequest = z.input<typeof convertInquiryRequest>;
export const convertInquiryResponse = z.object({ patientId: z.uuid(), mrn: z.string() });

export const inquiryListQuery = z.object({
  status: z
    .enum([...INQUIRY_STATUSES, 'open', 'all'], { message: 'Use a status, “open” or “all”.' })
    .default('open'),
  /** A user id, or `me`. */
  assignedTo: z.union([z.literal('me'), z.uuid()], { message: 'Use a user id or “me”.' }).optional(),
});

const staffRef = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const inquirySummary = z.object({
  id: z.uuid(),
  status: z.enum(INQUIRY_STATUSES),
  source: z.enum(INQUIRY_SOURCES),
  urgency: z.enum(URGENCIES),
  forWhom: z.enum(FOR_WHOM),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  contactMethod: z.enum(CONTACT_METHODS),
  assignedTo: staffRef,
  followUpDueAt: z.iso.datetime(),
  overdue: z.boolean(),
  waitingTooLong: z.boolean(),
  lastContactAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  patientId: z.uuid().nullable(),
});
export type InquirySummary = z.infer<typeof inquirySummary>;
export const inquiryList = z.object({ inquiries: z.array(inquirySummary) });

export const inquiryEvent = z.object({
  id: z.uuid(),
  kind: z.enum([...INQUIRY_EVENT_KINDS, 'status-change']),
  outcome: z.string().nullable(),
  note: z.string().nullable(),
  by: staffRef,
  at: z.iso.datetime(),
});
export type InquiryEvent = z.infer<typeof inquiryEvent>;

export const inquiryDetail = inquirySummary.extend({
  dateOfBirth: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  bestTimeToContact: z.string().nullable(),
  substances: z.array(z.string()),
  lastUse: z.string().nullable(),
  insurance: z.string().nullable(),
  preferredSite: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  preferredLanguage: z.string(),
  checklistResult: z.nullable(checklistResult),
  consentToContact: z.boolean(),
  whileYouWait,
  closedReason: z.string().nullable(),
  referredTo: z.string().nullable(),
  updatedAt: z.iso.datetime(),
  events: z.array(inquiryEvent),
});
export type InquiryDetail = z.infer<typeof inquiryDetail>;

/** Staff an inquiry can be assigned to (intake and directors: the roles that work the queue). */
export const assigneeList = z.object({ staff: z.array(z.object({ id: z.uuid(), displayName: z.string() })) });
