import { and, eq } from 'drizzle-orm';
import { patient } from '../../../db/schema/index.js';
import type { UpdateDemographicsRequest } from '../../../shared/patient-chart.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/** PATCH /patients/:id: changes the given demographic fields; the audit row names the fields, not values. */
export async function updatePatientDemographics(
  opts: ChartCaller & { patientId: string; changes: UpdateDemographicsRequest },
): Promise<void> {
  const { db, audit, session, actor, patientId, changes } = opts;
  const fields = Object.keys(changes).sort();
  await withChartAccess(
    { db, audit },
    session,
    actor,
    {
      action: 'patient.update',
      resourceType: 'patient',
      resourceId: patientId,
      patientId,
      details: { fields },
    },
    async (tx) => {
      await tx
        .update(patient)
        .set({ ...changes, updatedAt: new Date() })
        .where(and(eq(patient.id, patientId), eq(patient.organizationId, session.organizationId)));
    },
  );
}
