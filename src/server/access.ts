import type { Permission } from '../domain/access/permissions.js';

/**
 * What every route must declare in its options (`config: { access }`): either public, or the permission
 * the caller's role must hold. A route that declares neither is refused (deny by default) and fails the
 * route-policy test.
 */
export type RouteAccess =
  | { public: true; reason: string }
  | {
      permission: Permission;
      /** Allowed while the sign-in still owes its MFA code (the MFA routes themselves). */
      allowMfaPending?: boolean;
    };

export const publicRoute = (reason: string) => ({ access: { public: true, reason } as RouteAccess });
export const requires = (permission: Permission, opts: { allowMfaPending?: boolean } = {}) => ({
  access: { permission, ...opts } as RouteAccess,
});
