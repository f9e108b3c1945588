import { describe, expect, it } from 'vitest';
import { bandForCount, OVERDOSE_ITEM_IDS, SIGN_CATEGORIES, SIGNS, scoreSigns } from './signs-checklist.js';

const noOverdose = Object.fromEntries(OVERDOSE_ITEM_IDS.map((id) => [id, 'no' as const]));
const allSigns = (value: 'yes' | 'no') => Object.fromEntries(SIGNS.map((s) => [s.id, value]));

describe('signs checklist rules', () => {
  it('lists 16 signs in four groups, in the order the page shows them', () => {
    expect(SIGNS).toHaveLength(16);
    expect([...new Set(SIGNS.map((s) => s.category))]).toEqual(SIGN_CATEGORIES);
  });

  it.each(OVERDOSE_ITEM_IDS)('a yes to %s is a possible overdose, whatever the signs', (id) => {
    const result = scoreSigns({ ...noOverdose, ...allSigns('yes'), [id]: 'yes' });
    expect(result).toEqual({ overdose: true, count: null, band: 'possible-overdose', present: [] });
  });

  it('counts the signs present when no overdose question is yes', () => {
    const result = scoreSigns({ ...noOverdose, ...allSigns('no'), secrecy: 'yes', appetite: 'yes' });
    expect(result).toEqual({
      overdose: false,
      count: 2,
      band: 'some-signs',
      present: ['appetite', 'secrecy'],
    });
  });

  it('uses Haven’s own cut-points: 0 none, 1-3 some, 4 or more many', () => {
    expect([0, 1, 3, 4, 16].map(bandForCount)).toEqual([
      'none',
      'some-signs',
      'some-signs',
      'many-signs',
      'many-signs',
    ]);
    expect(scoreSigns({ ...noOverdose, ...allSigns('yes') })).toMatchObject({
      count: 16,
      band: 'many-signs',
    });
    expect(scoreSigns({ ...noOverdose, ...allSigns('no') })).toMatchObject({ count: 0, band: 'none' });
  });
});
