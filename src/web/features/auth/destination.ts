import { isStaffRole, type Role } from '../../../shared/roles';

export const STAFF_LOGIN = '/staff/login';
export const PATIENT_LOGIN = '/app/login';

export function homeFor(role: Role): '/staff' | '/app' {
  return isStaffRole(role) ? '/staff' : '/app';
}

/** The page a protected route remembered in `location.state.from`, if any. */
export function readFrom(state: unknown): string | undefined {
  const from = (state as { from?: unknown } | null)?.from;
  return typeof from === 'string' ? from : undefined;
}

/**
 * Where to go after sign-in: back to the page that asked for it when it belongs to the user's
 * area (never to another area, another site or a sign-in page), else the area's home.
 */
export function destinationFor(role: Role, from?: string): string {
  const home = homeFor(role);
  if (!from || !(from === home || from.startsWith(`${home}/`) || from.startsWith(`${home}?`))) return home;
  if (from.startsWith(`${home}/login`) || from.startsWith(`${home}/mfa`)) return home;
  return from;
}
