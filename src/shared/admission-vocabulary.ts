/**
 * The words an admission request is made of (the admissions contract's vocabularies, see admissions.ts).
 * Kept free of zod: the public admission form renders its choices from these before any validator loads.
 */

export const URGENCIES = ['today', 'this-week', 'exploring'] as const;
export type Urgency = (typeof URGENCIES)[number];
export const CONTACT_METHODS = ['phone', 'text', 'email'] as const;
export const FOR_WHOM = ['self', 'someone-else'] as const;
export const SUBSTANCES = [
  'heroin',
  'fentanyl',
  'prescription-opioids',
  'methadone-or-buprenorphine',
  'stimulants',
  'benzodiazepines',
  'alcohol',
  'other',
] as const;
export const LAST_USE = ['today', 'past-week', 'past-month', 'longer', 'prefer-not-to-say'] as const;
export const INSURANCE_KINDS = [
  'medicaid',
  'medicare',
  'private',
  'self-pay',
  'none',
  'other',
  'not-sure',
] as const;
export const PREFERRED_LANGUAGES = ['en', 'es', 'other'] as const;
/** The bands of the signs checklist (src/domain/signs/) a person may attach to a request. */
export const SIGNS_BANDS = ['none', 'some-signs', 'many-signs', 'possible-overdose'] as const;
