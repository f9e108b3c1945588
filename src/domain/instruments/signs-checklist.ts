/**
 * Signs checklist (public site, anonymous): possible signs of opioid misuse, for oneself or someone cared about.
 * Haven's own educational checklist, NOT a validated screening instrument and never a diagnosis.
 * Rules and sources: src/domain/signs/signs-checklist.ts (overdose triad from REFERENCE.md §1.7; signs from
 * NIDA DrugFacts, SAMHSA Opioid Overdose Prevention Toolkit 2018, MedlinePlus "Opioid Misuse and Addiction").
 *
 * Overdose first, as skip logic in data: question 2 is asked only when question 1 is "no", question 3 only when
 * question 2 is "no", and the signs only when question 3 is "no". So a yes to any overdose question stops the
 * checklist: the result is band `possible-overdose`, score null and exactly the flag `overdose`.
 * Otherwise score = number of signs answered yes (0-16) with Haven's own, non-validated cut-points:
 * 0 none, 1-3 some-signs, 4-16 many-signs. The bands carry no score bounds in the definition (`min`/`max` null,
 * `scoreRange` null) because a stopped checklist has no score; the cut-points live in the domain module.
 * Texts are written for the public (plain language, grade 6-8), not for clinicians. Spanish is Haven's own.
 */
import {
  MANY_SIGNS_FROM,
  OVERDOSE_ITEM_IDS,
  SIGNS,
  SOME_SIGNS_FROM,
  scoreSigns,
} from '../signs/signs-checklist.js';
import type {
  AskedWhen,
  InstrumentDefinition,
  InstrumentItem,
  InstrumentOption,
  Localized,
} from './types.js';
import { validateAnswers } from './validate-answers.js';

const YES: InstrumentOption = { value: 'yes', label: { en: 'Yes', es: 'Sí' } };
const NO: InstrumentOption = { value: 'no', label: { en: 'No', es: 'No' } };

const LAST_OVERDOSE_ITEM = OVERDOSE_ITEM_IDS[OVERDOSE_ITEM_IDS.length - 1]!;
const afterNo = (id: string): AskedWhen => ({ anyOf: [id], answerIn: ['no'] });

const OVERDOSE_TEXT: Record<(typeof OVERDOSE_ITEM_IDS)[number], Localized> = {
  'overdose-unresponsive': {
    en: 'Is anyone unresponsive, or can’t be woken up?',
    es: '¿Hay alguien que no responde o que no se puede despertar?',
  },
  'overdose-breathing': {
    en: 'Is anyone breathing very slowly, or not breathing at all?',
    es: '¿Hay alguien que respira muy lento o que no respira?',
  },
  'overdose-pupils': {
    en: 'Does anyone have tiny (pinpoint) pupils and is extremely drowsy?',
    es: '¿Hay alguien con las pupilas muy pequeñas (como la punta de un alfiler) y con mucho sueño?',
  },
};

const SIGN_TEXT: Record<string, Localized> = {
  drowsiness: { en: 'Extreme drowsiness or “nodding off”', es: 'Mucho sueño o cabecear (quedarse dormido)' },
  'small-pupils': { en: 'Very small (constricted) pupils', es: 'Pupilas muy pequeñas (contraídas)' },
  'slow-breathing': { en: 'Slowed breathing', es: 'Respiración más lenta de lo normal' },
  'skin-colour': { en: 'Pale or flushed skin', es: 'Piel pálida o enrojecida' },
  appetite: { en: 'Eating less than usual', es: 'Menos apetito que de costumbre' },
  'mood-swings': { en: 'Mood swings', es: 'Cambios bruscos de humor' },
  depression: { en: 'Feeling down or depressed', es: 'Tristeza o depresión' },
  agitation: { en: 'Being agitated, restless or easily upset', es: 'Agitación, inquietud o enojo fácil' },
  'energy-then-lethargy': {
    en: 'Bursts of energy, then long periods of low energy',
    es: 'Ratos de mucha energía y después mucho cansancio',
  },
  'lost-interest': {
    en: 'Losing interest in things once enjoyed',
    es: 'Perder el interés en cosas que antes disfrutaba',
  },
  secrecy: { en: 'Being secretive', es: 'Guardar secretos o esconder cosas' },
  withdrawing: {
    en: 'Pulling away from family and friends',
    es: 'Alejarse de la familia y los amigos',
  },
  'money-problems': {
    en: 'Money problems that are hard to explain',
    es: 'Problemas de dinero difíciles de explicar',
  },
  'borrowing-selling': {
    en: 'Borrowing money, or selling things',
    es: 'Pedir dinero prestado o vender cosas',
  },
  'lying-about-use': { en: 'Lying about drug use', es: 'Mentir sobre el uso de drogas' },
  'risky-behaviour': {
    en: 'Risky behavior, such as sharing needles',
    es: 'Conductas de riesgo, como compartir agujas',
  },
};

const overdoseItems: InstrumentItem[] = OVERDOSE_ITEM_IDS.map((id, index) => ({
  id,
  kind: 'yesno',
  text: OVERDOSE_TEXT[id],
  options: [YES, NO],
  ...(index > 0 ? { askedWhen: afterNo(OVERDOSE_ITEM_IDS[index - 1]!) } : {}),
}));

const signItems: InstrumentItem[] = SIGNS.map((sign) => ({
  id: sign.id,
  kind: 'yesno',
  text: SIGN_TEXT[sign.id]!,
  options: [YES, NO],
  askedWhen: afterNo(LAST_OVERDOSE_ITEM),
}));

const maxSigns = SIGNS.length;

export const signsChecklist: InstrumentDefinition = {
  id: 'signs-checklist',
  version: '1.0.0',
  title: { en: 'Signs of opioid misuse checklist', es: 'Lista de señales de mal uso de opioides' },
  description: {
    en:
      'An educational checklist, not a diagnosis. Three overdose questions come first; a yes to any of them ' +
      'stops the checklist. Otherwise, the number of signs noticed.',
    es:
      'Una lista educativa, no un diagnóstico. Primero hay tres preguntas sobre sobredosis; un sí a cualquiera ' +
      'detiene la lista. Si no, cuenta cuántas señales se han notado.',
  },
  items: [...overdoseItems, ...signItems],
  scoreRange: null,
  bands: [
    {
      id: 'possible-overdose',
      min: null,
      max: null,
      label: { en: 'Possible overdose', es: 'Posible sobredosis' },
      interpretation: {
        en: 'This may be an overdose. Call 911 now and follow the emergency steps.',
        es: 'Puede ser una sobredosis. Llame al 911 ahora y siga los pasos de emergencia.',
      },
    },
    {
      id: 'none',
      min: null,
      max: null,
      label: { en: 'No signs checked', es: 'Ninguna señal marcada' },
      interpretation: {
        en:
          'You did not check any of these signs. That is good to hear. If you are still worried, trust that ' +
          'feeling and talk with someone you trust or a health professional.',
        es:
          'No marcó ninguna de estas señales. Es una buena noticia. Si aún le preocupa, confíe en lo que siente ' +
          'y hable con alguien de confianza o con un profesional de la salud.',
      },
    },
    {
      id: 'some-signs',
      min: null,
      max: null,
      label: {
        en: `Some signs (${SOME_SIGNS_FROM} to ${MANY_SIGNS_FROM - 1})`,
        es: `Algunas señales (de ${SOME_SIGNS_FROM} a ${MANY_SIGNS_FROM - 1})`,
      },
      interpretation: {
        en:
          'A few of these signs can have many causes, such as stress, sleep problems or another illness. ' +
          'They can also be early signs of opioid misuse. A talk with a doctor or counselor can help you find out.',
        es:
          'Unas pocas señales pueden tener muchas causas, como estrés, problemas de sueño u otra enfermedad. ' +
          'También pueden ser señales tempranas de mal uso de opioides. Hablar con un médico o consejero puede ayudar.',
      },
    },
    {
      id: 'many-signs',
      min: null,
      max: null,
      label: {
        en: `Many signs (${MANY_SIGNS_FROM} or more)`,
        es: `Muchas señales (${MANY_SIGNS_FROM} o más)`,
      },
      interpretation: {
        en:
          'Several of these signs together can mean that opioids are causing harm. Only a professional can say ' +
          'for sure. Treatment works, and it is worth reaching out soon.',
        es:
          'Varias de estas señales juntas pueden indicar que los opioides están causando daño. Solo un profesional ' +
          'puede saberlo con seguridad. El tratamiento funciona y vale la pena buscar ayuda pronto.',
      },
    },
  ],
  flags: [
    {
      id: 'overdose',
      severity: 'critical',
      label: { en: 'Possible opioid overdose', es: 'Posible sobredosis de opioides' },
      // REFERENCE.md §1.7, SAMHSA Opioid Overdose Prevention Toolkit order (paraphrased).
      nextSteps: {
        en: [
          'Call 911.',
          'Give naloxone (Narcan) if you have it. If there is no response in 2 to 3 minutes, give another dose.',
          'Support breathing: give rescue breaths, 1 breath every 5 seconds.',
          'If they are breathing, roll them onto their side (recovery position).',
          'Stay with them until help arrives. Naloxone can wear off before the opioid does.',
        ],
        es: [
          'Llame al 911.',
          'Dé naloxona (Narcan) si la tiene. Si no responde en 2 o 3 minutos, dé otra dosis.',
          'Ayude a respirar: dé respiración de rescate, 1 respiración cada 5 segundos.',
          'Si respira, póngala de lado (posición de recuperación).',
          'Quédese con la persona hasta que llegue la ayuda. La naloxona puede dejar de actuar antes que el opioide.',
        ],
      },
    },
  ],
  // An overdose question left unanswered could hide an emergency; the signs are all asked once it is ruled out.
  allowsPartial: false,
  citation:
    'Haven signs checklist (own, not validated). Overdose signs: SAMHSA Opioid Overdose Prevention Toolkit (2018); ' +
    'warning signs: NIDA DrugFacts (heroin, prescription opioids); MedlinePlus "Opioid Misuse and Addiction". ' +
    `Cut-points (0 / 1-${MANY_SIGNS_FROM - 1} / ${MANY_SIGNS_FROM}-${maxSigns}) are Haven's own.`,
  licence: 'Haven, AGPL-3.0-or-later (own text).',
  score(answers) {
    const valid = validateAnswers(signsChecklist, answers) as Readonly<Record<string, 'yes' | 'no'>>;
    const result = scoreSigns(valid);
    if (result.overdose) return { score: null, band: result.band, flags: ['overdose'] };
    return { score: result.count, band: result.band, flags: [], details: { present: result.present } };
  },
};
