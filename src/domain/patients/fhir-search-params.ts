import { DomainError } from '../errors.js';

/** FHIR R4 Patient search parameters Haven answers (hl7.org/fhir/R4/patient.html#search). */
export interface FhirPatientSearchInput {
  name?: string;
  birthdate?: string;
  identifier?: string;
  _count?: number;
}

export interface FhirPatientCriteria {
  /** Lower-cased text that must occur in the name (the `string` type's case-insensitive match). */
  nameContains: string | null;
  /** Inclusive date range: `birthdate=1984` is all of 1984, `1984-02` all of February. */
  birthDate: { from: string; to: string } | null;
  /** Exact MRN; null when not searched. */
  mrn: string | null;
  /** An identifier of another system was asked for: nothing can match. */
  impossible: boolean;
  count: number;
  /** The parameters used, for the audit row (names only, never values). */
  params: string[];
}

export const FHIR_DEFAULT_COUNT = 20;
export const FHIR_MAX_COUNT = 100;

const BIRTHDATE = /^(?:eq)?(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const invalid = (message: string) => new DomainError('VALIDATION', message);

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function birthDateRange(value: string): { from: string; to: string } {
  const m = BIRTHDATE.exec(value.trim());
  const year = Number(m?.[1]);
  const month = m?.[2] ? Number(m[2]) : null;
  const day = m?.[3] ? Number(m[3]) : null;
  const ok =
    m &&
    (month === null || (month >= 1 && month <= 12)) &&
    (day === null || (day >= 1 && day <= daysIn(year, month!)));
  if (!ok) {
    throw invalid(
      `birthdate "${value}" is not a date. Use YYYY-MM-DD (or YYYY-MM, YYYY), optionally prefixed with eq.`,
    );
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  if (day !== null)
    return { from: `${year}-${pad(month!)}-${pad(day)}`, to: `${year}-${pad(month!)}-${pad(day)}` };
  if (month !== null)
    return { from: `${year}-${pad(month)}-01`, to: `${year}-${pad(month)}-${pad(daysIn(year, month))}` };
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/**
 * Reads the supported parameters. `identifier` is `[system|]value`; only the organization's MRN system
 * (`mrnSystem`) can match.
 */
export function parseFhirPatientSearch(
  input: FhirPatientSearchInput,
  mrnSystem: string,
): FhirPatientCriteria {
  const params: string[] = [];
  let nameContains: string | null = null;
  if (input.name !== undefined) {
    nameContains = input.name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
    if (nameContains.length === 0 || nameContains.length > 100)
      throw invalid('name must have 1 to 100 characters.');
    params.push('name');
  }
  let birthDate: FhirPatientCriteria['birthDate'] = null;
  if (input.birthdate !== undefined) {
    birthDate = birthDateRange(input.birthdate);
    params.push('birthdate');
  }
  let mrn: string | null = null;
  let impossible = false;
  if (input.identifier !== undefined) {
    const bar = input.identifier.indexOf('|');
    const system = bar >= 0 ? input.identifier.slice(0, bar) : null;
    mrn = (bar >= 0 ? input.identifier.slice(bar + 1) : input.identifier).trim();
    if (mrn.length === 0 || mrn.length > 100)
      throw invalid('identifier must be [system|]value with a value.');
    if (system !== null && system !== '' && system !== mrnSystem) impossible = true;
    params.push('identifier');
  }
  const count = input._count ?? FHIR_DEFAULT_COUNT;
  if (!Number.isInteger(count) || count < 1 || count > FHIR_MAX_COUNT) {
    throw invalid(`_count must be a whole number from 1 to ${FHIR_MAX_COUNT}.`);
  }
  return { nameContains, birthDate, mrn, impossible, count, params };
}
