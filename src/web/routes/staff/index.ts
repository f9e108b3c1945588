/** The staff workspace: one lazily loaded chunk. */
export { ComingSoonPage } from './coming-soon-page';
export { StaffHomePage } from './staff-home-page';
export { StaffLoginPage } from './staff-login-page';
export { StaffMfaEnrollPage } from './staff-mfa-enroll-page';
export { StaffMfaPage } from './staff-mfa-page';
export { StaffShell } from './staff-shell';
export { UsersPage } from './users-page';
