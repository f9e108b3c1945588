import { describe, expect, it } from 'vitest';
import { OVERDOSE_ITEM_IDS, SIGNS } from '../signs/signs-checklist.js';
import { expectRejected } from './answer-fixtures.js';
import { scoreInstrument } from './registry.js';
import { signsChecklist } from './signs-checklist.js';

const noOverdose = {
  'overdose-unresponsive': 'no',
  'overdose-breathing': 'no',
  'overdose-pupils': 'no',
} as const;
const signs = (yes: string[] = []) =>
  Object.fromEntries(SIGNS.map((s) => [s.id, yes.includes(s.id) ? 'yes' : 'no']));

describe('signs checklist instrument', () => {
  it('asks the three overdose questions first, then the 16 signs', () => {
    expect(signsChecklist.items.map((i) => i.id)).toEqual([...OVERDOSE_ITEM_IDS, ...SIGNS.map((s) => s.id)]);
    expect(signsChecklist.items.every((i) => i.kind === 'yesno')).toBe(true);
    expect(signsChecklist.scoreRange).toBeNull();
  });

  // Someone finds a friend who cannot be woken: the first answer ends the checklist.
  it('stops at "can’t be woken" = yes with exactly the overdose flag', () => {
    expect(signsChecklist.score({ 'overdose-unresponsive': 'yes' })).toEqual({
      score: null,
      band: 'possible-overdose',
      flags: ['overdose'],
    });
  });

  it('flags an overdose for very slow or no breathing', () => {
    const result = signsChecklist.score({ 'overdose-unresponsive': 'no', 'overdose-breathing': 'yes' });
    expect(result).toMatchObject({ score: null, band: 'possible-overdose', flags: ['overdose'] });
  });

  it('flags an overdose for pinpoint pupils with extreme drowsiness', () => {
    const result = signsChecklist.score({
      'overdose-unresponsive': 'no',
      'overdose-breathing': 'no',
      'overdose-pupils': 'yes',
    });
    expect(result).toMatchObject({ score: null, band: 'possible-overdose', flags: ['overdose'] });
  });

  it('refuses signs after an overdose yes: the checklist has stopped', () => {
    expectRejected(
      () => signsChecklist.score({ 'overdose-unresponsive': 'yes', ...signs(['secrecy']) }),
      'secrecy',
    );
    expectRejected(
      () => signsChecklist.score({ 'overdose-unresponsive': 'yes', 'overdose-breathing': 'no' }),
      'overdose-breathing',
    );
  });

  it.each([
    [[], 0, 'none'],
    [['mood-swings'], 1, 'some-signs'],
    [['mood-swings', 'secrecy', 'appetite'], 3, 'some-signs'],
    [['mood-swings', 'secrecy', 'appetite', 'money-problems'], 4, 'many-signs'],
    [SIGNS.map((s) => s.id), 16, 'many-signs'],
  ])('counts %j as %i signs: %s', (yes, count, band) => {
    expect(signsChecklist.score({ ...noOverdose, ...signs(yes) })).toMatchObject({
      score: count,
      band,
      flags: [],
    });
  });

  it('scores through the registry, as POST /api/v1/instruments/signs-checklist/score does', () => {
    expect(scoreInstrument('signs-checklist', { ...noOverdose, ...signs(['withdrawing']) })).toEqual({
      score: 1,
      band: 'some-signs',
      flags: [],
      details: { present: ['withdrawing'] },
    });
  });

  it('rejects missing and invalid answers, naming the item', () => {
    expectRejected(() => signsChecklist.score({}), 'overdose-unresponsive');
    expectRejected(() => signsChecklist.score({ 'overdose-unresponsive': 'no' }), 'overdose-breathing');
    const { agitation: _omit, ...missingOne } = signs();
    expectRejected(() => signsChecklist.score({ ...noOverdose, ...missingOne }), 'agitation');
    expectRejected(() => signsChecklist.score({ ...noOverdose, ...signs(), secrecy: 'maybe' }), 'secrecy');
    expectRejected(() => signsChecklist.score({ ...noOverdose, ...signs(), depression: 1 }), 'depression');
    expectRejected(
      () => signsChecklist.score({ ...noOverdose, 'overdose-pupils': 'declined', ...signs() }),
      'overdose-pupils',
    );
    expectRejected(() => signsChecklist.score({ ...noOverdose, ...signs(), cough: 'yes' }), 'cough');
  });

  it('says it is not validated and not a diagnosis', () => {
    expect(signsChecklist.citation).toMatch(/own/);
    expect(signsChecklist.description.en).toMatch(/not a diagnosis/);
    const overdose = signsChecklist.flags.find((f) => f.id === 'overdose')!;
    expect(overdose.severity).toBe('critical');
    expect(overdose.nextSteps.en[0]).toMatch(/911/);
    expect(overdose.nextSteps.es[0]).toMatch(/911/);
  });
});
