import admissionsEn from './admissions.en.json';
import admissionsEs from './admissions.es.json';
import { type AreaStrings, registerAreaStrings } from './index';

/** Admissions strings: the staff queue and the public admission request form both use them. */
export const admissionsStrings: AreaStrings = { en: admissionsEn, es: admissionsEs };
registerAreaStrings(admissionsStrings);
