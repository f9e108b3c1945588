/**
 * Shared by PHQ-9, PHQ-2, GAD-7 and GAD-2 (REFERENCE.md §1.2; Kroenke, Spitzer, Williams; Pfizer – free to
 * reproduce, translate, display and distribute). Answer points and LOINC answer codes as verified in §1.2.
 * Spanish text here is a working translation, not the validated Pfizer Spanish PHQ/GAD; replace before use.
 */
import type { Band, InstrumentItem, InstrumentOption, Localized } from './types.js';

export const FREQUENCY_OPTIONS: InstrumentOption[] = [
  { value: 0, label: { en: 'Not at all', es: 'Ningún día' }, loinc: 'LA6568-5' },
  { value: 1, label: { en: 'Several days', es: 'Varios días' }, loinc: 'LA6569-3' },
  {
    value: 2,
    label: { en: 'More than half the days', es: 'Más de la mitad de los días' },
    loinc: 'LA6570-1',
  },
  { value: 3, label: { en: 'Nearly every day', es: 'Casi todos los días' }, loinc: 'LA6571-9' },
];

export const FREQUENCY_STEM: Localized = {
  en: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  es: 'Durante las últimas 2 semanas, ¿con qué frecuencia le han molestado los siguientes problemas?',
};

export function frequencyItem(id: string, en: string, es: string): InstrumentItem {
  return { id, text: { en, es }, kind: 'scored', options: FREQUENCY_OPTIONS };
}

/**
 * The unscored functional question (PHQ-9: LOINC 69722-7; GAD-7 has an equivalent, §1.2). It is asked only
 * "if you checked off any problems", so it is optional; values 0-3 are ordinal codes, never added to the total.
 */
export function difficultyItem(): InstrumentItem {
  return {
    id: 'difficulty',
    kind: 'info',
    optional: true,
    text: {
      en:
        'If you checked off any problems, how difficult have these problems made it for you to do your work, ' +
        'take care of things at home, or get along with other people?',
      es:
        'Si marcó algún problema, ¿qué tan difícil se le ha hecho por estos problemas hacer su trabajo, ' +
        'encargarse de las tareas del hogar o llevarse bien con otras personas?',
    },
    options: [
      { value: 0, label: { en: 'Not difficult at all', es: 'Nada difícil' } },
      { value: 1, label: { en: 'Somewhat difficult', es: 'Algo difícil' } },
      { value: 2, label: { en: 'Very difficult', es: 'Muy difícil' } },
      { value: 3, label: { en: 'Extremely difficult', es: 'Extremadamente difícil' } },
    ],
  };
}

/** Bands of the two-item screens (PHQ-2, GAD-2): total 0-6, positive at 3 or more (§1.2). */
export function twoItemScreenBands(fullForm: string): Band[] {
  return [
    {
      id: 'negative',
      min: 0,
      max: 2,
      label: { en: 'Negative', es: 'Negativo' },
      interpretation: { en: 'Negative screen (below 3).', es: 'Tamizaje negativo (menos de 3).' },
    },
    {
      id: 'positive',
      min: 3,
      max: 6,
      label: { en: 'Positive', es: 'Positivo' },
      interpretation: {
        en: `Positive screen (3 or more): administer the full ${fullForm}.`,
        es: `Tamizaje positivo (3 o más): aplicar el ${fullForm} completo.`,
      },
    },
  ];
}

/** A band helper for the PHQ/GAD severity tables. */
export function severityBand(id: string, min: number, max: number, en: string, es: string): Band {
  return {
    id,
    min,
    max,
    label: { en, es },
    interpretation: {
      en: `${en} symptoms (${min}–${max}).`,
      es: `Síntomas: ${es.toLowerCase()} (${min}–${max}).`,
    },
  };
}
