/**
 * TAPS-1 – Tobacco, Alcohol, Prescription medication and other Substance use tool, part 1 (NIDA CTN-0059).
 * Source: REFERENCE.md §1.4 (items summarised there; options and rule verified). Publication: McNeely J, et al.
 * Performance of the Tobacco, Alcohol, Prescription Medication, and Other Substance Use (TAPS) Tool for substance
 * use screening in primary care patients. Ann Intern Med 2016;165:690-699; nida.nih.gov/taps2.
 * Used instead of DAST-10, whose licence excludes commercial use (§1.4).
 * Rules: past 12 months, 4 items, Never / Less than monthly / Monthly / Weekly / Daily or almost daily. Any answer
 * other than "Never" is positive for that class -> administer TAPS-2 for it. No total score: option values 0-4 are
 * ordinal frequency codes, never added up.
 * The alcohol item uses a sex-based threshold (>= 5 drinks men, >= 4 women); the paper form's combined wording is
 * used here, the NIDA e-tool instead asks sex first. Scoring is the same either way.
 * Item wording is reconstructed from the reference's summaries – check against the NIDA form before release.
 * Spanish text is a working translation.
 */
import type { FlagDefinition, InstrumentDefinition, InstrumentItem, InstrumentOption } from './types.js';
import { validateAnswers } from './validate-answers.js';

const FREQUENCY: InstrumentOption[] = [
  { value: 0, label: { en: 'Never', es: 'Nunca' } },
  { value: 1, label: { en: 'Less than monthly', es: 'Menos de una vez al mes' } },
  { value: 2, label: { en: 'Monthly', es: 'Mensualmente' } },
  { value: 3, label: { en: 'Weekly', es: 'Semanalmente' } },
  { value: 4, label: { en: 'Daily or almost daily', es: 'Diariamente o casi todos los días' } },
];

interface SubstanceClass {
  item: InstrumentItem;
  flag: FlagDefinition;
}

function substanceClass(id: string, question: { en: string; es: string }, name: { en: string; es: string }) {
  const item: InstrumentItem = { id, text: question, kind: 'scored', options: FREQUENCY };
  const flag: FlagDefinition = {
    id: `taps-${id}-positive`,
    severity: 'warning',
    label: { en: `TAPS-1 positive: ${name.en}`, es: `TAPS-1 positivo: ${name.es}` },
    nextSteps: {
      en: [`Administer TAPS-2 (past 3 months) for ${name.en}.`, 'Use the result for triage, not diagnosis.'],
      es: [
        `Aplicar el TAPS-2 (últimos 3 meses) para ${name.es}.`,
        'Usar el resultado para el triaje, no para el diagnóstico.',
      ],
    },
  };
  return { item, flag } satisfies SubstanceClass;
}

const classes = [
  substanceClass(
    'tobacco',
    {
      en: 'In the past 12 months, how often have you used any tobacco or nicotine product?',
      es: 'En los últimos 12 meses, ¿con qué frecuencia ha consumido algún producto de tabaco o nicotina?',
    },
    { en: 'tobacco', es: 'tabaco' },
  ),
  substanceClass(
    'alcohol',
    {
      en:
        'In the past 12 months, how often have you had 5 or more drinks containing alcohol in one day (men), ' +
        'or 4 or more (women)?',
      es:
        'En los últimos 12 meses, ¿con qué frecuencia ha tomado 5 o más bebidas con alcohol en un mismo día ' +
        '(hombres), o 4 o más (mujeres)?',
    },
    { en: 'alcohol', es: 'alcohol' },
  ),
  substanceClass(
    'drugs',
    {
      en:
        'In the past 12 months, how often have you used any drugs, including marijuana, cocaine or crack, heroin, ' +
        'methamphetamine, hallucinogens, or ecstasy/MDMA?',
      es:
        'En los últimos 12 meses, ¿con qué frecuencia ha consumido alguna droga, como marihuana, cocaína o crack, ' +
        'heroína, metanfetamina, alucinógenos o éxtasis/MDMA?',
    },
    { en: 'drugs', es: 'drogas' },
  ),
  substanceClass(
    'prescription',
    {
      en:
        'In the past 12 months, how often have you used any prescription medications just for the feeling, more ' +
        'than prescribed, or that were not prescribed for you (opioid pain relievers, medications for anxiety or ' +
        'sleep, medications for ADHD)?',
      es:
        'En los últimos 12 meses, ¿con qué frecuencia ha usado medicamentos recetados solo por la sensación, en ' +
        'mayor cantidad de la recetada o que no le recetaron a usted (analgésicos opioides, medicamentos para la ' +
        'ansiedad o el sueño, medicamentos para el TDAH)?',
    },
    { en: 'prescription medications', es: 'medicamentos recetados' },
  ),
];

export const taps1: InstrumentDefinition = {
  id: 'taps1',
  version: '1.0.0',
  title: { en: 'TAPS Tool, part 1 (TAPS-1)', es: 'Herramienta TAPS, parte 1 (TAPS-1)' },
  description: {
    en: 'Substance-use frequency screen, past 12 months. Any answer other than "Never" leads to TAPS-2 for that class.',
    es: 'Tamizaje de frecuencia de consumo, últimos 12 meses. Cualquier respuesta distinta de "Nunca" lleva al TAPS-2.',
  },
  items: classes.map((c) => c.item),
  scoreRange: null,
  bands: [
    {
      id: 'negative',
      min: null,
      max: null,
      label: { en: 'Negative', es: 'Negativo' },
      interpretation: { en: '"Never" for every class.', es: '"Nunca" en todas las clases.' },
    },
    {
      id: 'positive',
      min: null,
      max: null,
      label: { en: 'Positive', es: 'Positivo' },
      interpretation: {
        en: 'At least one class other than "Never": administer TAPS-2 for each positive class.',
        es: 'Al menos una clase distinta de "Nunca": aplicar el TAPS-2 para cada clase positiva.',
      },
    },
  ],
  flags: classes.map((c) => c.flag),
  // Each class is its own screen; a class left unanswered would read as negative, so all four are required.
  allowsPartial: false,
  citation:
    'McNeely J, et al. Performance of the Tobacco, Alcohol, Prescription Medication, and ' +
    'Other Substance Use (TAPS) Tool for substance use screening in primary care patients. Ann Intern Med ' +
    '2016;165:690-699. NIDA CTN-0059.',
  licence: 'NIDA, US-government funded: freely available, permission not required (REFERENCE.md §1.4).',
  score(answers) {
    const valid = validateAnswers(taps1, answers);
    const positive = classes.filter((c) => valid[c.item.id] !== 0);
    return {
      score: null,
      band: positive.length > 0 ? 'positive' : 'negative',
      flags: positive.map((c) => c.flag.id),
      details: { positiveClasses: positive.map((c) => c.item.id) },
    };
  },
};
