import { describe, expect, it } from 'vitest';
import { answersWithTotal, expectRejected } from './answer-fixtures.js';
import { cows } from './cows.js';

// REFERENCE.md §1.1: published point sets per item (NBK64244 table).
const PUBLISHED_POINTS: Record<string, number[]> = {
  'resting-pulse': [0, 1, 2, 4],
  sweating: [0, 1, 2, 3, 4],
  restlessness: [0, 1, 3, 5],
  'pupil-size': [0, 1, 2, 5],
  'bone-joint-aches': [0, 1, 2, 4],
  'runny-nose-tearing': [0, 1, 2, 4],
  'gi-upset': [0, 1, 2, 3, 5],
  tremor: [0, 1, 2, 4],
  yawning: [0, 1, 2, 4],
  'anxiety-irritability': [0, 1, 2, 4],
  gooseflesh: [0, 3, 5],
};

describe('COWS', () => {
  it('has the 11 published items in order with their sparse point sets, total 0-48', () => {
    expect(cows.items.map((i) => i.id)).toEqual(Object.keys(PUBLISHED_POINTS));
    for (const item of cows.items)
      expect(item.options.map((o) => o.value)).toEqual(PUBLISHED_POINTS[item.id]);
    const maxSum = Object.values(PUBLISHED_POINTS).reduce((sum, points) => sum + Math.max(...points), 0);
    expect(maxSum).toBe(48);
    expect(cows.scoreRange).toEqual({ min: 0, max: 48 });
    expect(cows.loinc).toBeUndefined();
  });

  it('scores a serial induction rating: a patient in moderate withdrawal', () => {
    // First the nurse rates pulse 104 (2), beads of sweat (3), frequent shifting (3), moderately dilated pupils (2),
    // severe diffuse aching (2), nose running (2), loose stool (2), slight tremor (2), yawning 3+ times (2),
    // obviously anxious (2) and smooth skin (0): 22 points.
    const result = cows.score({
      'resting-pulse': 2,
      sweating: 3,
      restlessness: 3,
      'pupil-size': 2,
      'bone-joint-aches': 2,
      'runny-nose-tearing': 2,
      'gi-upset': 2,
      tremor: 2,
      yawning: 2,
      'anxiety-irritability': 2,
      gooseflesh: 0,
    });
    expect(result).toEqual({ score: 22, band: 'moderate', flags: [] });
  });

  it.each([
    [0, 'none'],
    [4, 'none'],
    [5, 'mild'],
    [12, 'mild'],
    [13, 'moderate'],
    [24, 'moderate'],
    [25, 'moderately-severe'],
    [36, 'moderately-severe'],
    [37, 'severe'],
    [48, 'severe'],
  ])('total %i is band %s', (total, band) => {
    const result = cows.score(answersWithTotal(cows, total));
    expect(result.score).toBe(total);
    expect(result.band).toBe(band);
  });

  it('flags severe-withdrawal from 37 (> 36) and not at 36', () => {
    expect(cows.score(answersWithTotal(cows, 36)).flags).toEqual([]);
    expect(cows.score(answersWithTotal(cows, 37)).flags).toEqual(['severe-withdrawal']);
    const flag = cows.flags.find((f) => f.id === 'severe-withdrawal');
    expect(flag?.severity).toBe('critical');
    expect(flag?.nextSteps.en.join(' ')).toMatch(/medical review/i);
  });

  it('rejects a missing item instead of scoring it as 0', () => {
    const answers: Record<string, unknown> = answersWithTotal(cows, 10);
    delete answers.tremor;
    expectRejected(() => cows.score(answers), 'tremor');
  });

  it('rejects a value outside the sparse point set', () => {
    expectRejected(() => cows.score({ ...answersWithTotal(cows, 0), restlessness: 2 }), 'restlessness');
    expectRejected(() => cows.score({ ...answersWithTotal(cows, 0), gooseflesh: 1 }), 'gooseflesh');
    expectRejected(() => cows.score({ ...answersWithTotal(cows, 0), 'resting-pulse': '1' }), 'resting-pulse');
  });

  it('rejects an unknown item', () => {
    expectRejected(() => cows.score({ ...answersWithTotal(cows, 0), pulse: 1 }), 'pulse');
  });
});
