import { describe, expect, it } from 'vitest';
import { expectRejected } from './answer-fixtures.js';
import { phq2 } from './phq2.js';
import { phq9 } from './phq9.js';

describe('PHQ-2', () => {
  it('is PHQ-9 items 1-2 with the verified PHQ-2 LOINC codes', () => {
    expect(phq2.items).toEqual(phq9.items.slice(0, 2));
    expect(phq2.loinc).toEqual({
      panel: '55757-9',
      total: '55758-7',
      items: { q1: '44250-9', q2: '44255-8' },
    });
    expect(phq2.scoreRange).toEqual({ min: 0, max: 6 });
  });

  it.each([
    [0, 0, 0, 'negative', []],
    [1, 1, 2, 'negative', []],
    [2, 1, 3, 'positive', ['phq2-positive']],
    [3, 3, 6, 'positive', ['phq2-positive']],
  ])('q1=%i q2=%i scores %i (%s)', (q1, q2, score, band, flags) => {
    expect(phq2.score({ q1, q2 })).toEqual({ score, band, flags });
  });

  it('sends a positive screen to the full PHQ-9', () => {
    expect(phq2.flags[0]?.nextSteps.en.join(' ')).toMatch(/PHQ-9/);
  });

  it('rejects missing, out-of-range and unknown answers', () => {
    expectRejected(() => phq2.score({ q1: 3 }), 'q2');
    expectRejected(() => phq2.score({ q1: 3, q2: 7 }), 'q2');
    expectRejected(() => phq2.score({ q1: 0, q2: 0, q9: 1 }), 'q9');
  });
});
