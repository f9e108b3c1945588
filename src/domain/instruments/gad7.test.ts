import { describe, expect, it } from 'vitest';
import { answersWithTotal, expectRejected } from './answer-fixtures.js';
import { gad7 } from './gad7.js';

const allZero = { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0 };

describe('GAD-7', () => {
  it('has 7 scored items 0-3, the optional unscored difficulty question, and verified LOINC codes', () => {
    expect(gad7.items.map((i) => i.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5', 'q6', 'q7', 'difficulty']);
    expect(gad7.items[7]).toMatchObject({ kind: 'info', optional: true });
    expect(gad7.loinc).toMatchObject({ panel: '69737-5', total: '70274-6' });
    expect(gad7.loinc?.items).toEqual({
      q1: '69725-0',
      q2: '68509-9',
      q3: '69733-4',
      q4: '69734-2',
      q5: '69735-9',
      q6: '69689-8',
      q7: '69736-7',
    });
  });

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('total %i is band %s', (total, band) => {
    const result = gad7.score(answersWithTotal(gad7, total));
    expect(result.score).toBe(total);
    expect(result.band).toBe(band);
  });

  it('flags a positive screen from 10, not at 9', () => {
    expect(gad7.score(answersWithTotal(gad7, 9)).flags).toEqual([]);
    expect(gad7.score(answersWithTotal(gad7, 10)).flags).toEqual(['gad7-positive']);
  });

  it('does not score the difficulty question', () => {
    expect(gad7.score({ ...allZero, difficulty: 3 })).toMatchObject({ score: 0, details: { difficulty: 3 } });
  });

  it('rejects missing, out-of-range and unknown answers', () => {
    const { q7: _omit, ...rest } = allZero;
    expectRejected(() => gad7.score(rest), 'q7');
    expectRejected(() => gad7.score({ ...allZero, q1: 'several days' }), 'q1');
    expectRejected(() => gad7.score({ ...allZero, q8: 0 }), 'q8');
  });
});
