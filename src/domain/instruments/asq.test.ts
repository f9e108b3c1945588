import { describe, expect, it } from 'vitest';
import { expectRejected } from './answer-fixtures.js';
import { asq } from './asq.js';

const allNo = { q1: 'no', q2: 'no', q3: 'no', q4: 'no' };

describe('ASQ', () => {
  it('has four screening questions and a conditional fifth, no total score', () => {
    expect(asq.items.map((i) => i.id)).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    expect(asq.scoreRange).toBeNull();
    expect(asq.items[4]?.options.map((o) => o.value)).toEqual(['yes', 'no']);
  });

  it('is negative when questions 1-4 are all no, without asking question 5', () => {
    expect(asq.score(allNo)).toMatchObject({ score: null, band: 'negative', flags: [] });
  });

  it.each(['q1', 'q2', 'q3', 'q4'])('a yes to %s with no to question 5 is a non-acute positive', (id) => {
    const result = asq.score({ ...allNo, [id]: 'yes', q5: 'no' });
    expect(result).toMatchObject({
      band: 'non-acute-positive',
      flags: ['asq-positive'],
      details: { yesItems: [id] },
    });
  });

  it('treats a declined question as positive', () => {
    const result = asq.score({ ...allNo, q2: 'declined', q5: 'no' });
    expect(result).toMatchObject({ band: 'non-acute-positive', flags: ['asq-positive'] });
    expect(result.details).toMatchObject({ declinedItems: ['q2'], yesItems: [] });
  });

  it('is an acute positive when question 5 is yes', () => {
    // The patient tried to end their life years ago and is having thoughts of it right now.
    const result = asq.score({ ...allNo, q4: 'yes', q5: 'yes' });
    expect(result).toMatchObject({ band: 'acute-positive', flags: ['asq-positive', 'asq-acute'] });
  });

  it('tells staff what to do: BSSA for a positive, never leave the patient alone when acute, 988 always', () => {
    const positive = asq.flags.find((f) => f.id === 'asq-positive')!;
    const acute = asq.flags.find((f) => f.id === 'asq-acute')!;
    expect(positive.nextSteps.en.join(' ')).toMatch(/brief suicide safety assessment/i);
    expect(acute.nextSteps.en.join(' ')).toMatch(/not leave the patient alone/i);
    for (const flag of [positive, acute]) {
      expect(flag.severity).toBe('critical');
      expect(flag.nextSteps.en.join(' ')).toMatch(/988/);
      expect(flag.nextSteps.es.join(' ')).toMatch(/988/);
    }
  });

  it('requires question 5 after a positive screen', () => {
    expectRejected(() => asq.score({ ...allNo, q1: 'yes' }), 'q5');
  });

  it('rejects question 5 when it is not asked', () => {
    expectRejected(() => asq.score({ ...allNo, q5: 'yes' }), 'q5');
    expectRejected(() => asq.score({ ...allNo, q5: 'no' }), 'q5');
  });

  it('rejects missing, invalid and unknown answers', () => {
    const { q3: _omit, ...rest } = allNo;
    expectRejected(() => asq.score(rest), 'q3');
    expectRejected(() => asq.score({ ...allNo, q1: true }), 'q1');
    expectRejected(() => asq.score({ ...allNo, q1: 'yes', q5: 'declined' }), 'q5');
    expectRejected(() => asq.score({ ...allNo, q6: 'no' }), 'q6');
  });
});
