import { type ComponentType, type LazyExoticComponent, lazy } from 'react';
import type { Role } from '../../../shared/roles';

type StaffPageName = keyof typeof import('./index');

/** Props every staff page may receive from its route: the nav label it is listed under. */
export interface StaffPageProps {
  labelKey?: StaffNavEntry['labelKey'];
}
type StaffPage = LazyExoticComponent<ComponentType<StaffPageProps>>;

/** A lazily loaded page exported by the staff area module (one chunk per area). */
export function staffPage(name: StaffPageName): StaffPage {
  return lazy(async () => ({ default: (await import('./index'))[name] as ComponentType<StaffPageProps> }));
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
  page: StaffPage;
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
  { path: '', labelKey: 'staff.nav.home', page: staffPage('StaffHomePage') },
  // The roles that hold `patient:search` (administrators run the system and do not look up patients).
  {
    path: 'patients',
    labelKey: 'staff.nav.patients',
    page: staffPage('PatientsPage'),
    roles: ['director', 'intake', 'counselor', 'prescriber', 'nurse'],
  },
  // The roles that hold `inquiry:read`.
  {
    path: 'admissions',
    labelKey: 'staff.nav.admissions',
    page: staffPage('AdmissionsPage'),
    roles: ['intake', 'director'],
  },
  { path: 'caseload', labelKey: 'staff.nav.caseload', page: staffPage('CaseloadPage') },
  // The roles that hold `user:read`; user-admin-access.test.ts checks them against the server's grants.
  {
    path: 'admin/users',
    labelKey: 'admin.nav.users',
    page: staffPage('UsersPage'),
    roles: ['admin', 'director'],
  },
];

/** Pages below `/staff` that are not navigation entries (parts of a patient's chart). */
export const STAFF_PAGES: readonly { path: string; page: StaffPage }[] = [
  { path: 'patients/:id', page: staffPage('PatientChartPage') },
  { path: 'patients/:id/assessments', page: staffPage('AssessmentsPage') },
  { path: 'patients/:id/asam', page: staffPage('AsamPage') },
  { path: 'patients/:id/consents', page: staffPage('PatientConsentsPage') },
];

export function staffNavHref(entry: StaffNavEntry): string {
  return entry.path ? `/staff/${entry.path}` : '/staff';
}
