import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { STAFF_ROLES } from '../../shared/roles';
import { type CreateUserRequest, type OrgUser, orgUser, orgUserList } from '../../shared/users';
import { apiFetch } from './client';

export type StaffRole = (typeof STAFF_ROLES)[number];

export const orgUsersQueryKey = ['admin', 'users'] as const;

/** The users of the signed-in user's organization (admins and directors; 403 for other roles). */
export function useOrgUsers() {
  return useQuery({
    queryKey: orgUsersQueryKey,
    queryFn: async ({ signal }): Promise<OrgUser[]> =>
      orgUserList.parse(await apiFetch('/api/v1/admin/users', { signal })).users,
  });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (body: CreateUserRequest): Promise<OrgUser> =>
      orgUser.parse(await apiFetch('/api/v1/admin/users', { method: 'POST', body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgUsersQueryKey }),
  });
}

export function useAssignRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ userId, role }: { userId: string; role: StaffRole }): Promise<void> => {
      await apiFetch(`/api/v1/admin/users/${encodeURIComponent(userId)}/role`, {
        method: 'PUT',
        body: { role },
      });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: orgUsersQueryKey }),
  });
}
