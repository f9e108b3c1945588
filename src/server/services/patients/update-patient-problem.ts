import { and, eq } from 'drizzle-orm';
import { patientProblem } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/** PATCH /patients/:id/problems/:problemId: resolves (or re-activates) a problem-list entry. */
export async function updatePatientProblem(
  opts: ChartCaller & { patientId: string; problemId: string; status: 'active' | 'resolved' },
): Promise<void> {
  const { db, audit, session, actor, patientId, problemId, status } = opts;
  await withChartAccess(
    { db, audit },
    session,
    actor,
    {
      action: 'problem.update',
      resourceType: 'patient_problem',
      resourceId: problemId,
      patientId,
      details: { status },
    },
    async (tx) => {
      const updated = await tx
        .update(patientProblem)
        .set({ status })
        .where(and(eq(patientProblem.id, problemId), eq(patientProblem.patientId, patientId)))
        .returning({ id: patientProblem.id });
      if (updated.length === 0) {
        throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'No such problem on this patient’s list.');
      }
    },
  );
}
