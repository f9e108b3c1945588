/**
 * SOWS – Subjective Opiate Withdrawal Scale (Handelsman), patient-rated.
 * Source: REFERENCE.md §1.5 (16 items and 0-4 options verified; listed among the instruments Haven builds in).
 * Publication: Handelsman L, Cochrane KJ, Aronson MJ, et al. Two new rating scales for opiate withdrawal.
 * Am J Drug Alcohol Abuse 1987;13(3):293-308.
 * Total 0-64. Bands are UNVERIFIED in the reference ("commonly quoted 1-10 mild, 11-20 moderate, 21-30 (or >= 21)
 * severe"), so they are configuration: `createSows(bands)` with `SOWS_DEFAULT_BANDS` as the default, which reads
 * ">= 21 severe" and names 0 `none`. The reference gives no flag for SOWS, so it raises none.
 * Licence unverified (journal article copyrighted; form widely reproduced, ASAM hosts a PDF).
 * Spanish text is a working translation.
 */
import { DomainError } from '../errors.js';
import { bandFor, sumItems } from './scoring.js';
import type { Band, InstrumentDefinition, InstrumentItem, InstrumentOption } from './types.js';
import { validateAnswers } from './validate-answers.js';

const OPTIONS: InstrumentOption[] = [
  { value: 0, label: { en: 'Not at all', es: 'Nada' } },
  { value: 1, label: { en: 'A little', es: 'Un poco' } },
  { value: 2, label: { en: 'Moderately', es: 'Moderadamente' } },
  { value: 3, label: { en: 'Quite a bit', es: 'Bastante' } },
  { value: 4, label: { en: 'Extremely', es: 'Muchísimo' } },
];

const TEXTS: [string, string][] = [
  ['I feel anxious', 'Me siento ansioso(a)'],
  ['I feel like yawning', 'Tengo ganas de bostezar'],
  ['I am perspiring', 'Estoy sudando'],
  ['My eyes are teary', 'Me lloran los ojos'],
  ['My nose is running', 'Me gotea la nariz'],
  ['I have goosebumps', 'Tengo la piel de gallina'],
  ['I am shaking', 'Estoy temblando'],
  ['I have hot flushes', 'Tengo sofocos (calor)'],
  ['I have cold flushes', 'Tengo escalofríos'],
  ['My bones and muscles ache', 'Me duelen los huesos y los músculos'],
  ['I feel restless', 'Me siento inquieto(a)'],
  ['I feel nauseous', 'Tengo náuseas'],
  ['I feel like vomiting', 'Tengo ganas de vomitar'],
  ['My muscles twitch', 'Tengo espasmos musculares'],
  ['I have cramps in my stomach', 'Tengo cólicos en el estómago'],
  ['I feel like using now', 'Tengo ganas de consumir ahora'],
];

const items: InstrumentItem[] = TEXTS.map(([en, es], index) => ({
  id: `q${index + 1}`,
  kind: 'scored',
  text: { en, es },
  options: OPTIONS,
}));
const itemIds = items.map((i) => i.id);
const SCORE_RANGE = { min: 0, max: 64 };

function band(id: string, min: number, max: number, en: string, es: string): Band {
  return {
    id,
    min,
    max,
    label: { en, es },
    interpretation: {
      en: `${en} subjective withdrawal (${min}–${max}; cut-offs unverified, set by the programme).`,
      es: `Abstinencia subjetiva: ${es.toLowerCase()} (${min}–${max}; puntos de corte no verificados, los fija el programa).`,
    },
  };
}

/** Unverified defaults (REFERENCE.md §1.5); a programme may replace them through `createSows`. */
export const SOWS_DEFAULT_BANDS: readonly Band[] = [
  band('none', 0, 0, 'None', 'Ninguna'),
  band('mild', 1, 10, 'Mild', 'Leve'),
  band('moderate', 11, 20, 'Moderate', 'Moderada'),
  band('severe', 21, 64, 'Severe', 'Grave'),
];

/** Builds the SOWS with the given bands, which must cover 0-64 without gaps or overlaps. */
export function createSows(bands: readonly Band[] = SOWS_DEFAULT_BANDS): InstrumentDefinition {
  assertTiles(bands);
  const def: InstrumentDefinition = {
    id: 'sows',
    version: '1.0.0',
    title: {
      en: 'Subjective Opiate Withdrawal Scale (SOWS)',
      es: 'Escala Subjetiva de Abstinencia de Opiáceos (SOWS)',
    },
    description: {
      en: 'Rate how you feel right now for each statement.',
      es: 'Indique cómo se siente en este momento para cada frase.',
    },
    items,
    scoreRange: SCORE_RANGE,
    bands: [...bands],
    flags: [],
    // The bands are defined on the 16-item total; a missing item would understate withdrawal.
    allowsPartial: false,
    citation:
      'Handelsman L, Cochrane KJ, Aronson MJ, et al. Two new rating scales for opiate withdrawal. ' +
      'Am J Drug Alcohol Abuse 1987;13(3):293-308.',
    licence:
      'Journal article copyrighted; form widely reproduced (ASAM hosts a PDF) – licence unverified (REFERENCE.md §1.5).',
    score(answers) {
      const valid = validateAnswers(def, answers);
      const score = sumItems(valid, itemIds);
      return { score, band: bandFor(def.bands, score).id, flags: [] };
    },
  };
  return def;
}

function assertTiles(bands: readonly Band[]): void {
  const message = `SOWS bands must cover ${SCORE_RANGE.min}-${SCORE_RANGE.max} without gaps or overlaps.`;
  let next = SCORE_RANGE.min;
  for (const b of [...bands].sort((x, y) => (x.min ?? 0) - (y.min ?? 0))) {
    if (b.min !== next || b.max === null || b.max < b.min) {
      throw new DomainError('VALIDATION', `${message} Problem at band ${b.id}.`, { bands: message });
    }
    next = b.max + 1;
  }
  if (next !== SCORE_RANGE.max + 1) throw new DomainError('VALIDATION', message, { bands: message });
}

export const sows = createSows();
