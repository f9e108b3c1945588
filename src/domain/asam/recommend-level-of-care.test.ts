import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AsamRatings,
  LEVEL_INTENSITY,
  type Rating,
  recommendLevelOfCare,
} from './recommend-level-of-care.js';

const zero: AsamRatings = { d1: 0, d2: 0, d3: 0, d4: 0, d5: 0, d6: 0 };
const rec = (ratings: Partial<AsamRatings>, hasDiagnosis = true) =>
  recommendLevelOfCare({ ...zero, ...ratings, hasDiagnosis });

// One row per line of REFERENCE.md 2.2, both branches where the rule has two.
describe('recommendLevelOfCare follows the simplified rule table (REFERENCE.md 2.2)', () => {
  it.each([
    ['R1 D1=4', { d1: 4 as Rating }, '4-WM', 'R1'],
    ['R1 D2=4', { d2: 4 as Rating }, '4', 'R1'],
    ['R1 D3=4', { d3: 4 as Rating, d1: 3 as Rating }, '4', 'R1'],
    ['R2 D1=3', { d1: 3 as Rating }, '3.7-WM', 'R2'],
    ['R2 D1=3, D2=3', { d1: 3 as Rating, d2: 3 as Rating }, '4-WM', 'R2'],
    ['R3 D2=3', { d2: 3 as Rating }, '3.7', 'R3'],
    ['R3 D3=3', { d3: 3 as Rating, d5: 4 as Rating, d6: 4 as Rating }, '3.7', 'R3'],
    ['R4 D5=3, D6=3', { d5: 3 as Rating, d6: 3 as Rating }, '3.5', 'R4'],
    ['R5 D6=4 alone', { d6: 4 as Rating, d3: 2 as Rating }, '3.1', 'R5'],
    ['R6 D1=2', { d1: 2 as Rating }, '2-WM', 'R6'],
    ['R6 D1=2, D6=3', { d1: 2 as Rating, d6: 3 as Rating }, '3.2-WM', 'R6'],
    ['R7 two of D3-D6 = 2', { d4: 2 as Rating, d6: 2 as Rating }, '2.1', 'R7'],
    ['R7 D5=3', { d5: 3 as Rating }, '2.1', 'R7'],
    ['R7 D3=2, D5=3', { d3: 2 as Rating, d5: 3 as Rating }, '2.5', 'R7'],
    ['R8 one dimension = 2', { d2: 2 as Rating }, '2.1', 'R8'],
    ['R9 all <= 1 with diagnosis', { d1: 1 as Rating, d5: 1 as Rating }, '1', 'R9'],
  ])('%s -> %s', (_name, ratings, level, rule) => {
    const r = rec(ratings);
    expect(r.level).toBe(level);
    expect(r.rule).toBe(rule);
    expect(r.reasons.length).toBeGreaterThan(0);
  });

  it('R9 without a diagnosis recommends early intervention (0.5)', () => {
    expect(rec({ d5: 1 }, false)).toMatchObject({ level: '0.5', rule: 'R9' });
  });

  it('adds MOUD as a concurrent service at any level when the patient accepts it (rule X)', () => {
    const r = recommendLevelOfCare({ ...zero, d1: 2, hasDiagnosis: true, acceptsMoud: true });
    expect(r.level).toBe('2-WM');
    expect(r.concurrentServices).toEqual(['OTP or office-based MOUD (rule X)']);
    expect(rec({ d1: 2 }).concurrentServices).toEqual([]);
  });

  it('does not send low readiness alone to residential care', () => {
    expect(rec({ d4: 4 })).toMatchObject({ level: '2.1', rule: 'R8' });
    expect(rec({ d4: 4 }).reasons.join(' ')).toMatch(/motivational/);
  });

  it('rejects ratings outside 0-4', () => {
    expect(() => rec({ d3: 5 as Rating })).toThrow(/d3 must be a whole number from 0 to 4/);
    expect(() => rec({ d1: 1.5 as Rating })).toThrow(RangeError);
  });

  it('never recommends less intensive care when a rating rises, counting what it says to also consider', () => {
    // First match is the table's rule; where a withdrawal rule comes first (R6 before R7), the more
    // intensive match is named in alsoConsider, so the most intensive level shown never falls.
    const shown = (r: ReturnType<typeof recommendLevelOfCare>) =>
      Math.max(LEVEL_INTENSITY[r.level], ...r.alsoConsider.map((m) => LEVEL_INTENSITY[m.level]));
    const rating = fc.integer({ min: 0, max: 4 }) as fc.Arbitrary<Rating>;
    fc.assert(
      fc.property(
        fc.record({ d1: rating, d2: rating, d3: rating, d4: rating, d5: rating, d6: rating }),
        fc.constantFrom('d1', 'd2', 'd3', 'd4', 'd5', 'd6' as const),
        (ratings, d) => {
          if (ratings[d] === 4) return;
          const before = shown(recommendLevelOfCare({ ...ratings, hasDiagnosis: true }));
          const raised = { ...ratings, [d]: (ratings[d] + 1) as Rating };
          expect(shown(recommendLevelOfCare({ ...raised, hasDiagnosis: true }))).toBeGreaterThanOrEqual(
            before,
          );
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('names a more intensive later match (D1=2 with D3=2, D5=3: R6 first, R7 also)', () => {
    const r = rec({ d1: 2, d3: 2, d5: 3 });
    expect(r).toMatchObject({ level: '2-WM', rule: 'R6', alsoConsider: [{ rule: 'R7', level: '2.5' }] });
    expect(r.reasons.join(' ')).toMatch(/Also matches R7 \(2.5\)/);
  });
});
