import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { nameWords, parsePatientSearch } from './search-query.js';

const today = new Date('2026-03-01T12:00:00Z');
const parse = (q: string) => parsePatientSearch(q, today);

describe('understanding a patient search', () => {
  it('reads names, lower-cased with spaces collapsed, typos and accents kept for the trigram match', () => {
    expect(parse('  Jonh   Smtih ')).toEqual({ kind: 'name', text: 'jonh smtih' });
    expect(parse('María José Núñez')).toEqual({ kind: 'name', text: 'maría josé núñez' });
    expect(parse("O'Brien-Walsh")).toEqual({ kind: 'name', text: "o'brien-walsh" });
  });

  it('reads a date of birth written YYYY-MM-DD or MM/DD/YYYY', () => {
    expect(parse('1987-06-05')).toEqual({ kind: 'dob', dateOfBirth: '1987-06-05' });
    expect(parse('06/05/1987')).toEqual({ kind: 'dob', dateOfBirth: '1987-06-05' });
    expect(parse('6/5/1987')).toEqual({ kind: 'dob', dateOfBirth: '1987-06-05' });
    expect(parse('1987-6-5')).toEqual({ kind: 'dob', dateOfBirth: '1987-06-05' });
  });

  it('refuses dates that cannot be a date of birth, saying which formats work', () => {
    for (const q of ['02/30/1990', '1990-13-01', '12/31/1850', '2027-01-01']) {
      expect(() => parse(q)).toThrowError(/not a possible date of birth\. Use YYYY-MM-DD or MM\/DD\/YYYY/);
    }
  });

  it('reads a single token with a digit as a medical record number, as typed', () => {
    expect(parse('hv-000123')).toEqual({ kind: 'mrn', mrn: 'hv-000123' });
    expect(parse('TLX9K1')).toEqual({ kind: 'mrn', mrn: 'TLX9K1' });
    expect(parse('48213')).toEqual({ kind: 'mrn', mrn: '48213' });
  });

  it('asks for at least 2 and at most 100 characters', () => {
    const error = (q: string) => {
      try {
        parse(q);
      } catch (err) {
        return err as DomainError;
      }
      throw new Error('expected a refusal');
    };
    expect(error(' a ')).toMatchObject({ code: 'VALIDATION', fields: { q: 'Type at least 2 characters.' } });
    expect(error('x'.repeat(101))).toMatchObject({
      code: 'VALIDATION',
      fields: { q: 'Use at most 100 characters.' },
    });
    expect(error('')).toBeInstanceOf(DomainError);
  });
});

describe('the words of a name search', () => {
  it('splits at spaces and hyphens, each word once, apostrophes kept', () => {
    expect(nameWords('maría hernández-ruiz')).toEqual(['maría', 'hernández', 'ruiz']);
    expect(nameWords("o'brien-walsh o'brien")).toEqual(["o'brien", 'walsh']);
    expect(nameWords('jo')).toEqual(['jo']);
    expect(nameWords('-jo- ')).toEqual(['jo']);
  });
});
