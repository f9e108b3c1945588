import type { Patient as FhirPatient } from '@medplum/fhirtypes';
import { and, eq } from 'drizzle-orm';
import { patient } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import { toFhirPatient } from '../../fhir/patient.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/**
 * GET /fhir/R4/Patient/:id: the same door as the chart (care relationship, audit row in the read's
 * transaction, ETREAT under break-the-glass), audited as `patient.read` with `{ interface: 'fhir' }`.
 */
export async function readFhirPatient(opts: ChartCaller & { patientId: string }): Promise<FhirPatient> {
  const { db, audit, session, actor, patientId } = opts;
  return withChartAccess(
    { db, audit },
    session,
    actor,
    {
      action: 'patient.read',
      resourceType: 'patient',
      resourceId: patientId,
      patientId,
      details: { interface: 'fhir' },
    },
    async (tx) => {
      const [row] = await tx
        .select()
        .from(patient)
        .where(and(eq(patient.id, patientId), eq(patient.organizationId, session.organizationId)));
      if (!row) throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'No such patient in your organization.');
      return toFhirPatient(row);
    },
  );
}
