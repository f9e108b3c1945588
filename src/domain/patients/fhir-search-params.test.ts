import { describe, expect, it } from 'vitest';
import { parseFhirPatientSearch } from './fhir-search-params.js';

const SYSTEM = 'urn:haven:0b6c2f8e-0000-4000-8000-000000000001:mrn';

describe('FHIR Patient search parameters', () => {
  it('reads name as case-insensitive text, and lists the parameters used (never their values)', () => {
    expect(parseFhirPatientSearch({ name: '  Smith  ' }, SYSTEM)).toEqual({
      nameContains: 'smith',
      birthDate: null,
      mrn: null,
      impossible: false,
      count: 20,
      params: ['name'],
    });
  });

  it('reads birthdate at day, month or year precision as an inclusive range, with an optional eq prefix', () => {
    const range = (birthdate: string) => parseFhirPatientSearch({ birthdate }, SYSTEM).birthDate;
    expect(range('1984-02-29')).toEqual({ from: '1984-02-29', to: '1984-02-29' });
    expect(range('eq1984-02')).toEqual({ from: '1984-02-01', to: '1984-02-29' });
    expect(range('1985-02')).toEqual({ from: '1985-02-01', to: '1985-02-28' });
    expect(range('1990')).toEqual({ from: '1990-01-01', to: '1990-12-31' });
    for (const bad of ['1985-02-29', '1990-13', 'gt1990', '90-01-01', 'yesterday']) {
      expect(() => range(bad)).toThrowError(/is not a date\. Use YYYY-MM-DD/);
    }
  });

  it('reads identifier with or without our MRN system; another system can match nothing', () => {
    expect(parseFhirPatientSearch({ identifier: 'HV-000123' }, SYSTEM)).toMatchObject({
      mrn: 'HV-000123',
      impossible: false,
    });
    expect(parseFhirPatientSearch({ identifier: `${SYSTEM}|HV-000123` }, SYSTEM)).toMatchObject({
      mrn: 'HV-000123',
      impossible: false,
    });
    expect(parseFhirPatientSearch({ identifier: '|HV-000123' }, SYSTEM)).toMatchObject({ impossible: false });
    expect(
      parseFhirPatientSearch({ identifier: 'http://hl7.org/fhir/sid/us-ssn|123' }, SYSTEM),
    ).toMatchObject({
      impossible: true,
    });
    expect(() => parseFhirPatientSearch({ identifier: `${SYSTEM}|` }, SYSTEM)).toThrowError(/with a value/);
  });

  it('bounds _count to 1..100', () => {
    expect(parseFhirPatientSearch({ _count: 100, name: 'a' }, SYSTEM).count).toBe(100);
    expect(() => parseFhirPatientSearch({ _count: 0 }, SYSTEM)).toThrowError(/_count must be/);
    expect(() => parseFhirPatientSearch({ _count: 101 }, SYSTEM)).toThrowError(/_count must be/);
  });
});
