import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type AddCareTeamMemberRequest,
  type AddProblemRequest,
  type BreakGlassResponse,
  breakGlassResponse,
  type DischargeRequest,
  type PatientChart,
  patientChart,
  type TimelineItem,
  type TimelineKind,
  timelineResponse,
  type UpdateDemographicsRequest,
} from '../../shared/patient-chart';
import { ROLES } from '../../shared/roles';
import { ApiError, apiFetch } from './client';

const base = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;
/** Everything under this key belongs to one patient's chart; changes invalidate it all. */
const chartKey = (patientId: string) => ['patients', patientId] as const;

export function usePatientChart(patientId: string) {
  return useQuery({
    queryKey: [...chartKey(patientId), 'chart'],
    queryFn: async ({ signal }): Promise<PatientChart> =>
      patientChart.parse(await apiFetch(base(patientId), { signal })),
    // A refusal (403 NOT_ON_CARE_TEAM) or 404 is an answer, not a hiccup to retry.
    retry: false,
  });
}

export function usePatientTimeline(patientId: string, kinds: readonly TimelineKind[], enabled: boolean) {
  const query = kinds.length > 0 ? `?kind=${kinds.join(',')}` : '';
  return useQuery({
    queryKey: [...chartKey(patientId), 'timeline', kinds.join(',')],
    queryFn: async ({ signal }): Promise<TimelineItem[]> =>
      timelineResponse.parse(await apiFetch(`${base(patientId)}/timeline${query}`, { signal })).items,
    enabled,
    retry: false,
  });
}

const clinicianList = z.object({
  staff: z.array(z.object({ id: z.string(), displayName: z.string(), role: z.enum(ROLES) })),
});
export function useClinicians(enabled: boolean) {
  return useQuery({
    queryKey: ['clinicians'],
    queryFn: async ({ signal }) =>
      clinicianList.parse(await apiFetch('/api/v1/clinicians', { signal })).staff,
    enabled,
  });
}

/** A chart change: calls the API, then reloads the chart and its timeline. */
function useChartMutation<V>(patientId: string, call: (v: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: chartKey(patientId) }),
  });
}

/**
 * PATCHes the changed demographics, then reloads the chart. A 409 (STALE_CHART: someone else changed the
 * patient since the form opened) reloads it too, so the editor can start again from the latest version.
 */
export function useUpdateDemographics(patientId: string) {
  const queryClient = useQueryClient();
  const reload = () => queryClient.invalidateQueries({ queryKey: chartKey(patientId) });
  return useMutation({
    mutationFn: (body: UpdateDemographicsRequest) => apiFetch(base(patientId), { method: 'PATCH', body }),
    onSuccess: reload,
    onError: (error) => (error instanceof ApiError && error.status === 409 ? reload() : undefined),
  });
}

export const useAddProblem = (patientId: string) =>
  useChartMutation(patientId, (body: AddProblemRequest) =>
    apiFetch(`${base(patientId)}/problems`, { method: 'POST', body }),
  );

export const useResolveProblem = (patientId: string) =>
  useChartMutation(patientId, (problemId: string) =>
    apiFetch(`${base(patientId)}/problems/${encodeURIComponent(problemId)}`, {
      method: 'PATCH',
      body: { status: 'resolved' },
    }),
  );

export const useAddCareTeamMember = (patientId: string) =>
  useChartMutation(patientId, (body: AddCareTeamMemberRequest) =>
    apiFetch(`${base(patientId)}/care-team`, { method: 'POST', body }),
  );

export const useRemoveCareTeamMember = (patientId: string) =>
  useChartMutation(patientId, (userId: string) =>
    apiFetch(`${base(patientId)}/care-team/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
  );

export const useDischarge = (patientId: string) =>
  useChartMutation(patientId, ({ episodeId, ...body }: DischargeRequest & { episodeId: string }) =>
    apiFetch(`${base(patientId)}/episodes/${encodeURIComponent(episodeId)}/discharge`, {
      method: 'POST',
      body,
    }),
  );

export const useBreakGlass = (patientId: string) =>
  useChartMutation(
    patientId,
    async (reason: string): Promise<BreakGlassResponse> =>
      breakGlassResponse.parse(
        await apiFetch(`${base(patientId)}/break-glass`, { method: 'POST', body: { reason } }),
      ),
  );
