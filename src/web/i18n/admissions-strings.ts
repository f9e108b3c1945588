import admissionsEn from './admissions.en.json';
import { type AreaStrings, registerAreaStrings } from './index';

/**
 * The public admission request form's strings, with the labels of the vocabularies it shares with the staff
 * side (substances, insurance...). The staff queue's own strings (`admissions-staff.*.json`, under the same
 * `admissions` key) come with the workspace (workspace-strings.ts): the form is held to the public
 * first-load budget (issue "Public site", part 6).
 */
export const admissionsStrings: AreaStrings = { en: admissionsEn, es: () => import('./admissions.es.json') };
await registerAreaStrings(admissionsStrings);
