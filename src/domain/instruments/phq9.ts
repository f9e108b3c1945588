/**
 * PHQ-9 – Patient Health Questionnaire, depression module.
 * Source: REFERENCE.md §1.2 (items, answer codes and LOINC verified; bands per Kroenke 2001) and §8 (codes).
 * Publication: Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure.
 * J Gen Intern Med 2001;16(9):606-613. Item wording as published by Pfizer (free to reproduce).
 * Rules: total 0-27; 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe; >= 10 is a
 * positive screen. Item 9 >= 1 flags `suicide-risk` for a same-day suicide-risk assessment independent of the
 * total; the alert is never auto-closed. Haven's built-in suicide screen is the ASQ (§1.6a); C-SSRS only where
 * licensed (§1.6). Safety planning in the next steps follows the NIMH ASQ toolkit pathway (Brief Suicide Safety
 * Assessment guide, nimh.nih.gov/asq) – the reference does not spell it out for PHQ-9.
 * The functional-difficulty question (LOINC 69722-7) is recorded but not scored.
 */
import { difficultyItem, FREQUENCY_STEM, frequencyItem, severityBand } from './frequency-scale.js';
import { bandFor, sumItems } from './scoring.js';
import type { FlagDefinition, InstrumentDefinition } from './types.js';
import { validateAnswers } from './validate-answers.js';

const scoredItems = [
  frequencyItem(
    'q1',
    'Little interest or pleasure in doing things',
    'Poco interés o placer en hacer las cosas',
  ),
  frequencyItem(
    'q2',
    'Feeling down, depressed, or hopeless',
    'Sentirse decaído(a), deprimido(a) o sin esperanza',
  ),
  frequencyItem(
    'q3',
    'Trouble falling or staying asleep, or sleeping too much',
    'Dificultad para dormirse o permanecer dormido(a), o dormir demasiado',
  ),
  frequencyItem('q4', 'Feeling tired or having little energy', 'Sentirse cansado(a) o con poca energía'),
  frequencyItem('q5', 'Poor appetite or overeating', 'Poco apetito o comer en exceso'),
  frequencyItem(
    'q6',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Sentirse mal consigo mismo(a), o sentir que es un fracaso o que ha quedado mal con usted mismo(a) o con su familia',
  ),
  frequencyItem(
    'q7',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Dificultad para concentrarse en cosas como leer el periódico o ver la televisión',
  ),
  frequencyItem(
    'q8',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or ' +
      'restless that you have been moving around a lot more than usual',
    '¿Moverse o hablar tan despacio que otras personas lo podrían haber notado? O lo contrario: estar tan ' +
      'inquieto(a) o agitado(a) que se ha estado moviendo mucho más de lo normal',
  ),
  frequencyItem(
    'q9',
    'Thoughts that you would be better off dead, or of hurting yourself in some way',
    'Pensamientos de que estaría mejor muerto(a) o de hacerse daño de alguna manera',
  ),
];
const scoredIds = scoredItems.map((i) => i.id);

const SUICIDE_RISK_FLAG: FlagDefinition = {
  id: 'suicide-risk',
  severity: 'critical',
  label: {
    en: 'Suicide risk: PHQ-9 item 9 answered above "Not at all"',
    es: 'Riesgo de suicidio: ítem 9 del PHQ-9 por encima de "Ningún día"',
  },
  nextSteps: {
    en: [
      'Same-day suicide-risk assessment by a clinician, whatever the PHQ-9 total.',
      'Administer the ASQ if it has not been done today (C-SSRS only where the programme holds a licence).',
      'If the ASQ is positive: brief suicide safety assessment before the patient leaves; if acute, do not leave the patient alone.',
      'Make or review a safety plan with the patient.',
      'Give the 988 Suicide & Crisis Lifeline: call or text 988.',
      'Do not auto-close this alert: a clinician closes it after the assessment.',
    ],
    es: [
      'Evaluación del riesgo de suicidio por un clínico el mismo día, sea cual sea el total del PHQ-9.',
      'Aplicar el ASQ si no se ha hecho hoy (C-SSRS solo si el programa tiene licencia).',
      'Si el ASQ es positivo: evaluación breve de seguridad ante el suicidio antes de que el paciente se vaya; si es agudo, no dejar solo al paciente.',
      'Elaborar o revisar un plan de seguridad con el paciente.',
      'Dar la Línea 988 de Prevención del Suicidio y Crisis: llamar o enviar un mensaje de texto al 988.',
      'No cerrar esta alerta automáticamente: la cierra un clínico tras la evaluación.',
    ],
  },
};

export const phq9: InstrumentDefinition = {
  id: 'phq9',
  version: '1.0.0',
  title: {
    en: 'Patient Health Questionnaire (PHQ-9)',
    es: 'Cuestionario sobre la Salud del Paciente (PHQ-9)',
  },
  description: FREQUENCY_STEM,
  items: [...scoredItems, difficultyItem()],
  scoreRange: { min: 0, max: 27 },
  bands: [
    severityBand('minimal', 0, 4, 'Minimal', 'Mínimos'),
    severityBand('mild', 5, 9, 'Mild', 'Leves'),
    severityBand('moderate', 10, 14, 'Moderate', 'Moderados'),
    severityBand('moderately-severe', 15, 19, 'Moderately severe', 'Moderadamente graves'),
    severityBand('severe', 20, 27, 'Severe', 'Graves'),
  ],
  flags: [
    SUICIDE_RISK_FLAG,
    {
      id: 'phq9-positive',
      severity: 'warning',
      label: {
        en: 'Positive depression screen (PHQ-9 ≥ 10)',
        es: 'Tamizaje de depresión positivo (PHQ-9 ≥ 10)',
      },
      nextSteps: {
        en: [
          'Clinician review: a positive screen is not a diagnosis; assess for major depression and treatment.',
        ],
        es: [
          'Revisión clínica: un tamizaje positivo no es un diagnóstico; evaluar depresión mayor y tratamiento.',
        ],
      },
    },
  ],
  // The reference gives no rule for missing items; counting one as 0 could hide item 9 or lower the band.
  allowsPartial: false,
  citation:
    'Kroenke K, Spitzer RL, Williams JBW. The PHQ-9: validity of a brief depression severity measure. ' +
    'J Gen Intern Med 2001;16(9):606-613.',
  licence:
    'PHQ © Pfizer; no permission required to reproduce, translate, display or distribute (REFERENCE.md §1.2).',
  loinc: {
    panel: '44249-1',
    total: '44261-6',
    items: {
      q1: '44250-9',
      q2: '44255-8',
      q3: '44259-0',
      q4: '44254-1',
      q5: '44251-7',
      q6: '44258-2',
      q7: '44252-5',
      q8: '44253-3',
      q9: '44260-8',
      difficulty: '69722-7',
    },
  },
  score(answers) {
    const valid = validateAnswers(phq9, answers);
    const score = sumItems(valid, scoredIds);
    const flags: string[] = [];
    // Item 9 rule: independent of the total.
    if ((valid.q9 as number) >= 1) flags.push(SUICIDE_RISK_FLAG.id);
    if (score >= 10) flags.push('phq9-positive');
    return {
      score,
      band: bandFor(phq9.bands, score).id,
      flags,
      details: { item9: valid.q9, difficulty: valid.difficulty ?? null },
    };
  },
};
