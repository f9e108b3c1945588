import { describe, expect, it } from 'vitest';
import { expectRejected } from './answer-fixtures.js';
import { gad2 } from './gad2.js';
import { gad7 } from './gad7.js';

describe('GAD-2', () => {
  it('is GAD-7 items 1-2, with no panel or total LOINC code (none verified; 55758-7 is the PHQ-2 total)', () => {
    expect(gad2.items).toEqual(gad7.items.slice(0, 2));
    expect(gad2.loinc).toEqual({ items: { q1: '69725-0', q2: '68509-9' } });
    expect(JSON.stringify(gad2.loinc)).not.toContain('55758-7');
  });

  it.each([
    [0, 0, 0, 'negative', []],
    [2, 0, 2, 'negative', []],
    [0, 3, 3, 'positive', ['gad2-positive']],
    [3, 3, 6, 'positive', ['gad2-positive']],
  ])('q1=%i q2=%i scores %i (%s)', (q1, q2, score, band, flags) => {
    expect(gad2.score({ q1, q2 })).toEqual({ score, band, flags });
  });

  it('sends a positive screen to the full GAD-7', () => {
    expect(gad2.flags[0]?.nextSteps.en.join(' ')).toMatch(/GAD-7/);
  });

  it('rejects missing, out-of-range and unknown answers', () => {
    expectRejected(() => gad2.score({ q2: 1 }), 'q1');
    expectRejected(() => gad2.score({ q1: 1, q2: true }), 'q2');
    expectRejected(() => gad2.score({ q1: 1, q2: 1, extra: 1 }), 'extra');
  });
});
