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
  // The roles that hold `patient:search` (administrators run the system and do not look up patients).
  {
    path: 'patients',
    labelKey: 'staff.nav.patients',
    lazy: staffPage('PatientsPage'),
    roles: ['director', 'intake', 'counselor', 'prescriber', 'nurse'],
  },
  // The roles that hold `inquiry:read`.
  {
    path: 'admissions',
    labelKey: 'staff.nav.admissions',
    lazy: staffPage('AdmissionsPage'),
    roles: ['intake', 'director'],
  },
  { path: 'caseload', labelKey: 'staff.nav.caseload', lazy: staffPage('CaseloadPage') },
  // The roles that hold `user:read`; user-admin-access.test.ts checks them against the server's grants.
  {
    path: 'admin/users',
    labelKey: 'admin.nav.users',
    lazy: staffPage('UsersPage'),
    roles: ['admin', 'director'],
  },
];

/** Pages below `/staff` that are not navigation entries (parts of a patient's chart). */
export const STAFF_PAGES: readonly { path: string; lazy: ReturnType<typeof staffPage> }[] = [
  { path: 'patients/:id', lazy: staffPage('PatientChartPage') },
  { path: 'patients/:id/assessments', lazy: staffPage('AssessmentsPage') },
  { path: 'patients/:id/asam', lazy: staffPage('AsamPage') },
  { path: 'patients/:id/consents', lazy: staffPage('PatientConsentsPage') },
];

export function staffNavHref(entry: StaffNavEntry): string {
  return entry.path ? `/staff/${entry.path}` : '/staff';
}
