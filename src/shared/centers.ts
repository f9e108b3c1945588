import { z } from 'zod';
import {
  AGE_GROUPS,
  CARE_TYPES,
  CENTER_SEARCH_MAX_LIMIT,
  GENDERS,
  MEDICATIONS,
  PAYMENT_OPTIONS,
  POPULATIONS,
} from './center-vocabulary.js';

/**
 * The public center-finder contract (issue "Public site", parts 3 and 6): the vocabulary a center is
 * described with, the search query and the response. The web finder imports these.
 */

// The vocabularies live in a zod-free module so the public finder can import them without zod.
export * from './center-vocabulary.js';

// Comma-separated lists; the values themselves are checked (with a message naming the allowed ones) by
// the domain's filter normalisation, which also accepts a few everyday aliases ("bup", "spanish").
const list = z
  .string()
  .trim()
  .max(200, { message: 'Too many values; pick a few.' })
  .regex(/^[\w\s,.-]*$/, { message: 'Use words separated by commas, like medicaid,self-pay.' })
  .optional();
const onlyWhen = z
  .enum(['true', 'false'], { message: 'Use true or false.' })
  .optional()
  .describe('true keeps only centers that offer it; false or absent does not filter');

export const centerSearchQuery = z.object({
  near: z
    .string({ message: 'Enter a ZIP code, a city and state, or coordinates.' })
    .trim()
    .min(1, { message: 'Enter a ZIP code, a city and state, or coordinates.' })
    .max(100)
    .describe('A ZIP code (62701), "City, ST" (Springfield, IL) or "lat,lng" (39.8,-89.65)'),
  limit: z.coerce
    .number({ message: `Use a number from 1 to ${CENTER_SEARCH_MAX_LIMIT}.` })
    .int({ message: `Use a whole number from 1 to ${CENTER_SEARCH_MAX_LIMIT}.` })
    .min(1, { message: `Use a number from 1 to ${CENTER_SEARCH_MAX_LIMIT}.` })
    .max(CENTER_SEARCH_MAX_LIMIT, { message: `Use a number from 1 to ${CENTER_SEARCH_MAX_LIMIT}.` })
    .default(20),
  care: list.describe(`Type of care, any of: ${CARE_TYPES.join(', ')}`),
  medications: list.describe(`Any of: ${MEDICATIONS.join(', ')}`),
  payment: list.describe(`Any of: ${PAYMENT_OPTIONS.join(', ')}`),
  language: list.describe('Language codes (en, es, asl) or names (spanish)'),
  age: list.describe(`Any of: ${AGE_GROUPS.join(', ')}`),
  gender: list.describe(`Any of: ${GENDERS.join(', ')}`),
  population: list.describe(`Any of: ${POPULATIONS.join(', ')}`),
  telehealth: onlyWhen,
  sameDay: onlyWhen,
  walkIn: onlyWhen,
});
export type CenterSearchQuery = z.infer<typeof centerSearchQuery>;

export const centerResult = z.object({
  id: z.uuid(),
  name: z.string(),
  addressLine: z.string(),
  addressLine2: z.string().nullable(),
  city: z.string(),
  state: z.string(),
  postalCode: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  phone: z.string().nullable(),
  website: z.string().nullable(),
  hours: z.string().nullable(),
  /** Miles from the origin, one decimal. */
  distanceMiles: z.number(),
  /** Types of care. */
  services: z.array(z.string()),
  medications: z.array(z.string()),
  payment: z.array(z.string()),
  languages: z.array(z.string()),
  ageGroups: z.array(z.string()),
  genders: z.array(z.string()),
  populations: z.array(z.string()),
  telehealth: z.boolean(),
  sameDay: z.boolean(),
  walkIn: z.boolean(),
  /** true for facilities imported from the national directory, false for the organization's own sites. */
  external: z.boolean(),
  /** YYYY-MM-DD: when the listing was last checked against its source. */
  lastVerified: z.string().nullable(),
});
export type CenterResult = z.infer<typeof centerResult>;

export const centerSearchResponse = z.object({
  origin: z.object({ lat: z.number(), lng: z.number(), label: z.string() }),
  /** Nearest first. May hold fewer than `limit` when nothing more lies within 250 miles. */
  centers: z.array(centerResult),
});
export type CenterSearchResponse = z.infer<typeof centerSearchResponse>;
