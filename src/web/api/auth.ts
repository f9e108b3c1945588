import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  type LoginRequest,
  loginResponse,
  type Me,
  meResponse,
  mfaEnrollResponse,
  mfaVerifyResponse,
} from '../../shared/auth';
import { ApiError, apiFetch } from './client';
import { meQueryKey } from './keys';

export { meQueryKey };

/** The signed-in user, or `null` when not signed in (or sign-in still waits for MFA). */
export async function fetchMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return meResponse.parse(await apiFetch('/api/v1/me', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: ({ signal }) => fetchMe(signal),
    staleTime: 60_000,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}

export function useLogin() {
  return useMutation({
    mutationFn: async (body: LoginRequest) =>
      loginResponse.parse(await apiFetch('/api/v1/auth/login', { method: 'POST', body })),
  });
}

/**
 * Starts TOTP enrolment. A POST, but modelled as a query so that it runs once per visit of
 * the enrolment page (React may mount effects twice) and never refetches in the background.
 */
export function useMfaEnrollment() {
  return useQuery({
    queryKey: ['mfa-enrollment'],
    queryFn: async () =>
      mfaEnrollResponse.parse(await apiFetch('/api/v1/auth/mfa/enroll', { method: 'POST' })),
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 0,
    retry: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });
}

export function useMfaVerify() {
  return useMutation({
    mutationFn: async (code: string) =>
      mfaVerifyResponse.parse(await apiFetch('/api/v1/auth/mfa/verify', { method: 'POST', body: { code } })),
  });
}

/** Signs out and forgets every cached response, so no patient data outlives the session. */
export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await apiFetch('/api/v1/auth/logout', { method: 'POST' });
    },
    onSettled: () => {
      queryClient.removeQueries();
      queryClient.setQueryData(meQueryKey, null);
    },
  });
}
