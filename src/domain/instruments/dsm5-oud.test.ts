import { describe, expect, it } from 'vitest';
import { expectRejected } from './answer-fixtures.js';
import { dsm5Oud } from './dsm5-oud.js';

const CRITERIA = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9', 'c10', 'c11'];

/** Criteria answered yes for the given ids and no otherwise, not under medical supervision. */
function checklist(yes: string[], extra: Record<string, string> = {}): Record<string, string> {
  const answers: Record<string, string> = { 'medically-supervised': 'no' };
  for (const id of CRITERIA) answers[id] = yes.includes(id) ? 'yes' : 'no';
  return { ...answers, ...extra };
}

describe('DSM-5 opioid use disorder checklist', () => {
  it('has the 11 criteria, the supervision exception and optional remission/specifier questions', () => {
    expect(dsm5Oud.items.map((i) => i.id)).toEqual([
      ...CRITERIA,
      'medically-supervised',
      'criteria-past-3-months',
      'previously-met',
      'maintenance-therapy',
      'controlled-environment',
    ]);
    expect(dsm5Oud.items.filter((i) => !i.optional).map((i) => i.id)).toEqual([
      ...CRITERIA,
      'medically-supervised',
    ]);
    expect(dsm5Oud.licence).toMatch(/paraphrase/);
  });

  it.each([
    [0, 'not-met'],
    [1, 'not-met'],
    [2, 'mild'],
    [3, 'mild'],
    [4, 'moderate'],
    [5, 'moderate'],
    [6, 'severe'],
    [11, 'severe'],
  ])('%i criteria is %s', (count, band) => {
    const result = dsm5Oud.score(checklist(CRITERIA.slice(0, count)));
    expect(result).toMatchObject({ score: count, band, flags: [] });
  });

  it('does not count tolerance and withdrawal when opioids are taken solely under medical supervision', () => {
    // A patient on prescribed opioids with tolerance, withdrawal and craving: 3 criteria, but only craving counts.
    const unsupervised = dsm5Oud.score(checklist(['c4', 'c10', 'c11']));
    expect(unsupervised).toMatchObject({ score: 3, band: 'mild' });
    const supervised = dsm5Oud.score(checklist(['c4', 'c10', 'c11'], { 'medically-supervised': 'yes' }));
    expect(supervised).toMatchObject({ score: 1, band: 'not-met' });
    expect(supervised.details).toMatchObject({
      metCriteria: ['c4', 'c10', 'c11'],
      countedCriteria: ['c4'],
      excludedUnderMedicalSupervision: ['c10', 'c11'],
    });
  });

  it('keeps other criteria counted under medical supervision', () => {
    const result = dsm5Oud.score(checklist(['c1', 'c2', 'c10'], { 'medically-supervised': 'yes' }));
    expect(result).toMatchObject({ score: 2, band: 'mild' });
  });

  it('reports early remission: criteria in the past 12 months but none except craving in the past 3', () => {
    const result = dsm5Oud.score(checklist(['c1', 'c2', 'c3', 'c4'], { 'criteria-past-3-months': 'no' }));
    expect(result.band).toBe('moderate');
    expect(result.details).toMatchObject({ remission: 'early', icd10cm: { code: 'F11.21', verified: true } });
  });

  it('reports early remission of mild OUD with the (unverified) F11.11 suggestion', () => {
    const result = dsm5Oud.score(checklist(['c1', 'c2'], { 'criteria-past-3-months': 'no' }));
    expect(result.details).toMatchObject({
      remission: 'early',
      icd10cm: { code: 'F11.11', verified: false },
    });
  });

  it('needs full criteria once met for early remission', () => {
    const once = checklist(['c1'], { 'criteria-past-3-months': 'no' });
    expect(dsm5Oud.score(once).details).toMatchObject({ remission: null });
    expect(dsm5Oud.score({ ...once, 'previously-met': 'no' }).details).toMatchObject({
      remission: 'not-in-remission',
    });
    expect(dsm5Oud.score({ ...once, 'previously-met': 'yes' }).details).toMatchObject({ remission: 'early' });
  });

  it('reports sustained remission: no criterion except craving for 12 months after full criteria were met', () => {
    const result = dsm5Oud.score(checklist(['c4'], { 'previously-met': 'yes' }));
    expect(result).toMatchObject({ score: 1, band: 'not-met' });
    expect(result.details).toMatchObject({ remission: 'sustained', icd10cm: null });
    expect(dsm5Oud.score(checklist([], { 'previously-met': 'no' })).details).toMatchObject({
      remission: 'not-in-remission',
    });
  });

  it('is not in remission when a criterion was met in the past 3 months', () => {
    const result = dsm5Oud.score(checklist(['c1', 'c5', 'c9', 'c11'], { 'criteria-past-3-months': 'yes' }));
    expect(result.details).toMatchObject({ remission: 'not-in-remission', icd10cm: { code: 'F11.20' } });
    expect(dsm5Oud.score(checklist(['c1', 'c2'])).details).toMatchObject({
      remission: null,
      icd10cm: { code: 'F11.10', verified: true },
    });
  });

  it('rejects a criterion in the past 3 months that is missing from the 12-month checklist', () => {
    expectRejected(
      () => dsm5Oud.score(checklist(['c4'], { 'criteria-past-3-months': 'yes' })),
      'criteria-past-3-months',
    );
  });

  it('reports the maintenance-therapy and controlled-environment specifiers', () => {
    const answers = checklist(['c10', 'c11'], {
      'medically-supervised': 'yes',
      'previously-met': 'yes',
      'maintenance-therapy': 'yes',
      'controlled-environment': 'yes',
    });
    expect(dsm5Oud.score(answers).details).toMatchObject({
      remission: 'sustained',
      specifiers: ['on-maintenance-therapy', 'in-a-controlled-environment'],
    });
    expect(dsm5Oud.score(checklist([])).details).toMatchObject({ specifiers: [] });
  });

  it('rejects missing, invalid and unknown answers', () => {
    const { 'medically-supervised': _omit, ...noSupervision } = checklist([]);
    expectRejected(() => dsm5Oud.score(noSupervision), 'medically-supervised');
    const { c7: _c7, ...noC7 } = checklist([]);
    expectRejected(() => dsm5Oud.score(noC7), 'c7');
    expectRejected(() => dsm5Oud.score({ ...checklist([]), c3: 1 }), 'c3');
    expectRejected(() => dsm5Oud.score({ ...checklist([]), c12: 'yes' }), 'c12');
  });
});
