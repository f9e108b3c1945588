import { z } from 'zod';
import { INSTRUMENT_LANGS } from './instruments.js';

/**
 * Instrument responses in a patient's chart (issue 3): submitted once, never edited; a correction is a new
 * response whose `amendsId` names the one it corrects.
 */

export const patientParams = z.object({ id: z.uuid({ message: 'Not a valid patient id.' }) });
export const assessmentIdParams = z.object({ id: z.uuid({ message: 'Not a valid response id.' }) });

export const chartLangQuery = z.object({
  lang: z.enum(INSTRUMENT_LANGS, { message: 'Use lang=en or lang=es.' }).default('en'),
});

export const assessmentListQuery = chartLangQuery.extend({
  instrumentId: z.string().min(1).max(40).optional(),
});

/** Extra facts of one administration (REFERENCE.md 1.1: COWS stores minutes since last opioid use). */
export const assessmentContext = z.object({
  minutesSinceLastUse: z
    .number()
    .int({ message: 'Enter whole minutes.' })
    .min(0, { message: 'Cannot be negative.' })
    .max(60 * 24 * 60, { message: 'Enter at most 60 days in minutes.' })
    .optional(),
  label: z.string().trim().max(80, { message: 'Use at most 80 characters.' }).optional(),
});
export type AssessmentContext = z.infer<typeof assessmentContext>;

export const submitAssessmentRequest = z.object({
  instrumentId: z.string().min(1).max(40),
  answers: z
    .record(z.string(), z.union([z.number(), z.string().max(40)]))
    .refine((answers) => Object.keys(answers).length <= 100, { message: 'Too many answers.' }),
  /** When it was administered; defaults to now. Not in the future. */
  administeredAt: z.iso.datetime({ offset: true, message: 'Use an ISO 8601 date and time.' }).optional(),
  context: assessmentContext.optional(),
  /** The response this one corrects (same patient and instrument); the original is never changed. */
  amendsId: z.uuid({ message: 'Not a valid response id.' }).optional(),
});
export type SubmitAssessmentRequest = z.infer<typeof submitAssessmentRequest>;

export const assessmentFlag = z.object({
  id: z.string(),
  severity: z.enum(['critical', 'warning']),
  label: z.string(),
  /** What the protocol asks next, in order, in the requested language. */
  nextSteps: z.array(z.string()),
});
export type AssessmentFlag = z.infer<typeof assessmentFlag>;

export const assessmentResponse = z.object({
  id: z.uuid(),
  patientId: z.uuid(),
  instrumentId: z.string(),
  instrumentVersion: z.string(),
  answers: z.record(z.string(), z.union([z.number(), z.string()])),
  score: z.number().nullable(),
  band: z.string().nullable(),
  bandLabel: z.string().nullable(),
  flags: z.array(assessmentFlag),
  context: assessmentContext.nullable(),
  amendsId: z.uuid().nullable(),
  /** The newer response that corrects this one, if any: this one is then superseded. */
  amendedBy: z.object({ id: z.uuid(), administeredAt: z.string() }).nullable(),
  administeredAt: z.string(),
  administeredBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  createdAt: z.string(),
});
export type AssessmentResponse = z.infer<typeof assessmentResponse>;

export const submittedAssessment = assessmentResponse.extend({
  /**
   * PHQ-9 with a suicide-risk flag only: whether an ASQ was recorded for this patient in the last 24 hours
   * ("an ASQ if not yet done"); null otherwise.
   */
  asqDoneRecently: z.boolean().nullable(),
  /** Alerts raised for the care team by this response. */
  alertsRaised: z.array(z.object({ id: z.uuid(), kind: z.string() })),
});
export type SubmittedAssessment = z.infer<typeof submittedAssessment>;

export const assessmentList = z.object({ responses: z.array(assessmentResponse) });
export type AssessmentList = z.infer<typeof assessmentList>;
