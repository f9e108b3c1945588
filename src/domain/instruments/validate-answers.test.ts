import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { phq2 } from './phq2.js';
import { validateAnswers } from './validate-answers.js';

function rejection(answers: unknown): DomainError {
  try {
    validateAnswers(phq2, answers);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('validateAnswers', () => {
  it('returns only the answered items with their option values', () => {
    expect(validateAnswers(phq2, { q1: 0, q2: 3 })).toEqual({ q1: 0, q2: 3 });
  });

  it('collects every problem, one field per item, and names them in the message', () => {
    const error = rejection({ q1: 9, bogus: 1 });
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fields ?? {}).sort()).toEqual(['bogus', 'q1', 'q2']);
    expect(error.fields?.q2).toBe('Item q2 needs an answer.');
    expect(error.fields?.q1).toContain('not one of its options (0, 1, 2, 3)');
    expect(error.message).toMatch(/phq2.*bogus.*q1.*q2/s);
  });

  it('treats null as unanswered, never as 0', () => {
    expect(rejection({ q1: null, q2: 0 }).fields).toEqual({ q1: 'Item q1 needs an answer.' });
  });

  it('does not coerce strings or booleans to points', () => {
    expect(rejection({ q1: '1', q2: 0 }).fields).toHaveProperty(['q1']);
    expect(rejection({ q1: false, q2: 0 }).fields).toHaveProperty(['q1']);
  });

  it('reports hostile keys instead of swallowing them', () => {
    const answers = JSON.parse('{"q1": 0, "q2": 0, "__proto__": 1, "constructor": 1}');
    const error = rejection(answers);
    expect(Object.hasOwn(error.fields ?? {}, '__proto__')).toBe(true);
    expect(Object.hasOwn(error.fields ?? {}, 'constructor')).toBe(true);
  });

  it('keeps long rejected values and keys out of the message', () => {
    const long = 'x'.repeat(5000);
    const error = rejection({ q1: long, q2: 0, [long]: 1 });
    expect(error.message.length).toBeLessThan(400);
  });

  it('rejects answers that are not a plain object', () => {
    for (const bad of [null, undefined, [], 'q1', 1])
      expect(rejection(bad).fields).toHaveProperty(['answers']);
  });
});
