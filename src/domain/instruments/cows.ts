/**
 * COWS – Clinical Opiate Withdrawal Scale.
 * Source: REFERENCE.md §1.1 (verified against NCBI Bookshelf NBK64244, SAMHSA TIP; bands as in the NIDA CTN-0027
 * scoring code). Publication: Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS).
 * J Psychoactive Drugs 2003;35(2):253-259.
 * Clinician-rated, 11 items with sparse published point sets; total 0-48.
 * Bands: 5-12 mild, 13-24 moderate, 25-36 moderately severe, >36 severe; 0-4 is below the mild band (`none`).
 * The reference gives no flag rule; `severe-withdrawal` (severe band) asks for medical review (issue brief).
 * Not modelled here: the time of the rating and minutes since last opioid use (§1.1 says store them) belong to the
 * assessment record, not to the answers. Spanish text is a working translation, not a validated one.
 */
import { bandFor, sumItems } from './scoring.js';
import type { InstrumentDefinition, InstrumentOption, Localized } from './types.js';
import { validateAnswers } from './validate-answers.js';

function opt(value: number, en: string, es: string): InstrumentOption {
  return { value, label: { en, es } };
}

function item(id: string, text: Localized, options: InstrumentOption[]) {
  return { id, text, kind: 'scored' as const, options };
}

const items = [
  item(
    'resting-pulse',
    {
      en: 'Resting pulse rate (beats/minute), measured after the patient is sitting or lying for one minute',
      es: 'Pulso en reposo (latidos/minuto), medido tras un minuto sentado o acostado',
    },
    [
      opt(0, '80 or below', '80 o menos'),
      opt(1, '81–100', '81–100'),
      opt(2, '101–120', '101–120'),
      opt(4, 'Greater than 120', 'Más de 120'),
    ],
  ),
  item(
    'sweating',
    {
      en: 'Sweating over the past ½ hour, not accounted for by room temperature or patient activity',
      es: 'Sudoración en la última ½ hora, no explicada por la temperatura de la sala ni por la actividad',
    },
    [
      opt(0, 'No report of chills or flushing', 'Sin escalofríos ni rubor'),
      opt(1, 'Subjective report of chills or flushing', 'Refiere escalofríos o rubor'),
      opt(2, 'Flushed or observable moistness on face', 'Ruborizado o humedad visible en la cara'),
      opt(3, 'Beads of sweat on brow or face', 'Gotas de sudor en la frente o la cara'),
      opt(4, 'Sweat streaming off face', 'Sudor que corre por la cara'),
    ],
  ),
  item(
    'restlessness',
    { en: 'Restlessness, observed during assessment', es: 'Inquietud, observada durante la evaluación' },
    [
      opt(0, 'Able to sit still', 'Puede estar sentado quieto'),
      opt(1, 'Reports difficulty sitting still, but is able to do so', 'Refiere dificultad, pero puede'),
      opt(
        3,
        'Frequent shifting or extraneous movements of legs/arms',
        'Cambia de postura o mueve brazos/piernas a menudo',
      ),
      opt(5, 'Unable to sit still for more than a few seconds', 'No puede estar quieto más de unos segundos'),
    ],
  ),
  item('pupil-size', { en: 'Pupil size', es: 'Tamaño de las pupilas' }, [
    opt(
      0,
      'Pupils pinned or normal size for room light',
      'Pupilas puntiformes o normales para la luz de la sala',
    ),
    opt(1, 'Pupils possibly larger than normal for room light', 'Pupilas quizá más grandes de lo normal'),
    opt(2, 'Pupils moderately dilated', 'Pupilas moderadamente dilatadas'),
    opt(
      5,
      'Pupils so dilated that only the rim of the iris is visible',
      'Tan dilatadas que solo se ve el borde del iris',
    ),
  ]),
  item(
    'bone-joint-aches',
    {
      en: 'Bone or joint aches (score only the part attributable to opiate withdrawal)',
      es: 'Dolor de huesos o articulaciones (puntúe solo lo atribuible a la abstinencia)',
    },
    [
      opt(0, 'Not present', 'Ausente'),
      opt(1, 'Mild diffuse discomfort', 'Molestia difusa leve'),
      opt(
        2,
        'Reports severe diffuse aching of joints/muscles',
        'Refiere dolor difuso intenso de articulaciones/músculos',
      ),
      opt(
        4,
        'Rubbing joints or muscles and unable to sit still because of discomfort',
        'Se frota articulaciones o músculos y no puede estar quieto por la molestia',
      ),
    ],
  ),
  item(
    'runny-nose-tearing',
    {
      en: 'Runny nose or tearing, not accounted for by cold symptoms or allergies',
      es: 'Goteo nasal o lagrimeo, no explicado por resfriado ni alergias',
    },
    [
      opt(0, 'Not present', 'Ausente'),
      opt(1, 'Nasal stuffiness or unusually moist eyes', 'Congestión nasal u ojos inusualmente húmedos'),
      opt(2, 'Nose running or tearing', 'Goteo nasal o lagrimeo'),
      opt(
        4,
        'Nose constantly running or tears streaming down cheeks',
        'Goteo nasal constante o lágrimas que corren',
      ),
    ],
  ),
  item(
    'gi-upset',
    { en: 'GI upset over the last ½ hour', es: 'Malestar gastrointestinal en la última ½ hora' },
    [
      opt(0, 'No GI symptoms', 'Sin síntomas gastrointestinales'),
      opt(1, 'Stomach cramps', 'Cólicos estomacales'),
      opt(2, 'Nausea or loose stool', 'Náuseas o heces blandas'),
      opt(3, 'Vomiting or diarrhoea', 'Vómitos o diarrea'),
      opt(5, 'Multiple episodes of diarrhoea or vomiting', 'Varios episodios de diarrea o vómitos'),
    ],
  ),
  item(
    'tremor',
    { en: 'Tremor, observation of outstretched hands', es: 'Temblor, con las manos extendidas' },
    [
      opt(0, 'No tremor', 'Sin temblor'),
      opt(1, 'Tremor can be felt, but not observed', 'El temblor se siente, pero no se ve'),
      opt(2, 'Slight tremor observable', 'Temblor leve visible'),
      opt(4, 'Gross tremor or muscle twitching', 'Temblor grueso o sacudidas musculares'),
    ],
  ),
  item('yawning', { en: 'Yawning, observation during assessment', es: 'Bostezos durante la evaluación' }, [
    opt(0, 'No yawning', 'Sin bostezos'),
    opt(1, 'Yawning once or twice during assessment', 'Bosteza una o dos veces'),
    opt(2, 'Yawning three or more times during assessment', 'Bosteza tres o más veces'),
    opt(4, 'Yawning several times per minute', 'Bosteza varias veces por minuto'),
  ]),
  item('anxiety-irritability', { en: 'Anxiety or irritability', es: 'Ansiedad o irritabilidad' }, [
    opt(0, 'None', 'Ninguna'),
    opt(
      1,
      'Patient reports increasing irritability or anxiousness',
      'Refiere irritabilidad o ansiedad creciente',
    ),
    opt(2, 'Patient obviously irritable or anxious', 'Claramente irritable o ansioso'),
    opt(
      4,
      'Patient so irritable or anxious that participation in the assessment is difficult',
      'Tan irritable o ansioso que le cuesta participar en la evaluación',
    ),
  ]),
  item('gooseflesh', { en: 'Gooseflesh skin', es: 'Piel de gallina' }, [
    opt(0, 'Skin is smooth', 'Piel lisa'),
    opt(
      3,
      'Piloerection of skin can be felt or hairs standing up on arms',
      'Piloerección palpable o vello erizado',
    ),
    opt(5, 'Prominent piloerection', 'Piloerección marcada'),
  ]),
];

const itemIds = items.map((i) => i.id);

export const cows: InstrumentDefinition = {
  id: 'cows',
  version: '1.0.0',
  title: {
    en: 'Clinical Opiate Withdrawal Scale (COWS)',
    es: 'Escala Clínica de Abstinencia de Opiáceos (COWS)',
  },
  description: {
    en: 'Clinician-rated signs of opioid withdrawal; repeat serially during induction.',
    es: 'Signos de abstinencia de opioides valorados por el clínico; repetir en serie durante la inducción.',
  },
  items,
  scoreRange: { min: 0, max: 48 },
  bands: [
    {
      id: 'none',
      min: 0,
      max: 4,
      label: { en: 'Below mild', es: 'Por debajo de leve' },
      interpretation: {
        en: 'Score below the mild withdrawal band (5–12).',
        es: 'Puntuación por debajo de la banda de abstinencia leve (5–12).',
      },
    },
    {
      id: 'mild',
      min: 5,
      max: 12,
      label: { en: 'Mild', es: 'Leve' },
      interpretation: { en: 'Mild withdrawal.', es: 'Abstinencia leve.' },
    },
    {
      id: 'moderate',
      min: 13,
      max: 24,
      label: { en: 'Moderate', es: 'Moderada' },
      interpretation: { en: 'Moderate withdrawal.', es: 'Abstinencia moderada.' },
    },
    {
      id: 'moderately-severe',
      min: 25,
      max: 36,
      label: { en: 'Moderately severe', es: 'Moderadamente grave' },
      interpretation: { en: 'Moderately severe withdrawal.', es: 'Abstinencia moderadamente grave.' },
    },
    {
      id: 'severe',
      min: 37,
      max: 48,
      label: { en: 'Severe', es: 'Grave' },
      interpretation: { en: 'Severe withdrawal (more than 36).', es: 'Abstinencia grave (más de 36).' },
    },
  ],
  flags: [
    {
      id: 'severe-withdrawal',
      severity: 'critical',
      label: { en: 'Severe opioid withdrawal (COWS > 36)', es: 'Abstinencia grave de opioides (COWS > 36)' },
      nextSteps: {
        en: [
          'Medical review now by the prescriber or medical staff.',
          'Repeat the COWS serially and record the time and minutes since last opioid use with each rating.',
        ],
        es: [
          'Revisión médica inmediata por el prescriptor o el personal médico.',
          'Repetir la COWS en serie y registrar la hora y los minutos desde el último consumo de opioides.',
        ],
      },
    },
  ],
  // A missing item would understate withdrawal and could move the total below a band or dose-decision cut point.
  allowsPartial: false,
  citation:
    'Wesson DR, Ling W. The Clinical Opiate Withdrawal Scale (COWS). J Psychoactive Drugs 2003;35(2):253-259; ' +
    'form as reproduced in SAMHSA TIP (NCBI Bookshelf NBK64244).',
  licence:
    'Journal article © Taylor & Francis; form reproduced freely by NIDA and SAMHSA – free clinical use with ' +
    'attribution (licence unverified, REFERENCE.md §1.1).',
  score(answers) {
    const valid = validateAnswers(cows, answers);
    const score = sumItems(valid, itemIds);
    const band = bandFor(cows.bands, score);
    return { score, band: band.id, flags: band.id === 'severe' ? ['severe-withdrawal'] : [] };
  },
};
