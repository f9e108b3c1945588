import { z } from 'zod';

/**
 * The public instrument contract (issue: "a stable public contract, used by the public site, the patient app
 * and outside tools"). `items[].id/text/options[].value/label` and the score response are fixed; the rest is
 * additive. Text fields are plain strings in the requested language.
 */

export const INSTRUMENT_LANGS = ['en', 'es'] as const;
export type InstrumentLang = (typeof INSTRUMENT_LANGS)[number];

export const instrumentLangQuery = z.object({
  lang: z.enum(INSTRUMENT_LANGS, { message: 'Use lang=en or lang=es.' }).default('en'),
});

export const instrumentParams = z.object({
  // Ids are short kebab-case; anything longer cannot exist, so refuse it before the lookup.
  id: z.string().min(1).max(40),
});

/** Points for scored items; 'yes'/'no' (and 'declined' where the instrument defines it) for yes/no items. */
export const optionValue = z.union([z.number(), z.enum(['yes', 'no', 'declined'])]);

export const instrumentSummary = z.object({ id: z.string(), version: z.string(), title: z.string() });

export const instrumentListResponse = z.object({
  ids: z.array(z.string()),
  instruments: z.array(instrumentSummary),
});
export type InstrumentListResponse = z.infer<typeof instrumentListResponse>;

export const instrumentItem = z.object({
  id: z.string(),
  text: z.string(),
  /** `scored` feeds the result, `yesno` answers yes/no, `info` is recorded but never scored. */
  kind: z.enum(['scored', 'yesno', 'info']),
  optional: z.boolean(),
  /** Skip logic: ask the item only when one of `anyOf` is answered with a value in `answerIn`; else omit it. */
  askedWhen: z.object({ anyOf: z.array(z.string()), answerIn: z.array(optionValue) }).nullable(),
  /** LOINC code of the item, where the instrument has one. */
  loinc: z.string().nullable(),
  /** In the published order. */
  options: z.array(z.object({ value: optionValue, label: z.string() })),
});

export const instrumentDefinitionResponse = z.object({
  id: z.string(),
  version: z.string(),
  lang: z.enum(INSTRUMENT_LANGS),
  title: z.string(),
  description: z.string(),
  /** Null for rule-based instruments without a total (ASQ, TAPS-1). */
  scoreRange: z.object({ min: z.number(), max: z.number() }).nullable(),
  bands: z.array(
    z.object({
      id: z.string(),
      min: z.number().nullable(),
      max: z.number().nullable(),
      label: z.string(),
      interpretation: z.string(),
    }),
  ),
  flags: z.array(
    z.object({
      id: z.string(),
      severity: z.enum(['critical', 'warning']),
      label: z.string(),
      nextSteps: z.array(z.string()),
    }),
  ),
  allowsPartial: z.boolean(),
  citation: z.string(),
  licence: z.string(),
  /** In the published order. */
  items: z.array(instrumentItem),
});
export type InstrumentDefinitionResponse = z.infer<typeof instrumentDefinitionResponse>;

export const scoreRequest = z.object({
  answers: z
    .record(z.string(), z.union([z.number(), z.string().max(40)]))
    // The largest instrument has 16 items; a bound keeps a hostile body from producing a huge error message.
    .refine((answers) => Object.keys(answers).length <= 100, { message: 'Too many answers.' }),
});
export type ScoreRequest = z.infer<typeof scoreRequest>;

/** Exactly these fields: the schema is the allow-list (the domain's `details` stay on the server). */
export const scoreResponse = z.object({
  score: z.number().nullable(),
  band: z.string().nullable(),
  flags: z.array(z.string()),
});
export type ScoreResponse = z.infer<typeof scoreResponse>;
