import adminEn from './admin.en.json';
import adminEs from './admin.es.json';
import { admissionsStrings } from './admissions-strings';
import chartEn from './chart.en.json';
import chartEs from './chart.es.json';
import clinicalEn from './clinical.en.json';
import clinicalEs from './clinical.es.json';
import consentsEn from './consents.en.json';
import consentsEs from './consents.es.json';
import { registerAreaStrings } from './index';
import patientsEn from './patients.en.json';
import patientsEs from './patients.es.json';
import workspaceEn from './workspace.en.json';
import workspaceEs from './workspace.es.json';

/**
 * The staff workspace's and the patient app's strings. Imported for its effect by those areas' entry
 * modules, so the strings arrive with the chunk that shows them.
 */
registerAreaStrings(
  { en: workspaceEn, es: workspaceEs },
  admissionsStrings,
  { en: adminEn, es: adminEs },
  { en: chartEn, es: chartEs },
  { en: clinicalEn, es: clinicalEs },
  { en: consentsEn, es: consentsEs },
  { en: patientsEn, es: patientsEs },
);
