import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { getInstrument, instruments, listInstrumentIds, scoreInstrument } from './registry.js';

describe('instrument registry', () => {
  it('registers exactly the built-in instruments of REFERENCE.md §1', () => {
    expect(listInstrumentIds()).toEqual([
      'cows',
      'phq9',
      'phq2',
      'gad7',
      'gad2',
      'asq',
      'dsm5-oud',
      'taps1',
      'craving',
      'sows',
      'signs-checklist',
    ]);
    expect(new Set(listInstrumentIds()).size).toBe(instruments.length);
  });

  it('finds an instrument by id and returns undefined for an unknown one', () => {
    expect(getInstrument('phq9')?.title.en).toMatch(/PHQ-9/);
    expect(getInstrument('c-ssrs')).toBeUndefined();
    expect(getInstrument('dast10')).toBeUndefined();
    expect(getInstrument('')).toBeUndefined();
  });

  it('scores through the registry', () => {
    expect(scoreInstrument('phq2', { q1: 2, q2: 1 })).toEqual({
      score: 3,
      band: 'positive',
      flags: ['phq2-positive'],
    });
  });

  it('throws NOT_FOUND for an unknown instrument', () => {
    expect(() => scoreInstrument('c-ssrs', {})).toThrow(DomainError);
    try {
      scoreInstrument('c-ssrs', {});
    } catch (error) {
      expect((error as DomainError).code).toBe('NOT_FOUND');
    }
    expect.assertions(2);
  });

  it('passes validation errors through', () => {
    expect(() => scoreInstrument('phq2', { q1: 2 })).toThrow(/q2/);
  });
});
