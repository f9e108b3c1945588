import type { ComponentType } from 'react';
import type { Role } from '../../../shared/roles';

type StaffPageName = keyof typeof import('./index');

/** A route `lazy` loader for a page exported by the staff area module (one chunk per area). */
export function staffPage(name: StaffPageName) {
  return async (): Promise<{ Component: ComponentType }> => ({ Component: (await import('./index'))[name] });
}

export interface StaffNavEntry {
  /** Path below `/staff`; `''` is the workspace home. */
  path: string;
  labelKey:
    | 'staff.nav.home'
    | 'staff.nav.patients'
    | 'staff.nav.admissions'
    | 'staff.nav.caseload'
    | 'admin.nav.users';
  lazy: ReturnType<typeof staffPage>;
  /** Shows a "Soon" badge; the page is a placeholder. */
  comingSoon?: boolean;
  /** Limits the entry (not the route's permission, which the server enforces) to these roles. */
  roles?: readonly Role[];
}

/**
 * The staff navigation, in order. Each entry is also a route below `/staff`, so a new area of the
 * workspace is one entry here plus its page exported from `./index.ts`.
 */
export const STAFF_NAV: readonly StaffNavEntry[] = [
  { path: '', labelKey: 'staff.nav.home', lazy: staffPage('StaffHomePage') },
  { path: 'patients', labelKey: 'staff.nav.patients', lazy: staffPage('ComingSoonPage'), comingSoon: true },
  {
    path: 'admissions',
    labelKey: 'staff.nav.admissions',
    lazy: staffPage('ComingSoonPage'),
    comingSoon: true,
  },
  { path: 'caseload', labelKey: 'staff.nav.caseload', lazy: staffPage('ComingSoonPage'), comingSoon: true },
  // The roles that hold `user:read`; user-admin-access.test.ts checks them against the server's grants.
  {
    path: 'admin/users',
    labelKey: 'admin.nav.users',
    lazy: staffPage('UsersPage'),
    roles: ['admin', 'director'],
  },
];

export function staffNavHref(entry: StaffNavEntry): string {
  return entry.path ? `/staff/${entry.path}` : '/staff';
}
