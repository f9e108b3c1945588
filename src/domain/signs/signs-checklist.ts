/**
 * Signs checklist for the public site: "is this opioid use?" for me or for someone I care about.
 * Pure rules; the instrument definition (texts, validation) is src/domain/instruments/signs-checklist.ts.
 *
 * Overdose first (REFERENCE.md §1.7, the opioid overdose triad: unresponsive, slow or absent breathing, pinpoint
 * pupils): three questions come before any sign, and a yes to any of them stops the checklist. The result is then
 * only the overdose flag: no count, no band of "signs", nothing that could delay a 911 call.
 *
 * The signs are the common warning signs of opioid misuse listed by public health sources (physical, emotional,
 * behavioural, other): NIDA "Prescription Opioids DrugFacts" and "Heroin DrugFacts"; SAMHSA "Opioid Overdose
 * Prevention Toolkit" (2018); MedlinePlus "Opioid Misuse and Addiction". They are not diagnostic criteria (the
 * DSM-5 checklist, REFERENCE.md §1.3, is a separate clinician instrument).
 *
 * CUT-POINTS ARE HAVEN'S OWN AND NOT VALIDATED: 0 signs -> none, 1-3 -> some-signs, 4 or more -> many-signs.
 * They only choose the wording of an educational result that always suggests talking to a professional; no
 * published study defines them. Never present a band as a diagnosis.
 */

export type SignCategory = 'physical' | 'emotional' | 'behavioural' | 'other';

export const OVERDOSE_ITEM_IDS = ['overdose-unresponsive', 'overdose-breathing', 'overdose-pupils'] as const;

/** The signs in display order, each with its group. */
export const SIGNS: readonly { id: string; category: SignCategory }[] = [
  { id: 'drowsiness', category: 'physical' },
  { id: 'small-pupils', category: 'physical' },
  { id: 'slow-breathing', category: 'physical' },
  { id: 'skin-colour', category: 'physical' },
  { id: 'appetite', category: 'physical' },
  { id: 'mood-swings', category: 'emotional' },
  { id: 'depression', category: 'emotional' },
  { id: 'agitation', category: 'emotional' },
  { id: 'energy-then-lethargy', category: 'behavioural' },
  { id: 'lost-interest', category: 'behavioural' },
  { id: 'secrecy', category: 'behavioural' },
  { id: 'withdrawing', category: 'behavioural' },
  { id: 'money-problems', category: 'other' },
  { id: 'borrowing-selling', category: 'other' },
  { id: 'lying-about-use', category: 'other' },
  { id: 'risky-behaviour', category: 'other' },
];

export const SIGN_CATEGORIES: readonly SignCategory[] = ['physical', 'emotional', 'behavioural', 'other'];

/** Haven's own, non-validated cut-points (see the file comment). Inclusive lower bounds. */
export const SOME_SIGNS_FROM = 1;
export const MANY_SIGNS_FROM = 4;

export type SignsBand = 'possible-overdose' | 'none' | 'some-signs' | 'many-signs';

export interface SignsResult {
  overdose: boolean;
  /** Number of signs present; null when the checklist stopped at an overdose question. */
  count: number | null;
  band: SignsBand;
  /** Ids of the signs answered yes, in display order. */
  present: string[];
}

type YesNo = 'yes' | 'no';

/**
 * Scores answers that were already validated (every asked item answered yes or no). An overdose yes wins over
 * everything else and the signs are not looked at.
 */
export function scoreSigns(answers: Readonly<Record<string, YesNo | undefined>>): SignsResult {
  if (OVERDOSE_ITEM_IDS.some((id) => answers[id] === 'yes')) {
    return { overdose: true, count: null, band: 'possible-overdose', present: [] };
  }
  const present = SIGNS.filter((sign) => answers[sign.id] === 'yes').map((sign) => sign.id);
  return { overdose: false, count: present.length, band: bandForCount(present.length), present };
}

export function bandForCount(count: number): Exclude<SignsBand, 'possible-overdose'> {
  if (count >= MANY_SIGNS_FROM) return 'many-signs';
  if (count >= SOME_SIGNS_FROM) return 'some-signs';
  return 'none';
}
