import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { normaliseFilters } from './filters.js';

describe('normaliseFilters', () => {
  it('splits, trims, lower-cases, de-duplicates and sorts each list', () => {
    const f = normaliseFilters({
      medications: ' Naltrexone, buprenorphine,naltrexone ',
      payment: 'medicaid',
    });
    expect(f.medications).toEqual(['buprenorphine', 'naltrexone']);
    expect(f.payment).toEqual(['medicaid']);
    expect(f.care).toEqual([]);
  });

  it('accepts everyday aliases and the directory codes people know', () => {
    const f = normaliseFilters({
      medications: 'bup,Vivitrol',
      language: 'Spanish',
      care: 'IOP,otp',
      age: 'youth',
    });
    expect(f.medications).toEqual(['buprenorphine', 'naltrexone']);
    expect(f.languages).toEqual(['es']);
    expect(f.care).toEqual(['intensive-outpatient', 'opioid-treatment-program']);
    expect(f.ageGroups).toEqual(['adolescents']);
  });

  it('treats only "true" as a flag filter', () => {
    expect(normaliseFilters({ telehealth: 'true', sameDay: 'false' })).toMatchObject({
      telehealth: true,
      sameDay: false,
      walkIn: false,
    });
  });

  it('refuses unknown values naming the allowed ones', () => {
    const message =
      'We don\'t know the medication "aspirin". Use any of: methadone, buprenorphine, naltrexone.';
    expect(() => normaliseFilters({ medications: 'aspirin' })).toThrow(
      new DomainError('VALIDATION', message, { medications: message }),
    );
    expect(() => normaliseFilters({ language: 'klingon' })).toThrow(/"klingon" is neither/);
  });
});
