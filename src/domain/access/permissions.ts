import type { Role } from '../../shared/roles.js';

/**
 * Every permission a route can require, as `resource:action`. Later issues add theirs here and grant
 * them in ROLE_PERMISSIONS; a permission nobody is granted is denied to everybody.
 */
export const PERMISSIONS = [
  'self:read', // own profile, own session
  'user:read', // list the organization's users and roles
  'user:create', // create (invite) staff users
  'role:assign', // change someone's role in the organization
  'audit:read', // read the audit trail
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Role x permission. Deny by default: only what is listed here is allowed. */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['self:read', 'user:read', 'user:create', 'role:assign', 'audit:read'],
  director: ['self:read', 'user:read', 'audit:read'],
  intake: ['self:read'],
  counselor: ['self:read'],
  prescriber: ['self:read'],
  nurse: ['self:read'],
  patient: ['self:read'],
};
