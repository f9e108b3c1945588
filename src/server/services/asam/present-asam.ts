import type { asamAssessment, levelOfCareChange } from '../../../db/schema/index.js';
import type { AsamAssessmentItem, AsamRatingsInput } from '../../../shared/asam.js';

export function presentAsam(
  row: typeof asamAssessment.$inferSelect,
  assessedBy: { id: string; displayName: string } | null,
): AsamAssessmentItem {
  return {
    id: row.id,
    episodeId: row.episodeId,
    edition: row.edition,
    ratings: row.ratings as AsamRatingsInput,
    notes: row.notes,
    recommendedLevel: row.recommendedLevel,
    rule: row.rule,
    reasons: row.reasons,
    chosenLevel: row.chosenLevel,
    overrideReason: row.overrideReason,
    assessedBy,
    assessedAt: row.assessedAt.toISOString(),
  };
}

export function presentLevelChange(row: typeof levelOfCareChange.$inferSelect) {
  return {
    id: row.id,
    episodeId: row.episodeId,
    level: row.level,
    reason: row.reason,
    asamAssessmentId: row.asamAssessmentId,
    changedAt: row.changedAt.toISOString(),
  };
}
