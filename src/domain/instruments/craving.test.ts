import { describe, expect, it } from 'vitest';
import { expectRejected } from './answer-fixtures.js';
import { craving } from './craving.js';

describe('craving 0-10', () => {
  it.each(Array.from({ length: 11 }, (_, n) => n))('scores %i as itself, with no band or flag', (n) => {
    expect(craving.score({ craving: n })).toEqual({
      score: n,
      band: null,
      flags: [],
      details: { scale: 'nrs-0-10' },
    });
  });

  it('has no cut-offs (none validated)', () => {
    expect(craving.bands).toEqual([]);
    expect(craving.flags).toEqual([]);
    expect(craving.scoreRange).toEqual({ min: 0, max: 10 });
  });

  it('rejects missing, out-of-range, fractional and unknown answers', () => {
    expectRejected(() => craving.score({}), 'craving');
    expectRejected(() => craving.score({ craving: 11 }), 'craving');
    expectRejected(() => craving.score({ craving: -1 }), 'craving');
    expectRejected(() => craving.score({ craving: 5.5 }), 'craving');
    expectRejected(() => craving.score({ craving: 50, vas: 50 }), 'vas');
  });
});
