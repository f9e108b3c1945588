import admissionsEn from './admissions.en.json';
import { type AreaStrings, registerAreaStrings } from './index';

/** Admissions strings: the staff queue and the public admission request form both use them. */
export const admissionsStrings: AreaStrings = { en: admissionsEn, es: () => import('./admissions.es.json') };
await registerAreaStrings(admissionsStrings);
