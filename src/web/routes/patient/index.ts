/** The patient app: one lazily loaded chunk. */
import '../../i18n/workspace-strings';

export { PatientDisclosuresPage } from './patient-disclosures-page';
export { PatientHomePage } from './patient-home-page';
export { PatientLoginPage } from './patient-login-page';
export { PatientShell } from './patient-shell';
