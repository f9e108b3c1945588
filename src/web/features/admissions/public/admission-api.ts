import { useMutation, useQuery } from '@tanstack/react-query';
import { type AdmissionRequest, admissionAccepted, admissionOptions } from '../../../../shared/admissions';
import { apiFetch } from '../../../api/client';

/** The locations the form offers (empty when the installation serves several organizations). */
export function useAdmissionOptions() {
  return useQuery({
    queryKey: ['public', 'admission-options'],
    queryFn: async ({ signal }) =>
      admissionOptions.parse(await apiFetch('/api/v1/admissions/options', { signal })),
    staleTime: 10 * 60_000,
    retry: 1,
  });
}

export function useSubmitAdmission() {
  return useMutation({
    mutationFn: async (body: AdmissionRequest) =>
      admissionAccepted.parse(await apiFetch('/api/v1/inquiries', { method: 'POST', body })),
  });
}
