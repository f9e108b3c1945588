import type { Patient as FhirPatient } from '@medplum/fhirtypes';
import { type FHIR_PATIENT_COLUMNS, toFhirPatient } from '../../fhir/patient.js';
import type { AuditedPatientReadRequest, createAuditedPatientRead } from './audited-patient-read.js';

/** Frozen: the read's statement writes these details out once and reuses the text. */
const FHIR_READ_DETAILS = Object.freeze({ interface: 'fhir' });

/**
 * GET /fhir/R4/Patient/:id: the same door as the chart (care relationship; the audit row, refusals
 * included, written by the statement that reads; ETREAT under break-the-glass), audited as `patient.read`
 * with `{ interface: 'fhir' }`.
 */
export async function readFhirPatient(opts: {
  readPatient: ReturnType<typeof createAuditedPatientRead<(typeof FHIR_PATIENT_COLUMNS)[number]>>;
  session: AuditedPatientReadRequest['session'];
  actor: AuditedPatientReadRequest['actor'];
  patientId: string;
}): Promise<FhirPatient> {
  const { patient } = await opts.readPatient({
    session: opts.session,
    actor: opts.actor,
    patientId: opts.patientId,
    action: 'patient.read',
    resourceType: 'patient',
    resourceId: opts.patientId,
    details: FHIR_READ_DETAILS,
  });
  return toFhirPatient(patient);
}
