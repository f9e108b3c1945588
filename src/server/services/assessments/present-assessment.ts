import type { assessment } from '../../../db/schema/index.js';
import { getInstrument } from '../../../domain/instruments/registry.js';
import type { AssessmentContext, AssessmentFlag, AssessmentResponse } from '../../../shared/assessments.js';
import type { InstrumentLang } from '../../../shared/instruments.js';

type AssessmentRow = typeof assessment.$inferSelect;

/** Flag ids as the instrument defines them: label and next steps in `lang` (flags are data, not UI). */
export function describeFlags(instrumentId: string, flagIds: readonly string[], lang: InstrumentLang) {
  const def = getInstrument(instrumentId);
  return flagIds.map((id): AssessmentFlag => {
    const flag = def?.flags.find((f) => f.id === id);
    return flag
      ? { id, severity: flag.severity, label: flag.label[lang], nextSteps: flag.nextSteps[lang] }
      : { id, severity: 'warning', label: id, nextSteps: [] };
  });
}

export function bandLabel(instrumentId: string, band: string | null, lang: InstrumentLang): string | null {
  if (!band) return null;
  return getInstrument(instrumentId)?.bands.find((b) => b.id === band)?.label[lang] ?? band;
}

/** One stored response as the API shows it. */
export function presentAssessment(
  row: AssessmentRow,
  opts: {
    lang: InstrumentLang;
    administeredBy: { id: string; displayName: string } | null;
    amendedBy: { id: string; administeredAt: Date } | null;
  },
): AssessmentResponse {
  return {
    id: row.id,
    patientId: row.patientId,
    instrumentId: row.instrumentId,
    instrumentVersion: row.instrumentVersion,
    answers: row.answers as Record<string, number | string>,
    score: row.score,
    band: row.band,
    bandLabel: bandLabel(row.instrumentId, row.band, opts.lang),
    flags: describeFlags(row.instrumentId, row.flags, opts.lang),
    context: (row.context as AssessmentContext | null) ?? null,
    amendsId: row.amendsId,
    amendedBy: opts.amendedBy
      ? { id: opts.amendedBy.id, administeredAt: opts.amendedBy.administeredAt.toISOString() }
      : null,
    administeredAt: row.administeredAt.toISOString(),
    administeredBy: opts.administeredBy,
    createdAt: row.createdAt.toISOString(),
  };
}
