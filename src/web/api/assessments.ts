import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AssessmentResponse,
  assessmentList,
  type SubmitAssessmentRequest,
  type SubmittedAssessment,
  submittedAssessment,
} from '../../shared/assessments';
import {
  type InstrumentDefinitionResponse,
  type InstrumentLang,
  instrumentDefinitionResponse,
  instrumentListResponse,
  type ScoreResponse,
  scoreResponse,
} from '../../shared/instruments';
import { apiFetch } from './client';

/** Public, educational instruments that are not administered in a chart. */
const NOT_FOR_CHARTS = new Set(['signs-checklist']);

export function useInstrumentList(lang: InstrumentLang) {
  return useQuery({
    queryKey: ['instruments', lang],
    queryFn: async ({ signal }) => {
      const list = instrumentListResponse.parse(
        await apiFetch(`/api/v1/instruments?lang=${lang}`, { signal }),
      );
      return list.instruments.filter((i) => !NOT_FOR_CHARTS.has(i.id));
    },
    staleTime: 5 * 60_000,
  });
}

export function useInstrumentDefinition(id: string | null, lang: InstrumentLang) {
  return useQuery({
    queryKey: ['instruments', id, lang],
    enabled: id !== null,
    queryFn: async ({ signal }): Promise<InstrumentDefinitionResponse> =>
      instrumentDefinitionResponse.parse(
        await apiFetch(`/api/v1/instruments/${encodeURIComponent(id!)}?lang=${lang}`, { signal }),
      ),
    staleTime: 5 * 60_000,
  });
}

/** Stateless running score: nothing is stored. */
export async function scoreAnswers(
  id: string,
  answers: Record<string, number | string>,
  signal?: AbortSignal,
): Promise<ScoreResponse> {
  return scoreResponse.parse(
    await apiFetch(`/api/v1/instruments/${encodeURIComponent(id)}/score`, {
      method: 'POST',
      body: { answers },
      signal,
    }),
  );
}

export const patientAssessmentsKey = (patientId: string) => ['patients', patientId, 'assessments'] as const;

export function usePatientAssessments(patientId: string, lang: InstrumentLang) {
  return useQuery({
    queryKey: [...patientAssessmentsKey(patientId), lang],
    queryFn: async ({ signal }): Promise<AssessmentResponse[]> =>
      assessmentList.parse(
        await apiFetch(`/api/v1/patients/${encodeURIComponent(patientId)}/assessments?lang=${lang}`, {
          signal,
        }),
      ).responses,
  });
}

export function useSubmitAssessment(patientId: string, lang: InstrumentLang) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: SubmitAssessmentRequest): Promise<SubmittedAssessment> =>
      submittedAssessment.parse(
        await apiFetch(`/api/v1/patients/${encodeURIComponent(patientId)}/assessments?lang=${lang}`, {
          method: 'POST',
          body,
        }),
      ),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: patientAssessmentsKey(patientId) });
      await queryClient.invalidateQueries({ queryKey: ['alerts'] });
    },
  });
}
