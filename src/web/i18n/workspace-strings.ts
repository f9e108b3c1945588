import adminEn from './admin.en.json';
import admissionsStaffEn from './admissions-staff.en.json';
import { admissionsStrings } from './admissions-strings';
import chartEn from './chart.en.json';
import clinicalEn from './clinical.en.json';
import consentsEn from './consents.en.json';
import { registerAreaStrings } from './index';
import patientsEn from './patients.en.json';
import workspaceEn from './workspace.en.json';

/**
 * The staff workspace's and the patient app's strings. Imported for its effect by those areas' entry
 * modules, so the strings arrive with the chunk that shows them.
 */
await registerAreaStrings(
  { en: workspaceEn, es: () => import('./workspace.es.json') },
  admissionsStrings,
  { en: admissionsStaffEn, es: () => import('./admissions-staff.es.json') },
  { en: adminEn, es: () => import('./admin.es.json') },
  { en: chartEn, es: () => import('./chart.es.json') },
  { en: clinicalEn, es: () => import('./clinical.es.json') },
  { en: consentsEn, es: () => import('./consents.es.json') },
  { en: patientsEn, es: () => import('./patients.es.json') },
);
