import { z } from 'zod';

/** Alerts someone must look at (safety flags, emergency access...), and the caseload they sit in. */

export const ALERT_STATUSES = ['open', 'acknowledged', 'resolved'] as const;

export const alertListQuery = z.object({
  status: z.enum(ALERT_STATUSES, { message: 'Use status=open, acknowledged or resolved.' }).default('open'),
});

export const alertIdParams = z.object({ id: z.uuid({ message: 'Not a valid alert id.' }) });

export const alertPatient = z.object({ id: z.uuid(), name: z.string(), mrn: z.string() });

export const alertItem = z.object({
  id: z.uuid(),
  kind: z.string(),
  severity: z.enum(['critical', 'warning', 'info']),
  reasons: z.array(z.string()),
  status: z.enum(ALERT_STATUSES),
  forRole: z.string().nullable(),
  patient: alertPatient.nullable(),
  sourceId: z.string().nullable(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});
export type AlertItem = z.infer<typeof alertItem>;

export const alertList = z.object({ alerts: z.array(alertItem) });
export type AlertList = z.infer<typeof alertList>;

export const caseloadPatient = z.object({
  id: z.uuid(),
  name: z.string(),
  mrn: z.string(),
  status: z.enum(['pre-admission', 'active', 'discharged']),
  careRole: z.string(),
  openAlerts: z.number().int(),
});
export type CaseloadPatient = z.infer<typeof caseloadPatient>;

export const caseloadResponse = z.object({ patients: z.array(caseloadPatient) });
export type CaseloadResponse = z.infer<typeof caseloadResponse>;
