import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type AsamHistory,
  type AsamRecommendation,
  type AsamRecommendRequest,
  asamHistory,
  asamRecommendation,
  type RecordAsamRequest,
  type RecordedAsam,
  recordedAsam,
} from '../../shared/asam';
import { apiFetch } from './client';

const historyKey = (patientId: string) => ['patients', patientId, 'asam'] as const;

export function useAsamHistory(patientId: string) {
  return useQuery({
    queryKey: historyKey(patientId),
    queryFn: async ({ signal }): Promise<AsamHistory> =>
      asamHistory.parse(await apiFetch(`/api/v1/patients/${encodeURIComponent(patientId)}/asam`, { signal })),
  });
}

/** Decision support from the ratings alone (stateless); cached per input. */
export function useAsamRecommendation(input: AsamRecommendRequest) {
  return useQuery({
    queryKey: ['asam', 'recommend', input],
    queryFn: async ({ signal }): Promise<AsamRecommendation> =>
      asamRecommendation.parse(
        await apiFetch('/api/v1/asam/recommend', { method: 'POST', body: input, signal }),
      ),
    placeholderData: (previous) => previous,
  });
}

export function useRecordAsam(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: RecordAsamRequest): Promise<RecordedAsam> =>
      recordedAsam.parse(
        await apiFetch(`/api/v1/patients/${encodeURIComponent(patientId)}/asam`, { method: 'POST', body }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: historyKey(patientId) }),
  });
}
