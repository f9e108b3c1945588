/**
 * ASAM level-of-care decision support, 3rd edition dimensions.
 *
 * SIMPLIFIED, NOT ASAM-ENDORSED; DECISION SUPPORT ONLY. The rules are REFERENCE.md section 2.2 ("Simplified,
 * implementable recommendation rules"), evaluated in order; the first match sets the minimum recommended
 * level. ASAM's official decision logic is proprietary (CONTINUUM/CO-Triage) and is not reproduced here.
 * The clinician confirms or overrides, with a reason when they differ.
 *
 * Where the table reads "= 3" for a rule that must also hold for a higher rating, this implementation reads
 * "at least 3" so a worse rating never yields a less intensive level (noted at each rule):
 *  - R4 "3.5 (3.1 if D5 <= 2)": D5 >= 3 is the rule's own condition, so the 3.1 branch never applies; 3.5.
 *  - R7 "D5 = 3" read as D5 >= 3 (D5 = 4 would otherwise fall to level 1).
 *  - R8 "any dimension = 2" read as >= 2 for dimensions no earlier rule placed (e.g. D4 = 3 alone -> 2.1;
 *    the reference notes readiness alone should not escalate to residential, and 2.1 is not residential).
 */

export type Rating = 0 | 1 | 2 | 3 | 4;

export interface AsamRatings {
  /** Acute intoxication and/or withdrawal potential */
  d1: Rating;
  /** Biomedical conditions and complications */
  d2: Rating;
  /** Emotional, behavioural or cognitive conditions and complications */
  d3: Rating;
  /** Readiness to change */
  d4: Rating;
  /** Relapse, continued use or continued problem potential */
  d5: Rating;
  /** Recovery/living environment */
  d6: Rating;
}

export interface RecommendInput extends AsamRatings {
  /** A substance use disorder diagnosis is established (e.g. DSM-5 OUD met). */
  hasDiagnosis: boolean;
  /** Moderate or severe OUD and the patient accepts medication (rule X). Optional. */
  acceptsMoud?: boolean;
}

export const ASAM_LEVELS = [
  '0.5',
  '1',
  '2.1',
  '2.5',
  '3.1',
  '3.5',
  '3.7',
  '4',
  '2-WM',
  '3.2-WM',
  '3.7-WM',
  '4-WM',
] as const;
export type AsamLevel = (typeof ASAM_LEVELS)[number];

export type AsamRule = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9';

/** Relative intensity, withdrawal-management levels beside their residential or outpatient peers. */
export const LEVEL_INTENSITY: Record<AsamLevel, number> = {
  '0.5': 0,
  '1': 1,
  '2.1': 2,
  '2-WM': 2,
  '2.5': 3,
  '3.1': 4,
  '3.2-WM': 4,
  '3.5': 5,
  '3.7': 6,
  '3.7-WM': 6,
  '4': 7,
  '4-WM': 7,
};

export interface Recommendation {
  level: AsamLevel;
  rule: AsamRule;
  reasons: string[];
  /** Services added at any level (rule X). */
  concurrentServices: string[];
  /**
   * Later rules that also match with a more intensive level. The table is first-match, so a withdrawal
   * rule (R6) can come before a more intensive psychosocial one (R7): the clinician should see both.
   */
  alsoConsider: { rule: AsamRule; level: AsamLevel }[];
}

const DIMENSIONS = ['d1', 'd2', 'd3', 'd4', 'd5', 'd6'] as const;

interface Match {
  level: AsamLevel;
  rule: AsamRule;
  reasons: string[];
}
type Rule = (r: RecommendInput) => Match | null;

/** REFERENCE.md 2.2, in table order. */
const RULES: Rule[] = [
  ({ d1, d2, d3, ...rest }) => {
    if (d1 !== 4 && d2 !== 4 && d3 !== 4) return null;
    const which = (['d1', 'd2', 'd3'] as const).filter((d) => ({ d1, d2, d3, ...rest })[d] === 4);
    return {
      level: d1 === 4 ? '4-WM' : '4',
      rule: 'R1',
      reasons: [
        `Imminent danger in ${which.join(', ').toUpperCase()} (rated 4): medically managed inpatient / emergency referral.`,
      ],
    };
  },
  ({ d1, d2 }) =>
    d1 === 3
      ? {
          level: d2 >= 3 ? '4-WM' : '3.7-WM',
          rule: 'R2',
          reasons: [`D1 withdrawal potential rated 3${d2 >= 3 ? ' with D2 biomedical rated 3' : ''}.`],
        }
      : null,
  ({ d2, d3 }) =>
    d2 === 3 || d3 === 3
      ? {
          level: '3.7',
          rule: 'R3',
          reasons: [`${d2 === 3 ? 'D2 biomedical' : 'D3 emotional/behavioural'} rated 3.`],
        }
      : null,
  ({ d5, d6 }) =>
    d5 >= 3 && d6 >= 3
      ? {
          level: '3.5',
          rule: 'R4',
          reasons: [`D5 relapse potential rated ${d5} and D6 environment rated ${d6}.`],
        }
      : null,
  ({ d6 }) =>
    d6 === 4
      ? {
          level: '3.1',
          rule: 'R5',
          reasons: ['D6 recovery environment rated 4 (unsafe); refer to recovery housing.'],
        }
      : null,
  ({ d1, d6 }) =>
    d1 === 2
      ? {
          level: d6 >= 3 ? '3.2-WM' : '2-WM',
          rule: 'R6',
          reasons: [
            `D1 withdrawal potential rated 2${d6 >= 3 ? ' with D6 environment rated 3 or more' : ''}.`,
          ],
        }
      : null,
  ({ d3, d4, d5, d6 }) => {
    const twos = [d3, d4, d5, d6].filter((v) => v === 2).length;
    if (twos < 2 && d5 < 3) return null;
    const partial = d3 === 2 && d5 >= 3;
    return {
      level: partial ? '2.5' : '2.1',
      rule: 'R7',
      reasons: [
        d5 >= 3 ? `D5 relapse potential rated ${d5}.` : `${twos} of D3-D6 rated 2.`,
        ...(partial ? ['D3 rated 2 with D5 rated 3 or more: partial hospitalisation.'] : []),
      ],
    };
  },
  (r) => {
    const elevated = DIMENSIONS.filter((d) => r[d] >= 2);
    if (elevated.length === 0) return null;
    return {
      level: '2.1',
      rule: 'R8',
      reasons: [
        `${elevated.join(', ').toUpperCase()} rated 2 or more.`,
        ...(r.d4 >= 2
          ? ['Low readiness: pair with motivational interventions rather than escalating placement.']
          : []),
      ],
    };
  },
  (r) =>
    r.hasDiagnosis
      ? { level: '1', rule: 'R9', reasons: ['All dimensions rated 1 or less, with a diagnosis: outpatient.'] }
      : {
          level: '0.5',
          rule: 'R9',
          reasons: ['No diagnosis established: early intervention and assessment.'],
        },
];

export function recommendLevelOfCare(input: RecommendInput): Recommendation {
  for (const d of DIMENSIONS) {
    const v = input[d];
    if (!Number.isInteger(v) || v < 0 || v > 4)
      throw new RangeError(`${d} must be a whole number from 0 to 4.`);
  }
  const matches = RULES.map((rule) => rule(input)).filter((m): m is Match => m !== null);
  const first = matches[0]!;
  const alsoConsider = matches
    .slice(1)
    .filter((m) => LEVEL_INTENSITY[m.level] > LEVEL_INTENSITY[first.level])
    .map(({ rule, level }) => ({ rule, level }));
  const concurrentServices = input.acceptsMoud ? ['OTP or office-based MOUD (rule X)'] : [];
  return {
    level: first.level,
    rule: first.rule,
    reasons: [
      ...first.reasons,
      ...alsoConsider.map((m) => `Also matches ${m.rule} (${m.level}): consider the more intensive level.`),
      ...(concurrentServices.length ? ['Moderate/severe OUD and accepts MOUD: add MOUD.'] : []),
    ],
    concurrentServices,
    alsoConsider,
  };
}
