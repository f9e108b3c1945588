/**
 * Instrument definitions: versioned data plus a small scoring function (STYLE.md habit 10).
 * Clinical content comes from /shared/clinical/REFERENCE.md section 1; each instrument file cites its source.
 */

/** Text in every language Haven ships. */
export interface Localized {
  en: string;
  es: string;
}

/**
 * An answer value. Numbers are the published points of a scored item; 'yes'/'no' answer yes/no items;
 * 'declined' exists only where the published instrument gives a refusal its own meaning (ASQ items 1-4,
 * REFERENCE.md 1.6a: "yes or declined -> positive").
 */
export type OptionValue = number | 'yes' | 'no' | 'declined';

export interface InstrumentOption {
  value: OptionValue;
  label: Localized;
  /** LOINC answer code where the reference gives one (PHQ/GAD frequency answers). */
  loinc?: string;
}

/**
 * - `scored`: numeric options that feed the result (published points, or ordinal codes when the instrument says so).
 * - `yesno`: yes/no (ASQ, DSM-5 criteria).
 * - `info`: recorded with the assessment, never scored (e.g. the PHQ-9 functional-difficulty question).
 */
export type ItemKind = 'scored' | 'yesno' | 'info';

export interface AskedWhen {
  anyOf: string[];
  answerIn: OptionValue[];
}

export interface InstrumentItem {
  id: string;
  text: Localized;
  kind: ItemKind;
  /** In the published order; for numeric options ascending by value. */
  options: InstrumentOption[];
  /** May be left unanswered. Absent answers are never scored as 0. */
  optional?: boolean;
  /**
   * Skip logic, as data so forms and FHIR `enableWhen` (behaviour "any") can use it: the item is asked only when
   * one of `anyOf` is answered with a value in `answerIn`. Not asked -> must be left unanswered; asked -> required
   * unless `optional`.
   */
  askedWhen?: AskedWhen;
  /**
   * A modifier that can only lower the score when answered 'yes' (DSM-5: tolerance and withdrawal do not count
   * under medical supervision). The monotonicity property checks it in the reverse direction.
   */
  lowersScore?: boolean;
}

export interface Band {
  /** kebab-case, stable: stored with assessments. */
  id: string;
  /** Inclusive score bounds; null for rule-based results that have no score (ASQ, TAPS-1). */
  min: number | null;
  max: number | null;
  label: Localized;
  interpretation: Localized;
}

export type FlagSeverity = 'critical' | 'warning';

export interface FlagDefinition {
  /** kebab-case, stable: alerts key on it. */
  id: string;
  severity: FlagSeverity;
  label: Localized;
  /** What the protocol asks next, in order. */
  nextSteps: { en: string[]; es: string[] };
}

export interface ScoreResult {
  score: number | null;
  band: string | null;
  flags: string[];
  details?: Record<string, unknown>;
}

export interface LoincCodes {
  panel?: string;
  total?: string;
  items?: Record<string, string>;
}

export interface InstrumentDefinition {
  /** kebab-case, stable. */
  id: string;
  /** Bump whenever items, options, bands, flags or scoring change; stored with every assessment. */
  version: string;
  title: Localized;
  description: Localized;
  items: InstrumentItem[];
  scoreRange: { min: number; max: number } | null;
  bands: Band[];
  flags: FlagDefinition[];
  /** Whether a result may be produced with required items unanswered. Each file says why (all: false today). */
  allowsPartial: boolean;
  citation: string;
  licence: string;
  loinc?: LoincCodes;
  /** Validates (throws DomainError 'VALIDATION') then scores. */
  score(answers: Record<string, unknown>): ScoreResult;
}

/** Answers after validation: only answered items, each with one of its option values. */
export type ValidAnswers = Readonly<Record<string, OptionValue>>;
