import { patientProblem } from '../../../db/schema/index.js';
import { checkIcd10Code, OUD_ICD10_CODES } from '../../../domain/codes/icd10-oud.js';
import type { AddProblemRequest, ChartProblem } from '../../../shared/patient-chart.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from './chart-access.js';
import type { ChartCaller } from './chart-caller.js';

/** Checks the code (REFERENCE.md section 8) and the description, before any database access. */
function validProblem(input: AddProblemRequest): { code: string; description: string } {
  const check = checkIcd10Code(input.icd10Code);
  if (!check.ok) {
    const message =
      check.reason === 'pattern'
        ? 'Not an ICD-10-CM code: use a letter, two characters, then optionally a dot and up to four more (e.g. F11.20).'
        : `Not an opioid-use code Haven knows. Use one of ${OUD_ICD10_CODES.map((c) => c.code).join(', ')}.`;
    throw new ApiError('VALIDATION', 'INVALID_ICD10_CODE', message, { icd10Code: message });
  }
  const description = input.description || check.known?.description;
  if (!description) {
    const message = 'Describe the problem (required for codes other than the opioid-use codes).';
    throw new ApiError('VALIDATION', 'VALIDATION', message, { description: message });
  }
  return { code: check.code, description };
}

/** POST /patients/:id/problems: adds an active problem-list entry. */
export async function addPatientProblem(
  opts: ChartCaller & { patientId: string; input: AddProblemRequest },
): Promise<ChartProblem> {
  const { db, audit, session, actor, patientId, input } = opts;
  const { code, description } = validProblem(input);
  return withChartAccess(
    { db, audit },
    session,
    actor,
    { action: 'problem.create', resourceType: 'patient_problem', patientId, details: { icd10Code: code } },
    async (tx) => {
      const [row] = await tx
        .insert(patientProblem)
        .values({
          organizationId: session.organizationId,
          patientId,
          icd10Code: code,
          description,
          onsetDate: input.onsetDate ?? null,
          recordedBy: session.userId,
        })
        .returning();
      const p = row!;
      return {
        id: p.id,
        icd10Code: p.icd10Code,
        description: p.description,
        onsetDate: p.onsetDate,
        status: p.status,
        recordedAt: p.recordedAt.toISOString(),
      };
    },
  );
}
