import { describe, expect, it } from 'vitest';
import { answersWithTotal, expectRejected } from './answer-fixtures.js';
import { phq9 } from './phq9.js';

const allZero = { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 0 };

describe('PHQ-9', () => {
  it('has 9 scored items 0-3 plus the unscored, optional difficulty question, with verified LOINC codes', () => {
    expect(phq9.items.map((i) => i.id)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      'difficulty',
    ]);
    for (const item of phq9.items.slice(0, 9)) {
      expect(item.kind).toBe('scored');
      expect(item.options.map((o) => [o.value, o.loinc])).toEqual([
        [0, 'LA6568-5'],
        [1, 'LA6569-3'],
        [2, 'LA6570-1'],
        [3, 'LA6571-9'],
      ]);
    }
    const difficulty = phq9.items[9]!;
    expect(difficulty).toMatchObject({ kind: 'info', optional: true });
    expect(phq9.loinc).toMatchObject({ panel: '44249-1', total: '44261-6' });
    expect(phq9.loinc?.items).toMatchObject({ q1: '44250-9', q9: '44260-8', difficulty: '69722-7' });
  });

  // Kroenke 2001 bands (REFERENCE.md §1.2), walked on both sides of each cut point with item 9 kept at 0.
  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'moderately-severe'],
    [19, 'moderately-severe'],
    [20, 'severe'],
    [24, 'severe'],
  ])('total %i is band %s', (total, band) => {
    const result = phq9.score(answersWithTotal(phq9, total, { q9: 0 }));
    expect(result.score).toBe(total);
    expect(result.band).toBe(band);
    expect(result.flags).not.toContain('suicide-risk');
  });

  it('scores the maximum 27 as severe', () => {
    const result = phq9.score(answersWithTotal(phq9, 27));
    expect(result).toMatchObject({ score: 27, band: 'severe' });
  });

  it('flags a positive screen from 10, not at 9', () => {
    expect(phq9.score(answersWithTotal(phq9, 9, { q9: 0 })).flags).toEqual([]);
    expect(phq9.score(answersWithTotal(phq9, 10, { q9: 0 })).flags).toEqual(['phq9-positive']);
  });

  it('flags suicide-risk for item 9 >= 1 independent of the total', () => {
    // A patient with a minimal total of 1, all of it from item 9.
    const result = phq9.score({ ...allZero, q9: 1 });
    expect(result).toMatchObject({ score: 1, band: 'minimal', flags: ['suicide-risk'] });
    expect(phq9.score({ ...allZero, q9: 0 }).flags).toEqual([]);
    for (const q9 of [2, 3]) expect(phq9.score({ ...allZero, q9 }).flags).toEqual(['suicide-risk']);
    expect(phq9.score(answersWithTotal(phq9, 27)).flags).toEqual(['suicide-risk', 'phq9-positive']);
  });

  it('asks for a same-day assessment, ASQ, safety plan and 988 and never auto-closes', () => {
    const flag = phq9.flags.find((f) => f.id === 'suicide-risk')!;
    expect(flag.severity).toBe('critical');
    const steps = flag.nextSteps.en.join(' ');
    for (const pattern of [/same-day/i, /ASQ/, /safety plan/i, /988/, /auto-close/i])
      expect(steps).toMatch(pattern);
    expect(flag.nextSteps.es).toHaveLength(flag.nextSteps.en.length);
  });

  it('records the difficulty answer without scoring it', () => {
    const without = phq9.score(answersWithTotal(phq9, 7, { q9: 0 }));
    const withIt = phq9.score({ ...answersWithTotal(phq9, 7, { q9: 0 }), difficulty: 3 });
    expect(withIt.score).toBe(without.score);
    expect(withIt.details).toMatchObject({ difficulty: 3 });
    expect(without.details).toMatchObject({ difficulty: null });
    expectRejected(() => phq9.score({ ...allZero, difficulty: 4 }), 'difficulty');
  });

  it('rejects a missing item 9 rather than scoring it 0', () => {
    const { q9: _omit, ...rest } = allZero;
    expectRejected(() => phq9.score(rest), 'q9');
    expectRejected(() => phq9.score({ ...allZero, q9: null }), 'q9');
  });

  it('rejects out-of-range and unknown answers', () => {
    expectRejected(() => phq9.score({ ...allZero, q3: 4 }), 'q3');
    expectRejected(() => phq9.score({ ...allZero, q3: -1 }), 'q3');
    expectRejected(() => phq9.score({ ...allZero, q3: 1.5 }), 'q3');
    expectRejected(() => phq9.score({ ...allZero, q10: 0 }), 'q10');
  });
});
