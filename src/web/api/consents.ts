import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import {
  type ConsentView,
  type CourtOrderView,
  type CreateConsentRequest,
  type CreateCourtOrderRequest,
  consentList,
  consentView,
  courtOrderList,
  courtOrderView,
  type DiscloseRequest,
  type DiscloseResponse,
  type DisclosureList,
  discloseResponse,
  disclosureList,
  disclosureRefusedBody,
} from '../../shared/consents';
import { ApiError, apiFetch } from './client';

const base = (patientId: string) => `/api/v1/patients/${encodeURIComponent(patientId)}`;
export const consentsQueryKey = (patientId: string) => ['patients', patientId, 'consents'] as const;
export const disclosuresQueryKey = (patientId: string) => ['patients', patientId, 'disclosures'] as const;
export const courtOrdersQueryKey = (patientId: string) => ['patients', patientId, 'court-orders'] as const;

/** Who the consents belong to: the few chart facts this page shows. */
const patientHeader = z.object({
  legalFirstName: z.string(),
  legalLastName: z.string(),
  mrn: z.string(),
  dateOfBirth: z.string(),
});
export type PatientHeader = z.infer<typeof patientHeader>;

export function usePatientHeader(patientId: string) {
  return useQuery({
    queryKey: ['patients', patientId, 'header'],
    queryFn: async ({ signal }): Promise<PatientHeader> =>
      patientHeader.parse(await apiFetch(base(patientId), { signal })),
  });
}

export function useConsents(patientId: string) {
  return useQuery({
    queryKey: consentsQueryKey(patientId),
    queryFn: async ({ signal }): Promise<ConsentView[]> =>
      consentList.parse(await apiFetch(`${base(patientId)}/consents`, { signal })).consents,
  });
}

export function useCreateConsent(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateConsentRequest): Promise<ConsentView> =>
      consentView.parse(await apiFetch(`${base(patientId)}/consents`, { method: 'POST', body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentsQueryKey(patientId) }),
  });
}

export function useRevokeConsent(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ consentId, statement }: { consentId: string; statement: string }) =>
      consentView.parse(
        await apiFetch(`${base(patientId)}/consents/${encodeURIComponent(consentId)}/revoke`, {
          method: 'POST',
          body: { statement },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: consentsQueryKey(patientId) }),
  });
}

/** The patient's recorded court orders (42 CFR part 2 subpart E), newest first, with their status. */
export function useCourtOrders(patientId: string) {
  return useQuery({
    queryKey: courtOrdersQueryKey(patientId),
    queryFn: async ({ signal }): Promise<CourtOrderView[]> =>
      courtOrderList.parse(await apiFetch(`${base(patientId)}/court-orders`, { signal })).courtOrders,
  });
}

export function useRecordCourtOrder(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateCourtOrderRequest): Promise<CourtOrderView> =>
      courtOrderView.parse(await apiFetch(`${base(patientId)}/court-orders`, { method: 'POST', body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: courtOrdersQueryKey(patientId) }),
  });
}

export function useDisclosures(patientId: string, years = 3) {
  return useQuery({
    queryKey: [...disclosuresQueryKey(patientId), years],
    queryFn: async ({ signal }): Promise<DisclosureList> =>
      disclosureList.parse(await apiFetch(`${base(patientId)}/disclosures?years=${years}`, { signal })),
  });
}

/** A release the server refused: its reasons, each in words staff can act on. */
export class DisclosureRefused extends Error {
  override readonly name = 'DisclosureRefused';
  constructor(
    message: string,
    readonly reasons: string[],
  ) {
    super(message);
  }
}

/**
 * Releases records. The refusal body carries `reasons`, which the generic client drops, so this call
 * reads the body itself; every other failure is the usual ApiError.
 */
export function useDisclose(patientId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: DiscloseRequest): Promise<DiscloseResponse> => {
      let response: Response;
      try {
        response = await fetch(`${base(patientId)}/disclosures`, {
          method: 'POST',
          headers: { accept: 'application/json', 'content-type': 'application/json' },
          credentials: 'same-origin',
          body: JSON.stringify(body),
        });
      } catch (cause) {
        throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error', cause });
      }
      const payload: unknown = await response.json().catch(() => undefined);
      if (response.ok) return discloseResponse.parse(payload);
      const refused = disclosureRefusedBody.safeParse(payload);
      if (refused.success && refused.data.error.code === 'DISCLOSURE_REFUSED') {
        throw new DisclosureRefused(refused.data.error.message, refused.data.error.reasons ?? []);
      }
      const error = refused.success ? refused.data.error : null;
      throw new ApiError({
        status: response.status,
        code: error?.code ?? `HTTP_${response.status}`,
        message: error?.message ?? `Request failed with status ${response.status}`,
        fields: error?.fields,
        fromServer: error !== null,
      });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: disclosuresQueryKey(patientId) });
      // A release under a one-time court order uses it up.
      await queryClient.invalidateQueries({ queryKey: courtOrdersQueryKey(patientId) });
    },
  });
}

/** The signed-in patient's own accounting of disclosures (patient app). */
export function useOwnDisclosures() {
  return useQuery({
    queryKey: ['me', 'disclosures'],
    queryFn: async ({ signal }): Promise<DisclosureList> =>
      disclosureList.parse(await apiFetch('/api/v1/me/disclosures?years=3', { signal })),
  });
}
