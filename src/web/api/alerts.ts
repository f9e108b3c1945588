import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type AlertItem, alertList, type CaseloadPatient, caseloadResponse } from '../../shared/alerts';
import { apiFetch } from './client';

export function useOpenAlerts() {
  return useQuery({
    queryKey: ['alerts', 'open'],
    queryFn: async ({ signal }): Promise<AlertItem[]> =>
      alertList.parse(await apiFetch('/api/v1/alerts?status=open', { signal })).alerts,
    refetchInterval: 60_000,
  });
}

export function useCaseload() {
  return useQuery({
    queryKey: ['caseload'],
    queryFn: async ({ signal }): Promise<CaseloadPatient[]> =>
      caseloadResponse.parse(await apiFetch('/api/v1/caseload', { signal })).patients,
  });
}

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (id: string) => {
      await apiFetch(`/api/v1/alerts/${encodeURIComponent(id)}/acknowledge`, { method: 'POST' });
    },
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: ['alerts'] });
      await queryClient.invalidateQueries({ queryKey: ['caseload'] });
    },
  });
}
