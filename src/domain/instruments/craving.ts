/**
 * Craving numeric rating scale, 0-10.
 * Source: REFERENCE.md §1.5: single item, "How strong is your craving/urge to use opioids right now?", 0 = none …
 * 10 = most ever; generic, no owner (PD). No validated cut-offs: no bands and no flags – track the trend per
 * patient. The scale type is stored explicitly (`details.scale`); a 0-100 mm VAS would be a separate instrument.
 */
import type { InstrumentDefinition, InstrumentOption } from './types.js';
import { validateAnswers } from './validate-answers.js';

const options: InstrumentOption[] = Array.from({ length: 11 }, (_, value) => ({
  value,
  label:
    value === 0
      ? { en: '0 – No craving', es: '0 – Nada de ansia' }
      : value === 10
        ? { en: '10 – Strongest craving ever', es: '10 – El ansia más fuerte que ha sentido' }
        : { en: String(value), es: String(value) },
}));

export const craving: InstrumentDefinition = {
  id: 'craving',
  version: '1.0.0',
  title: { en: 'Opioid craving (0–10)', es: 'Ansia de opioides (0–10)' },
  description: {
    en: 'Self-rated strength of craving right now; no cut-offs – follow the trend.',
    es: 'Intensidad del ansia en este momento, según el paciente; sin puntos de corte: seguir la tendencia.',
  },
  items: [
    {
      id: 'craving',
      kind: 'scored',
      text: {
        en: 'How strong is your craving or urge to use opioids right now?',
        es: '¿Qué tan fuerte es su ansia o deseo de consumir opioides en este momento?',
      },
      options,
    },
  ],
  scoreRange: { min: 0, max: 10 },
  bands: [],
  flags: [],
  // A single item: there is nothing to score without it.
  allowsPartial: false,
  citation: 'Generic craving numeric rating scale (0–10); REFERENCE.md §1.5.',
  licence: 'Public domain: generic scale, no owner (REFERENCE.md §1.5).',
  score(answers) {
    const valid = validateAnswers(craving, answers);
    return { score: valid.craving as number, band: null, flags: [], details: { scale: 'nrs-0-10' } };
  },
};
