import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { answersWithTotal, expectRejected } from './answer-fixtures.js';
import { createSows, SOWS_DEFAULT_BANDS, sows } from './sows.js';

describe('SOWS', () => {
  it('has the 16 published items rated 0-4, total 0-64', () => {
    expect(sows.items).toHaveLength(16);
    expect(sows.items[0]?.text.en).toBe('I feel anxious');
    expect(sows.items[15]?.text.en).toBe('I feel like using now');
    for (const item of sows.items) expect(item.options.map((o) => o.value)).toEqual([0, 1, 2, 3, 4]);
    expect(sows.scoreRange).toEqual({ min: 0, max: 64 });
  });

  // Default (unverified) bands: 1-10 mild, 11-20 moderate, >= 21 severe; 0 = none.
  it.each([
    [0, 'none'],
    [1, 'mild'],
    [10, 'mild'],
    [11, 'moderate'],
    [20, 'moderate'],
    [21, 'severe'],
    [30, 'severe'],
    [31, 'severe'],
    [64, 'severe'],
  ])('total %i is band %s', (total, band) => {
    expect(sows.score(answersWithTotal(sows, total))).toEqual({ score: total, band, flags: [] });
  });

  it('takes programme-configured bands', () => {
    const custom = createSows([
      { ...SOWS_DEFAULT_BANDS[0]!, id: 'mild', min: 0, max: 15 },
      { ...SOWS_DEFAULT_BANDS[3]!, min: 16, max: 64 },
    ]);
    expect(custom.score(answersWithTotal(custom, 15)).band).toBe('mild');
    expect(custom.score(answersWithTotal(custom, 16)).band).toBe('severe');
  });

  it('refuses bands with a gap or that stop short of 64', () => {
    const gap = [SOWS_DEFAULT_BANDS[0]!, SOWS_DEFAULT_BANDS[2]!, SOWS_DEFAULT_BANDS[3]!];
    expect(() => createSows(gap)).toThrow(DomainError);
    expect(() => createSows(SOWS_DEFAULT_BANDS.slice(0, 3))).toThrow(/without gaps/);
  });

  it('rejects missing, out-of-range and unknown answers', () => {
    const answers: Record<string, unknown> = answersWithTotal(sows, 5);
    delete answers.q16;
    expectRejected(() => sows.score(answers), 'q16');
    expectRejected(() => sows.score({ ...answersWithTotal(sows, 0), q3: 5 }), 'q3');
    expectRejected(() => sows.score({ ...answersWithTotal(sows, 0), q17: 0 }), 'q17');
  });
});
