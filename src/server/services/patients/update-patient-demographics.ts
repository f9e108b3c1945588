import { and, eq, sql } from 'drizzle-orm';
import { demographicsChange, patient } from '../../../db/schema/index.js';
import type { UpdateDemographicsRequest } from '../../../shared/patient-chart.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/**
 * PATCH /patients/:id: changes the given demographic fields; the audit row and the timeline entry
 * (`demographics_change`) name the fields, not the values. With `expectedUpdatedAt`, a patient changed by
 * someone else since the editor loaded the chart is refused with 409 STALE_CHART (nothing written).
 */
export async function updatePatientDemographics(
  opts: ChartCaller & { patientId: string; changes: UpdateDemographicsRequest; now?: Date },
): Promise<void> {
  const { db, audit, session, actor, patientId } = opts;
  const { expectedUpdatedAt, ...changes } = opts.changes;
  const fields = Object.keys(changes).sort();
  const now = opts.now ?? new Date();
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
      const updated = await tx
        .update(patient)
        .set({ ...changes, updatedAt: now })
        .where(
          and(
            eq(patient.id, patientId),
            eq(patient.organizationId, session.organizationId),
            // The chart reports updatedAt to the millisecond; the column may hold microseconds.
            expectedUpdatedAt
              ? sql`date_trunc('milliseconds', ${patient.updatedAt}) = ${new Date(expectedUpdatedAt).toISOString()}::timestamptz`
              : undefined,
          ),
        )
        .returning({ id: patient.id });
      if (updated.length === 0) {
        throw new ApiError(
          'CONFLICT',
          'STALE_CHART',
          'Someone else changed this patient’s details after you opened the form. Close the form to see their changes, then make yours again.',
        );
      }
      await tx.insert(demographicsChange).values({
        organizationId: session.organizationId,
        patientId,
        fields,
        changedBy: session.userId,
        changedAt: now,
      });
    },
  );
}
