import type { Role } from '../../../shared/roles';

/**
 * Roles offered the controls to add staff and change roles. This only chooses what to show: the
 * server enforces `user:create` and `role:assign` (src/domain/access/permissions.ts), and
 * `user-admin-access.test.ts` keeps the two in step, as it does for the Users entry in staff-nav.ts.
 */
export const USER_MANAGER_ROLES: readonly Role[] = ['admin'];

export function canManageUsers(role: Role): boolean {
  return USER_MANAGER_ROLES.includes(role);
}
