import { z } from 'zod';
import { PATIENT_STATUSES } from './patient-chart.js';

/** Schemas of patient search (`GET /api/v1/patients?q=`), shared by the server and the web app. */

export const patientSearchQuery = z.object({
  q: z
    .string({ message: 'Type a name, a date of birth or an MRN.' })
    .trim()
    .min(2, { message: 'Type at least 2 characters.' })
    .max(100, { message: 'Use at most 100 characters.' }),
  limit: z.coerce
    .number({ message: 'limit must be a number from 1 to 50.' })
    .int({ message: 'limit must be a number from 1 to 50.' })
    .min(1, { message: 'limit must be a number from 1 to 50.' })
    .max(50, { message: 'limit must be a number from 1 to 50.' })
    .default(20),
});
export type PatientSearchQuery = z.infer<typeof patientSearchQuery>;

export const patientSearchHit = z.object({
  id: z.uuid(),
  /** Preferred first name (if any) and last name: how staff address the person. */
  displayName: z.string(),
  /** Legal first and last name, as on identity documents and claims. */
  legalName: z.string(),
  dateOfBirth: z.string(),
  mrn: z.string(),
  status: z.enum(PATIENT_STATUSES),
  /** Whether the caller's care relationship opens the chart; otherwise the chart offers break-the-glass. */
  canOpen: z.boolean(),
});
export type PatientSearchHit = z.infer<typeof patientSearchHit>;

export const patientSearchResult = z.object({ patients: z.array(patientSearchHit) });
export type PatientSearchResult = z.infer<typeof patientSearchResult>;
