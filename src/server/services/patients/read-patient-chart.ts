import type { PatientChart } from '../../../shared/patient-chart.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';
import { getPatientChart } from './get-patient-chart.js';

/** GET /patients/:id: the chart summary, audited as `patient.read` with `{ viewed: 'summary' }`. */
export async function readPatientChart(opts: ChartCaller & { patientId: string }): Promise<PatientChart> {
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
      details: { viewed: 'summary' },
    },
    async (tx, access) => {
      const chart = await getPatientChart(tx, {
        patientId,
        organizationId: session.organizationId,
        userId: session.userId,
        access,
      });
      if (!chart) throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'No such patient in your organization.');
      return chart;
    },
  );
}
