import 'i18next';
import type adminEn from './admin.en.json';
import type admissionsEn from './admissions.en.json';
import type admissionsStaffEn from './admissions-staff.en.json';
import type chartEn from './chart.en.json';
import type clinicalEn from './clinical.en.json';
import type consentsEn from './consents.en.json';
import type en from './en.json';
import type finderEn from './finder.en.json';
import type patientsEn from './patients.en.json';
import type publicEn from './public.en.json';
import type workspaceEn from './workspace.en.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: {
      translation: typeof en &
        typeof adminEn &
        typeof admissionsEn &
        typeof admissionsStaffEn &
        typeof chartEn &
        typeof clinicalEn &
        typeof consentsEn &
        typeof finderEn &
        typeof patientsEn &
        typeof publicEn &
        typeof workspaceEn;
    };
  }
}
