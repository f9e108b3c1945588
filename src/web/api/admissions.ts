import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  assigneeList,
  type ConvertInquiryRequest,
  convertInquiryResponse,
  type InquiryDetail,
  type InquiryEventRequest,
  type InquiryUpdateRequest,
  inquiryDetail,
  inquiryList,
  type StaffInquiryRequest,
} from '../../shared/admissions';
import { apiFetch } from './client';

export interface QueueFilters {
  status: string;
  mine: boolean;
}

const queueKey = ['admissions', 'queue'] as const;
const inquiryKey = (id: string) => ['admissions', 'inquiry', id] as const;

export function useInquiries(filters: QueueFilters) {
  const query = new URLSearchParams({ status: filters.status });
  if (filters.mine) query.set('assignedTo', 'me');
  return useQuery({
    queryKey: [...queueKey, filters],
    queryFn: async ({ signal }) =>
      inquiryList.parse(await apiFetch(`/api/v1/inquiries?${query}`, { signal })).inquiries,
    placeholderData: keepPreviousData,
  });
}

export function useInquiry(id: string | null) {
  return useQuery({
    queryKey: inquiryKey(id ?? ''),
    enabled: Boolean(id),
    queryFn: async ({ signal }) =>
      inquiryDetail.parse(await apiFetch(`/api/v1/inquiries/${encodeURIComponent(id!)}`, { signal })),
  });
}

export function useAssignees() {
  return useQuery({
    queryKey: ['admissions', 'assignees'],
    queryFn: async ({ signal }) =>
      assigneeList.parse(await apiFetch('/api/v1/admissions/assignees', { signal })).staff,
    staleTime: 5 * 60_000,
  });
}

/** After any change: the detail answer is fresh, and the queue is refetched. */
function useInquiryMutation<T>(id: string, call: (body: T) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: T): Promise<InquiryDetail> => inquiryDetail.parse(await call(body)),
    onSuccess: (detail) => {
      queryClient.setQueryData(inquiryKey(id), detail);
      return queryClient.invalidateQueries({ queryKey: queueKey });
    },
  });
}

export function useUpdateInquiry(id: string) {
  return useInquiryMutation<InquiryUpdateRequest>(id, (body) =>
    apiFetch(`/api/v1/inquiries/${encodeURIComponent(id)}`, { method: 'PATCH', body }),
  );
}

export function useLogInquiryEvent(id: string) {
  return useInquiryMutation<InquiryEventRequest>(id, (body) =>
    apiFetch(`/api/v1/inquiries/${encodeURIComponent(id)}/events`, { method: 'POST', body }),
  );
}

export function useConvertInquiry(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: ConvertInquiryRequest) =>
      convertInquiryResponse.parse(
        await apiFetch(`/api/v1/inquiries/${encodeURIComponent(id)}/convert`, { method: 'POST', body }),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['admissions'] }),
  });
}

export function useCreatePhoneInquiry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: StaffInquiryRequest) =>
      inquiryDetail.parse(await apiFetch('/api/v1/admissions/inquiries', { method: 'POST', body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queueKey }),
  });
}
