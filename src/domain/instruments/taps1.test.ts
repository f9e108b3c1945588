import { describe, expect, it } from 'vitest';
import { expectRejected } from './answer-fixtures.js';
import { taps1 } from './taps1.js';

const allNever = { tobacco: 0, alcohol: 0, drugs: 0, prescription: 0 };

describe('TAPS-1', () => {
  it('has 4 classes with the 5 published frequencies and no total score or LOINC code', () => {
    expect(taps1.items.map((i) => i.id)).toEqual(['tobacco', 'alcohol', 'drugs', 'prescription']);
    for (const item of taps1.items) {
      expect(item.options.map((o) => o.label.en)).toEqual([
        'Never',
        'Less than monthly',
        'Monthly',
        'Weekly',
        'Daily or almost daily',
      ]);
    }
    expect(taps1.scoreRange).toBeNull();
    expect(taps1.loinc).toBeUndefined();
  });

  it('is negative when every class is Never', () => {
    expect(taps1.score(allNever)).toEqual({
      score: null,
      band: 'negative',
      flags: [],
      details: { positiveClasses: [] },
    });
  });

  it.each(['tobacco', 'alcohol', 'drugs', 'prescription'])(
    'any answer other than Never for %s is positive for that class only',
    (id) => {
      for (const frequency of [1, 2, 3, 4]) {
        const result = taps1.score({ ...allNever, [id]: frequency });
        expect(result).toMatchObject({ band: 'positive', flags: [`taps-${id}-positive`] });
      }
    },
  );

  it('flags each positive class for TAPS-2', () => {
    const result = taps1.score({ tobacco: 4, alcohol: 0, drugs: 1, prescription: 2 });
    expect(result.flags).toEqual([
      'taps-tobacco-positive',
      'taps-drugs-positive',
      'taps-prescription-positive',
    ]);
    for (const flag of taps1.flags) expect(flag.nextSteps.en[0]).toMatch(/TAPS-2/);
  });

  it('rejects missing, out-of-range and unknown answers', () => {
    const { alcohol: _omit, ...rest } = allNever;
    expectRejected(() => taps1.score(rest), 'alcohol');
    expectRejected(() => taps1.score({ ...allNever, drugs: 5 }), 'drugs');
    expectRejected(() => taps1.score({ ...allNever, cannabis: 0 }), 'cannabis');
  });
});
