import type { Role } from '../../shared/roles.js';
import { type Permission, ROLE_PERMISSIONS } from './permissions.js';

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role]?.includes(permission) ?? false;
}

/**
 * Role changes: only holders of `role:assign`, never on themselves (nobody raises their own role),
 * and only within their own organization (checked by the caller against the target membership).
 */
export function canAssignRole(actor: { userId: string; role: Role }, targetUserId: string): boolean {
  return can(actor.role, 'role:assign') && actor.userId !== targetUserId;
}
