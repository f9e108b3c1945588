import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { type PatientSearchHit, patientSearchResult } from '../../shared/patient-search';
import { apiFetch } from './client';

export const PATIENT_SEARCH_MIN_LENGTH = 2;

/** Patients matching a name, date of birth or MRN; idle until the text has at least 2 characters. */
export function usePatientSearch(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['patient-search', text] as const,
    queryFn: async ({ signal }): Promise<PatientSearchHit[]> =>
      patientSearchResult.parse(
        await apiFetch(`/api/v1/patients?q=${encodeURIComponent(text)}&limit=20`, { signal }),
      ).patients,
    enabled: text.length >= PATIENT_SEARCH_MIN_LENGTH,
    // Keep the last results on screen while the next search runs, so the table does not flicker.
    placeholderData: keepPreviousData,
    // A 400 (e.g. an impossible date) is an answer to show, not a hiccup to retry.
    retry: false,
    staleTime: 10_000,
  });
}
