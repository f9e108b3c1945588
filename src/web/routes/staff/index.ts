/** The staff workspace: one lazily loaded chunk. */
import '../../i18n/workspace-strings';

export { AdmissionsPage } from './admissions-page';
export { AsamPage } from './asam-page';
export { AssessmentsPage } from './assessments-page';
export { CaseloadPage } from './caseload-page';
export { ComingSoonPage } from './coming-soon-page';
export { PatientChartPage } from './patient-chart-page';
export { PatientConsentsPage } from './patient-consents-page';
export { PatientsPage } from './patients-page';
export { StaffHomePage } from './staff-home-page';
export { StaffLoginPage } from './staff-login-page';
export { StaffMfaEnrollPage } from './staff-mfa-enroll-page';
export { StaffMfaPage } from './staff-mfa-page';
export { StaffRoutes } from './staff-routes';
export { StaffShell } from './staff-shell';
export { UsersPage } from './users-page';
