import { z } from 'zod';

/**
 * ASAM level-of-care assessment (REFERENCE.md section 2, third edition). The recommendation is decision support
 * from a simplified rule set (REFERENCE.md 2.2), not ASAM's official algorithm; the clinician chooses.
 */

export const ASAM_DIMENSIONS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const;
export type AsamDimension = (typeof ASAM_DIMENSIONS)[number];

/** Same list as the domain's ASAM_LEVELS (asam.test.ts keeps them equal); shared cannot import domain. */
export const ASAM_LEVEL_IDS = [
  '0.5',
  '1',
  '2.1',
  '2.5',
  '3.1',
  '3.5',
  '3.7',
  '4',
  '2-WM',
  '3.2-WM',
  '3.7-WM',
  '4-WM',
] as const;
export type AsamLevelId = (typeof ASAM_LEVEL_IDS)[number];

const rating = z
  .number({ message: 'Rate from 0 to 4.' })
  .int({ message: 'Rate from 0 to 4.' })
  .min(0, { message: 'Rate from 0 to 4.' })
  .max(4, { message: 'Rate from 0 to 4.' });

export const asamRatings = z.object({
  d1: rating,
  d2: rating,
  d3: rating,
  d4: rating,
  d5: rating,
  d6: rating,
});
export type AsamRatingsInput = z.infer<typeof asamRatings>;

const note = z.string().trim().max(500, { message: 'Keep each note under 500 characters.' });
export const asamNotes = z.object({ d1: note, d2: note, d3: note, d4: note, d5: note, d6: note });

export const asamRecommendRequest = z.object({
  ratings: asamRatings,
  hasDiagnosis: z.boolean(),
  acceptsMoud: z.boolean().optional(),
});
export type AsamRecommendRequest = z.infer<typeof asamRecommendRequest>;

export const asamRecommendation = z.object({
  level: z.enum(ASAM_LEVEL_IDS),
  rule: z.string(),
  reasons: z.array(z.string()),
  concurrentServices: z.array(z.string()),
});
export type AsamRecommendation = z.infer<typeof asamRecommendation>;

export const asamLevel = z.enum(ASAM_LEVEL_IDS, { message: 'Choose a level of care from the list.' });

export const recordAsamRequest = asamRecommendRequest.extend({
  notes: asamNotes,
  chosenLevel: asamLevel,
  /** Required when the chosen level differs from the recommendation. */
  overrideReason: z
    .string()
    .trim()
    .max(1000, { message: 'Keep the reason under 1000 characters.' })
    .optional(),
});
export type RecordAsamRequest = z.infer<typeof recordAsamRequest>;

export const asamAssessmentItem = z.object({
  id: z.uuid(),
  episodeId: z.uuid().nullable(),
  edition: z.number().int(),
  ratings: asamRatings,
  notes: z.record(z.string(), z.string()),
  recommendedLevel: z.string(),
  rule: z.string(),
  reasons: z.array(z.string()),
  chosenLevel: z.string(),
  overrideReason: z.string().nullable(),
  assessedBy: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  assessedAt: z.string(),
});
export type AsamAssessmentItem = z.infer<typeof asamAssessmentItem>;

export const levelChangeItem = z.object({
  id: z.uuid(),
  episodeId: z.uuid(),
  level: z.string(),
  reason: z.string().nullable(),
  asamAssessmentId: z.uuid().nullable(),
  changedAt: z.string(),
});

export const recordedAsam = asamAssessmentItem.extend({
  concurrentServices: z.array(z.string()),
  /** The level change recorded on the open episode, or null (no open episode, or the level is unchanged). */
  levelChange: levelChangeItem.nullable(),
});
export type RecordedAsam = z.infer<typeof recordedAsam>;

export const asamHistory = z.object({
  /** The open episode's current level of care, if there is an open episode. */
  currentLevel: z.string().nullable(),
  episodeId: z.uuid().nullable(),
  assessments: z.array(asamAssessmentItem),
  levelChanges: z.array(levelChangeItem),
});
export type AsamHistory = z.infer<typeof asamHistory>;
