/**
 * PHQ-2 – the first two PHQ-9 items.
 * Source: REFERENCE.md §1.2 (verified; LOINC total 55758-7, panel 55757-9, §8). Publication: Kroenke K, Spitzer RL,
 * Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression screener.
 * Med Care 2003;41(11):1284-1292.
 * Rules: total 0-6, positive at 3 or more; a positive PHQ-2 leads to the full PHQ-9 (which carries the item-9
 * suicide rule – the PHQ-2 has no item 9).
 */
import { FREQUENCY_STEM, twoItemScreenBands } from './frequency-scale.js';
import { phq9 } from './phq9.js';
import { bandFor, sumItems } from './scoring.js';
import type { InstrumentDefinition } from './types.js';
import { validateAnswers } from './validate-answers.js';

const itemIds = ['q1', 'q2'];

export const phq2: InstrumentDefinition = {
  id: 'phq2',
  version: '1.0.0',
  title: {
    en: 'Patient Health Questionnaire-2 (PHQ-2)',
    es: 'Cuestionario sobre la Salud del Paciente-2 (PHQ-2)',
  },
  description: FREQUENCY_STEM,
  items: phq9.items.filter((item) => itemIds.includes(item.id)),
  scoreRange: { min: 0, max: 6 },
  bands: twoItemScreenBands('PHQ-9'),
  flags: [
    {
      id: 'phq2-positive',
      severity: 'warning',
      label: { en: 'Positive PHQ-2 (≥ 3)', es: 'PHQ-2 positivo (≥ 3)' },
      nextSteps: {
        en: ['Administer the full PHQ-9 (it includes the item-9 suicide-risk question).'],
        es: ['Aplicar el PHQ-9 completo (incluye la pregunta 9 sobre riesgo de suicidio).'],
      },
    },
  ],
  // Two items, one cut point: a missing item makes the screen meaningless.
  allowsPartial: false,
  citation:
    'Kroenke K, Spitzer RL, Williams JBW. The Patient Health Questionnaire-2: validity of a two-item depression ' +
    'screener. Med Care 2003;41(11):1284-1292.',
  licence: phq9.licence,
  loinc: { panel: '55757-9', total: '55758-7', items: { q1: '44250-9', q2: '44255-8' } },
  score(answers) {
    const valid = validateAnswers(phq2, answers);
    const score = sumItems(valid, itemIds);
    return { score, band: bandFor(phq2.bands, score).id, flags: score >= 3 ? ['phq2-positive'] : [] };
  },
};
