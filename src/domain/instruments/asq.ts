/**
 * ASQ – Ask Suicide-Screening Questions (NIMH). Haven's default suicide-risk screen.
 * Source: REFERENCE.md §1.6a (items and result logic verified against the NIMH ASQ toolkit). Publication:
 * Horowitz LM, Bridge JA, Teach SJ, et al. Ask Suicide-Screening Questions (ASQ): a brief instrument for the
 * pediatric emergency department. Arch Pediatr Adolesc Med 2012;166(12):1170-1176; NIMH ASQ toolkit
 * (nimh.nih.gov/asq), US government work.
 * Rules: items 1-4 all "no" -> negative (clinical judgement may still override). Any of 1-4 "yes" or declined ->
 * positive, and item 5 is asked: "yes" -> acute positive (imminent risk), "no" -> non-acute positive (potential
 * risk). No total score. Every positive screen gets the resource list with the 988 Lifeline.
 * A refusal is recorded as the explicit answer 'declined' (never inferred from a missing answer). The reference
 * is silent on a refusal of item 5, so item 5 accepts only yes/no: the clinician must resolve it.
 * Item 4's follow-up ("how and when", free text) belongs in the assessment note, not in the scored answers.
 * Spanish text is a working translation, not the validated Spanish ASQ (Rodante et al. 2023) – replace before use.
 */
import { yesItems } from './scoring.js';
import type { AskedWhen, InstrumentDefinition, InstrumentItem, InstrumentOption } from './types.js';
import { isAsked, validateAnswers } from './validate-answers.js';

const YES: InstrumentOption = { value: 'yes', label: { en: 'Yes', es: 'Sí' } };
const NO: InstrumentOption = { value: 'no', label: { en: 'No', es: 'No' } };
const DECLINED: InstrumentOption = {
  value: 'declined',
  label: { en: 'Declined to answer', es: 'Prefirió no responder' },
};

const screenIds = ['q1', 'q2', 'q3', 'q4'];

function screenItem(id: string, en: string, es: string): InstrumentItem {
  return { id, text: { en, es }, kind: 'yesno', options: [YES, NO, DECLINED] };
}

/** Any of 1-4 "yes" or declined: positive, and question 5 is asked. */
const POSITIVE: AskedWhen = { anyOf: screenIds, answerIn: ['yes', 'declined'] };

const RESOURCES = {
  en: 'Give the resource list, including the 988 Suicide & Crisis Lifeline: call or text 988.',
  es: 'Entregar la lista de recursos, incluida la Línea 988 de Prevención del Suicidio y Crisis: llamar o enviar un mensaje de texto al 988.',
};

export const asq: InstrumentDefinition = {
  id: 'asq',
  version: '1.0.0',
  title: {
    en: 'Ask Suicide-Screening Questions (ASQ)',
    es: 'Preguntas de Detección del Riesgo de Suicidio (ASQ)',
  },
  description: {
    en: 'Brief suicide-risk screen. Questions 1–4 for everyone; question 5 only when any of 1–4 is yes or declined.',
    es: 'Tamizaje breve del riesgo de suicidio. Preguntas 1–4 para todos; la 5 solo si alguna de 1–4 es sí o no respondida.',
  },
  items: [
    screenItem(
      'q1',
      'In the past few weeks, have you wished you were dead?',
      'En las últimas semanas, ¿ha deseado estar muerto(a)?',
    ),
    screenItem(
      'q2',
      'In the past few weeks, have you felt that you or your family would be better off if you were dead?',
      'En las últimas semanas, ¿ha sentido que usted o su familia estarían mejor si usted estuviera muerto(a)?',
    ),
    screenItem(
      'q3',
      'In the past week, have you been having thoughts about killing yourself?',
      'En la última semana, ¿ha tenido pensamientos de quitarse la vida?',
    ),
    screenItem('q4', 'Have you ever tried to kill yourself?', '¿Alguna vez ha intentado quitarse la vida?'),
    {
      id: 'q5',
      kind: 'yesno',
      text: {
        en: 'Are you having thoughts of killing yourself right now?',
        es: '¿Tiene pensamientos de quitarse la vida en este momento?',
      },
      options: [YES, NO],
      askedWhen: POSITIVE,
    },
  ],
  scoreRange: null,
  bands: [
    {
      id: 'negative',
      min: null,
      max: null,
      label: { en: 'Negative screen', es: 'Tamizaje negativo' },
      interpretation: {
        en: 'No to questions 1–4. Clinical judgement may still override.',
        es: 'No a las preguntas 1–4. El juicio clínico puede prevalecer.',
      },
    },
    {
      id: 'non-acute-positive',
      min: null,
      max: null,
      label: { en: 'Non-acute positive: potential risk', es: 'Positivo no agudo: riesgo potencial' },
      interpretation: {
        en: 'Yes or declined on questions 1–4 and no to question 5. Brief suicide safety assessment before the patient leaves.',
        es: 'Sí o sin respuesta en 1–4 y no en la 5. Evaluación breve de seguridad antes de que el paciente se vaya.',
      },
    },
    {
      id: 'acute-positive',
      min: null,
      max: null,
      label: { en: 'Acute positive: imminent risk', es: 'Positivo agudo: riesgo inminente' },
      interpretation: {
        en: 'Yes to question 5. Stat safety and full mental-health evaluation; the patient may not leave until evaluated.',
        es: 'Sí a la pregunta 5. Evaluación de seguridad y de salud mental completa inmediata; el paciente no puede irse hasta ser evaluado.',
      },
    },
  ],
  flags: [
    {
      id: 'asq-positive',
      severity: 'critical',
      label: {
        en: 'Positive suicide-risk screen (ASQ)',
        es: 'Tamizaje de riesgo de suicidio positivo (ASQ)',
      },
      nextSteps: {
        en: [
          'Brief suicide safety assessment (BSSA) before the patient leaves.',
          'Alert the responsible clinician.',
          'Make or review a safety plan with the patient.',
          RESOURCES.en,
        ],
        es: [
          'Evaluación breve de seguridad ante el suicidio (BSSA) antes de que el paciente se vaya.',
          'Avisar al clínico responsable.',
          'Elaborar o revisar un plan de seguridad con el paciente.',
          RESOURCES.es,
        ],
      },
    },
    {
      id: 'asq-acute',
      severity: 'critical',
      label: {
        en: 'Imminent suicide risk (ASQ acute positive)',
        es: 'Riesgo inminente de suicidio (ASQ positivo agudo)',
      },
      nextSteps: {
        en: [
          'Do not leave the patient alone: keep the patient in sight.',
          'Stat safety and full mental-health evaluation; the patient may not leave until evaluated.',
          'Remove dangerous objects from the room.',
          'Alert the responsible clinician now.',
          RESOURCES.en,
        ],
        es: [
          'No dejar solo al paciente: mantenerlo a la vista.',
          'Evaluación de seguridad y de salud mental completa inmediata; el paciente no puede irse hasta ser evaluado.',
          'Retirar de la sala los objetos peligrosos.',
          'Avisar ahora al clínico responsable.',
          RESOURCES.es,
        ],
      },
    },
  ],
  // A suicide screen is never scored from a subset: an unanswered question must be asked or recorded as declined.
  allowsPartial: false,
  citation:
    'Horowitz LM, Bridge JA, Teach SJ, et al. Ask Suicide-Screening Questions (ASQ): a brief instrument for the ' +
    'pediatric emergency department. Arch Pediatr Adolesc Med 2012;166(12):1170-1176; NIMH ASQ toolkit.',
  licence: 'NIMH toolkit, US government work: free to use (REFERENCE.md §1.6a).',
  score(answers) {
    const valid = validateAnswers(asq, answers);
    const details = {
      yesItems: yesItems(valid, screenIds),
      declinedItems: screenIds.filter((id) => valid[id] === 'declined'),
    };
    if (!isAsked(POSITIVE, valid)) return { score: null, band: 'negative', flags: [], details };
    if (valid.q5 === 'yes') {
      return { score: null, band: 'acute-positive', flags: ['asq-positive', 'asq-acute'], details };
    }
    return { score: null, band: 'non-acute-positive', flags: ['asq-positive'], details };
  },
};
