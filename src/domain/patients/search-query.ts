import { DomainError } from '../errors.js';

/**
 * What a staff member typed into the patient search box, understood as one kind of search (issue
 * "Patient search by name (typo-tolerant), date of birth or MRN"): a date is a date of birth, a single
 * token with a digit is a medical record number, anything else is a name.
 */
export type PatientSearch =
  | { kind: 'name'; text: string }
  | { kind: 'dob'; dateOfBirth: string }
  | { kind: 'mrn'; mrn: string };

export type PatientSearchKind = PatientSearch['kind'];

export const SEARCH_MIN_LENGTH = 2;
export const SEARCH_MAX_LENGTH = 100;

/**
 * Trigram word similarity (pg_trgm `<%`) a name must reach to match. Two swapped letters in each of first
 * and last name ("Jonh Smtih" for John Smith) score 0.286, so the default 0.6 would miss them. The index
 * scan keeps names sharing at least this share of the query's trigrams, so the threshold sets the work:
 * measured at 100,000 patients, 0.25 let 1,755 candidates through for "Jonh Smtih" and 0.28 let 129.
 */
export const NAME_MATCH_THRESHOLD = 0.28;

/**
 * Word similarity of a close match ("Aisha Jonhson" for Aisha Johnson scores 0.57, "Smiht" for Ann Smith
 * 0.5). Names that start with what was typed come first; then close matches; names that only reach
 * NAME_MATCH_THRESHOLD are looked for when there is nothing better, because that low threshold lets
 * thousands of candidates through at 100,000 patients, each to be scored: "Jonh Smtih" (0.29) and "Lusia
 * Hernadez" (0.41) find John Smith and Luisa Hernandez that way.
 */
export const CLOSE_MATCH_THRESHOLD = 0.5;

/**
 * The words of a name search, as the starts of name words are matched: split at spaces and hyphens
 * ("hernández-ruiz" is two words, as in the name), each once.
 */
export function nameWords(text: string): string[] {
  return [...new Set(text.split(/[\s-]+/).filter(Boolean))];
}

const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MRN = /^[a-z0-9][a-z0-9-]*$/i;

function calendarDate(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Throws a VALIDATION DomainError with a message the person can act on when the text cannot be searched. */
export function parsePatientSearch(input: string, today = new Date()): PatientSearch {
  const q = input.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (q.length < SEARCH_MIN_LENGTH) {
    throw new DomainError('VALIDATION', `Type at least ${SEARCH_MIN_LENGTH} characters.`, {
      q: `Type at least ${SEARCH_MIN_LENGTH} characters.`,
    });
  }
  if (q.length > SEARCH_MAX_LENGTH) {
    throw new DomainError('VALIDATION', `Use at most ${SEARCH_MAX_LENGTH} characters.`, {
      q: `Use at most ${SEARCH_MAX_LENGTH} characters.`,
    });
  }
  const iso = ISO_DATE.exec(q);
  const us = US_DATE.exec(q);
  if (iso || us) {
    const [y, m, d] = iso
      ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
      : [Number(us![3]), Number(us![1]), Number(us![2])];
    const date = calendarDate(y, m, d);
    if (!date || y < 1900 || date > today.toISOString().slice(0, 10)) {
      const message = `${q} is not a possible date of birth. Use YYYY-MM-DD or MM/DD/YYYY.`;
      throw new DomainError('VALIDATION', message, { q: message });
    }
    return { kind: 'dob', dateOfBirth: date };
  }
  if (MRN.test(q) && /\d/.test(q)) return { kind: 'mrn', mrn: q };
  return { kind: 'name', text: q.toLowerCase() };
}
