/**
 * DSM-5 / DSM-5-TR Opioid Use Disorder criteria checklist.
 * Source: REFERENCE.md §1.3 (criteria paraphrased there; © APA – paraphrase only, never the manual's text) and §8
 * (ICD-10-CM codes). Publication: American Psychiatric Association. Diagnostic and Statistical Manual of Mental
 * Disorders, 5th ed. (2013) and 5th ed. text revision (2022), "Opioid Use Disorder".
 * Rules: >= 2 of 11 criteria within 12 months; 2-3 mild, 4-5 moderate, >= 6 severe, < 2 not met. Criteria 10
 * (tolerance) and 11 (withdrawal) are not counted when opioids are taken solely under appropriate medical
 * supervision (item `medically-supervised`). Remission, only after full criteria were met: early = no criterion
 * except craving for >= 3 and < 12 months; sustained = none except craving for >= 12 months. Specifiers: on
 * maintenance therapy, in a controlled environment. Remission and specifiers are reported in `details`, not in the band.
 * The ICD-10-CM suggestion follows §1.3/§8 (F11.11 unverified there); the clinician confirms the code.
 */
import { DomainError } from '../errors.js';
import { bandFor, yesItems } from './scoring.js';
import type { InstrumentDefinition, InstrumentItem, InstrumentOption } from './types.js';
import { validateAnswers } from './validate-answers.js';

const YES: InstrumentOption = { value: 'yes', label: { en: 'Yes', es: 'Sí' } };
const NO: InstrumentOption = { value: 'no', label: { en: 'No', es: 'No' } };

function yesNo(id: string, en: string, es: string, extra: Partial<InstrumentItem> = {}): InstrumentItem {
  return { id, text: { en, es }, kind: 'yesno', options: [YES, NO], ...extra };
}

const criteria = [
  yesNo(
    'c1',
    'Uses more opioids, or for longer, than intended.',
    'Consume más opioides, o durante más tiempo, de lo que pretendía.',
  ),
  yesNo(
    'c2',
    'Persistent wish or failed attempts to cut down or control use.',
    'Deseo persistente o intentos fallidos de reducir o controlar el consumo.',
  ),
  yesNo(
    'c3',
    'Much time spent getting, using or recovering from opioids.',
    'Dedica mucho tiempo a conseguir, consumir o recuperarse de los opioides.',
  ),
  yesNo('c4', 'Craving.', 'Ansia (craving).'),
  yesNo(
    'c5',
    'Use causes failure to meet major obligations at work, school or home.',
    'El consumo le lleva a incumplir obligaciones importantes en el trabajo, la escuela o el hogar.',
  ),
  yesNo(
    'c6',
    'Keeps using despite recurring social or interpersonal problems caused or worsened by use.',
    'Sigue consumiendo a pesar de problemas sociales o interpersonales recurrentes causados o agravados por el consumo.',
  ),
  yesNo(
    'c7',
    'Gives up or cuts back important social, work or leisure activities because of use.',
    'Abandona o reduce actividades sociales, laborales o recreativas importantes por el consumo.',
  ),
  yesNo(
    'c8',
    'Repeated use in physically hazardous situations.',
    'Consumo repetido en situaciones físicamente peligrosas.',
  ),
  yesNo(
    'c9',
    'Keeps using despite knowing it causes or worsens a physical or psychological problem.',
    'Sigue consumiendo aunque sabe que causa o empeora un problema físico o psicológico.',
  ),
  yesNo('c10', 'Tolerance.', 'Tolerancia.'),
  yesNo(
    'c11',
    'Withdrawal (the characteristic syndrome, or opioids taken to relieve or avoid it).',
    'Abstinencia (el síndrome característico, o consume opioides para aliviarla o evitarla).',
  ),
];
const criterionIds = criteria.map((c) => c.id);
const SUPERVISION_EXEMPT = ['c10', 'c11'];

const items: InstrumentItem[] = [
  ...criteria,
  yesNo(
    'medically-supervised',
    'Are opioids taken solely under appropriate medical supervision (e.g. prescribed analgesics, medication for ' +
      'opioid use disorder)? If yes, tolerance and withdrawal are not counted.',
    '¿Toma opioides únicamente bajo supervisión médica adecuada (p. ej., analgésicos recetados, medicación para el ' +
      'trastorno por consumo de opioides)? Si es así, la tolerancia y la abstinencia no se cuentan.',
    { lowersScore: true },
  ),
  yesNo(
    'criteria-past-3-months',
    'Remission: was any counted criterion other than craving met in the past 3 months?',
    'Remisión: ¿se cumplió algún criterio contado, aparte del ansia, en los últimos 3 meses?',
    { optional: true },
  ),
  yesNo(
    'previously-met',
    'Remission: were full criteria for opioid use disorder met at some time in the past?',
    'Remisión: ¿se cumplieron en algún momento del pasado todos los requisitos del trastorno por consumo de opioides?',
    { optional: true },
  ),
  yesNo(
    'maintenance-therapy',
    'On maintenance therapy: taking an agonist (e.g. methadone, buprenorphine) or antagonist (e.g. naltrexone), ' +
      'with no criteria met except tolerance to or withdrawal from the agonist?',
    'En tratamiento de mantenimiento: toma un agonista (p. ej., metadona, buprenorfina) o antagonista (p. ej., ' +
      'naltrexona), sin cumplir criterios salvo tolerancia o abstinencia al agonista?',
    { optional: true },
  ),
  yesNo(
    'controlled-environment',
    'In a controlled environment (access to opioids is restricted)?',
    '¿En un entorno controlado (acceso restringido a los opioides)?',
    { optional: true },
  ),
];

type Remission = 'early' | 'sustained' | 'not-in-remission' | null;

/** §1.3 remission; null when the answers needed to decide were not given. */
function remissionOf(counted: string[], past3: unknown, previouslyMet: unknown): Remission {
  const nonCraving = counted.filter((id) => id !== 'c4');
  if (nonCraving.length === 0) {
    // No criterion but craving in the whole 12-month window: sustained if full criteria were met before.
    if (previouslyMet === undefined) return null;
    return previouslyMet === 'yes' ? 'sustained' : 'not-in-remission';
  }
  if (past3 === undefined) return null;
  if (past3 === 'yes') return 'not-in-remission';
  // A criterion in the window but none in the past 3 months: early, once full criteria were ever met.
  if (counted.length >= 2 || previouslyMet === 'yes') return 'early';
  return previouslyMet === undefined ? null : 'not-in-remission';
}

function icd10cmOf(band: string, remission: Remission): { code: string; verified: boolean } | null {
  const severity =
    band === 'mild' ? 'mild' : band === 'moderate' || band === 'severe' ? 'moderate-severe' : null;
  if (severity === null) return null;
  if (remission === 'early') {
    return severity === 'mild' ? { code: 'F11.11', verified: false } : { code: 'F11.21', verified: true };
  }
  if (remission === 'sustained') return null;
  return severity === 'mild' ? { code: 'F11.10', verified: true } : { code: 'F11.20', verified: true };
}

export const dsm5Oud: InstrumentDefinition = {
  id: 'dsm5-oud',
  version: '1.0.0',
  title: {
    en: 'DSM-5 opioid use disorder checklist',
    es: 'Lista de verificación DSM-5 del trastorno por consumo de opioides',
  },
  description: {
    en: 'Clinician checklist of the 11 DSM-5 criteria (paraphrased), met within the past 12 months.',
    es: 'Lista clínica de los 11 criterios del DSM-5 (parafraseados), cumplidos en los últimos 12 meses.',
  },
  items,
  scoreRange: { min: 0, max: 11 },
  bands: [
    {
      id: 'not-met',
      min: 0,
      max: 1,
      label: { en: 'Criteria not met', es: 'No cumple criterios' },
      interpretation: { en: 'Fewer than 2 criteria.', es: 'Menos de 2 criterios.' },
    },
    {
      id: 'mild',
      min: 2,
      max: 3,
      label: { en: 'Mild', es: 'Leve' },
      interpretation: {
        en: 'Mild opioid use disorder (2–3 criteria).',
        es: 'Trastorno leve (2–3 criterios).',
      },
    },
    {
      id: 'moderate',
      min: 4,
      max: 5,
      label: { en: 'Moderate', es: 'Moderado' },
      interpretation: {
        en: 'Moderate opioid use disorder (4–5 criteria).',
        es: 'Trastorno moderado (4–5 criterios).',
      },
    },
    {
      id: 'severe',
      min: 6,
      max: 11,
      label: { en: 'Severe', es: 'Grave' },
      interpretation: {
        en: 'Severe opioid use disorder (6 or more criteria).',
        es: 'Trastorno grave (6 o más criterios).',
      },
    },
  ],
  flags: [],
  // Each criterion must be judged: an unanswered criterion is not an absent one. Remission and specifier
  // questions are optional; without them `details.remission` is null (not assessed).
  allowsPartial: false,
  citation:
    'American Psychiatric Association. Diagnostic and Statistical Manual of Mental Disorders, 5th ed. (2013) and ' +
    '5th ed., text revision (2022): Opioid Use Disorder.',
  licence:
    'DSM-5 © American Psychiatric Association: criteria paraphrased, text not reproduced (REFERENCE.md §1.3).',
  score(answers) {
    const valid = validateAnswers(dsm5Oud, answers);
    const supervised = valid['medically-supervised'] === 'yes';
    const met = yesItems(valid, criterionIds);
    const excluded = supervised ? met.filter((id) => SUPERVISION_EXEMPT.includes(id)) : [];
    const counted = met.filter((id) => !excluded.includes(id));
    const past3 = valid['criteria-past-3-months'];
    if (past3 === 'yes' && counted.every((id) => id === 'c4')) {
      const field = 'A criterion met in the past 3 months must also be marked met for the past 12 months.';
      const message = `Invalid answers for dsm5-oud: criteria-past-3-months: ${field}`;
      throw new DomainError('VALIDATION', message, { 'criteria-past-3-months': field });
    }
    const score = counted.length;
    const band = bandFor(dsm5Oud.bands, score).id;
    const remission = remissionOf(counted, past3, valid['previously-met']);
    const specifiers = [
      ...(valid['maintenance-therapy'] === 'yes' ? ['on-maintenance-therapy'] : []),
      ...(valid['controlled-environment'] === 'yes' ? ['in-a-controlled-environment'] : []),
    ];
    return {
      score,
      band,
      flags: [],
      details: {
        metCriteria: met,
        countedCriteria: counted,
        excludedUnderMedicalSupervision: excluded,
        remission,
        specifiers,
        icd10cm: icd10cmOf(band, remission),
      },
    };
  },
};
