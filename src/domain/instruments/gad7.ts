/**
 * GAD-7 – Generalized Anxiety Disorder scale.
 * Source: REFERENCE.md §1.2 (items, LOINC total 70274-6, panel 69737-5 verified; §8). Publication: Spitzer RL,
 * Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: the GAD-7.
 * Arch Intern Med 2006;166(10):1092-1097. Item wording as published by Pfizer (free to reproduce).
 * Rules: total 0-21; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe; >= 10 positive. The equivalent
 * functional-difficulty question is recorded, not scored (no LOINC code verified for it, so none given).
 */
import { difficultyItem, FREQUENCY_STEM, frequencyItem, severityBand } from './frequency-scale.js';
import { bandFor, sumItems } from './scoring.js';
import type { InstrumentDefinition } from './types.js';
import { validateAnswers } from './validate-answers.js';

const scoredItems = [
  frequencyItem(
    'q1',
    'Feeling nervous, anxious, or on edge',
    'Sentirse nervioso(a), ansioso(a) o con los nervios de punta',
  ),
  frequencyItem(
    'q2',
    'Not being able to stop or control worrying',
    'No poder dejar de preocuparse o no poder controlar la preocupación',
  ),
  frequencyItem(
    'q3',
    'Worrying too much about different things',
    'Preocuparse demasiado por diferentes cosas',
  ),
  frequencyItem('q4', 'Trouble relaxing', 'Dificultad para relajarse'),
  frequencyItem(
    'q5',
    'Being so restless that it is hard to sit still',
    'Estar tan inquieto(a) que le cuesta quedarse quieto(a)',
  ),
  frequencyItem('q6', 'Becoming easily annoyed or irritable', 'Molestarse o irritarse fácilmente'),
  frequencyItem(
    'q7',
    'Feeling afraid as if something awful might happen',
    'Sentir miedo de que algo terrible pudiera pasar',
  ),
];
const scoredIds = scoredItems.map((i) => i.id);

export const gad7: InstrumentDefinition = {
  id: 'gad7',
  version: '1.0.0',
  title: {
    en: 'Generalized Anxiety Disorder scale (GAD-7)',
    es: 'Escala de Trastorno de Ansiedad Generalizada (GAD-7)',
  },
  description: FREQUENCY_STEM,
  items: [...scoredItems, difficultyItem()],
  scoreRange: { min: 0, max: 21 },
  bands: [
    severityBand('minimal', 0, 4, 'Minimal', 'Mínimos'),
    severityBand('mild', 5, 9, 'Mild', 'Leves'),
    severityBand('moderate', 10, 14, 'Moderate', 'Moderados'),
    severityBand('severe', 15, 21, 'Severe', 'Graves'),
  ],
  flags: [
    {
      id: 'gad7-positive',
      severity: 'warning',
      label: { en: 'Positive anxiety screen (GAD-7 ≥ 10)', es: 'Tamizaje de ansiedad positivo (GAD-7 ≥ 10)' },
      nextSteps: {
        en: [
          'Clinician review: a positive screen is not a diagnosis; assess for an anxiety disorder and treatment.',
        ],
        es: [
          'Revisión clínica: un tamizaje positivo no es un diagnóstico; evaluar trastorno de ansiedad y tratamiento.',
        ],
      },
    },
  ],
  // The reference gives no rule for missing items; counting one as 0 could lower the band.
  allowsPartial: false,
  citation:
    'Spitzer RL, Kroenke K, Williams JBW, Löwe B. A brief measure for assessing generalized anxiety disorder: ' +
    'the GAD-7. Arch Intern Med 2006;166(10):1092-1097.',
  licence:
    'GAD-7 © Pfizer; no permission required to reproduce, translate, display or distribute (REFERENCE.md §1.2).',
  loinc: {
    panel: '69737-5',
    total: '70274-6',
    items: {
      q1: '69725-0',
      q2: '68509-9',
      q3: '69733-4',
      q4: '69734-2',
      q5: '69735-9',
      q6: '69689-8',
      q7: '69736-7',
    },
  },
  score(answers) {
    const valid = validateAnswers(gad7, answers);
    const score = sumItems(valid, scoredIds);
    return {
      score,
      band: bandFor(gad7.bands, score).id,
      flags: score >= 10 ? ['gad7-positive'] : [],
      details: { difficulty: valid.difficulty ?? null },
    };
  },
};
