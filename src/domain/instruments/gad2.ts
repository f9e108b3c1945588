/**
 * GAD-2 – the first two GAD-7 items.
 * Source: REFERENCE.md §1.2 (verified). Publication: Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B.
 * Anxiety disorders in primary care: prevalence, impairment, comorbidity, and detection.
 * Ann Intern Med 2007;146(5):317-325.
 * Rules: total 0-6, positive at 3 or more -> administer the full GAD-7. No GAD-2 panel/total LOINC code is verified
 * (one public repo mislabels 55758-7, the PHQ-2 total, as GAD-2 – not copied); only the GAD-7 item codes are given.
 */
import { FREQUENCY_STEM, twoItemScreenBands } from './frequency-scale.js';
import { gad7 } from './gad7.js';
import { bandFor, sumItems } from './scoring.js';
import type { InstrumentDefinition } from './types.js';
import { validateAnswers } from './validate-answers.js';

const itemIds = ['q1', 'q2'];

export const gad2: InstrumentDefinition = {
  id: 'gad2',
  version: '1.0.0',
  title: { en: 'Generalized Anxiety Disorder-2 (GAD-2)', es: 'Trastorno de Ansiedad Generalizada-2 (GAD-2)' },
  description: FREQUENCY_STEM,
  items: gad7.items.filter((item) => itemIds.includes(item.id)),
  scoreRange: { min: 0, max: 6 },
  bands: twoItemScreenBands('GAD-7'),
  flags: [
    {
      id: 'gad2-positive',
      severity: 'warning',
      label: { en: 'Positive GAD-2 (≥ 3)', es: 'GAD-2 positivo (≥ 3)' },
      nextSteps: { en: ['Administer the full GAD-7.'], es: ['Aplicar el GAD-7 completo.'] },
    },
  ],
  // Two items, one cut point: a missing item makes the screen meaningless.
  allowsPartial: false,
  citation:
    'Kroenke K, Spitzer RL, Williams JBW, Monahan PO, Löwe B. Anxiety disorders in primary care: prevalence, ' +
    'impairment, comorbidity, and detection. Ann Intern Med 2007;146(5):317-325.',
  licence: gad7.licence,
  loinc: { items: { q1: '69725-0', q2: '68509-9' } },
  score(answers) {
    const valid = validateAnswers(gad2, answers);
    const score = sumItems(valid, itemIds);
    return { score, band: bandFor(gad2.bands, score).id, flags: score >= 3 ? ['gad2-positive'] : [] };
  },
};
