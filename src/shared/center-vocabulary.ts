/**
 * The words a treatment center is described and searched with (the finder contract's vocabularies, see
 * centers.ts). Kept free of zod: the public finder imports these and must stay small.
 */

/** Type of care (ASAM-style levels named the way the national directory names them). */
export const CARE_TYPES = [
  'detox',
  'residential',
  'partial-hospitalization',
  'intensive-outpatient',
  'outpatient',
  'opioid-treatment-program',
] as const;
export const MEDICATIONS = ['methadone', 'buprenorphine', 'naltrexone'] as const;
export const PAYMENT_OPTIONS = [
  'medicaid',
  'medicare',
  'private-insurance',
  'military-insurance',
  'self-pay',
  'sliding-scale',
  'payment-assistance',
  'free',
] as const;
export const AGE_GROUPS = ['children', 'adolescents', 'young-adults', 'adults', 'seniors'] as const;
export const GENDERS = ['female', 'male'] as const;
export const POPULATIONS = [
  'veterans',
  'lgbtq',
  'pregnant-postpartum',
  'criminal-justice',
  'co-occurring',
] as const;

export type CareType = (typeof CARE_TYPES)[number];
export type Medication = (typeof MEDICATIONS)[number];
export type PaymentOption = (typeof PAYMENT_OPTIONS)[number];
export type AgeGroup = (typeof AGE_GROUPS)[number];
export type Gender = (typeof GENDERS)[number];
export type Population = (typeof POPULATIONS)[number];

/** The most centers one search returns. */
export const CENTER_SEARCH_MAX_LIMIT = 50;
