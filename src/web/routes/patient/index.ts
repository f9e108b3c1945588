/** The patient app: one lazily loaded chunk. */
export { PatientDisclosuresPage } from './patient-disclosures-page';
export { PatientHomePage } from './patient-home-page';
export { PatientLoginPage } from './patient-login-page';
export { PatientShell } from './patient-shell';
