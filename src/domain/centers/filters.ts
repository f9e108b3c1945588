import {
  AGE_GROUPS,
  CARE_TYPES,
  GENDERS,
  MEDICATIONS,
  PAYMENT_OPTIONS,
  POPULATIONS,
} from '../../shared/centers.js';
import { DomainError } from '../errors.js';

/**
 * What a search asks for. Each list is "any of" (a center offering one value matches); lists and flags
 * combine with AND. An empty list does not filter.
 */
export interface CenterFilters {
  care: string[];
  medications: string[];
  payment: string[];
  languages: string[];
  ageGroups: string[];
  genders: string[];
  populations: string[];
  telehealth: boolean;
  sameDay: boolean;
  walkIn: boolean;
}

export interface RawCenterFilters {
  care?: string;
  medications?: string;
  payment?: string;
  language?: string;
  age?: string;
  gender?: string;
  population?: string;
  telehealth?: 'true' | 'false';
  sameDay?: 'true' | 'false';
  walkIn?: 'true' | 'false';
}

/** Everyday words people type for the same thing (and the directory's own codes). */
const ALIASES: Record<string, string> = {
  detoxification: 'detox',
  'withdrawal-management': 'detox',
  php: 'partial-hospitalization',
  iop: 'intensive-outpatient',
  otp: 'opioid-treatment-program',
  bup: 'buprenorphine',
  suboxone: 'buprenorphine',
  vivitrol: 'naltrexone',
  insurance: 'private-insurance',
  'self-payment': 'self-pay',
  cash: 'self-pay',
  sliding: 'sliding-scale',
  'no-cost': 'free',
  women: 'female',
  men: 'male',
  youth: 'adolescents',
  seniors: 'seniors',
  english: 'en',
  spanish: 'es',
  espanol: 'es',
  'sign-language': 'asl',
};

const LANGUAGE_CODE = /^[a-z]{2,3}$/;

function values(raw: string | undefined): string[] {
  if (!raw) return [];
  const out = raw
    .split(',')
    .map((v) =>
      v
        .trim()
        .toLowerCase()
        .replace(/[\s_]+/g, '-'),
    )
    .filter(Boolean)
    .map((v) => ALIASES[v] ?? v);
  return [...new Set(out)].sort();
}

function checked(field: string, raw: string | undefined, allowed: readonly string[], noun: string): string[] {
  const list = values(raw);
  const unknown = list.filter((v) => !allowed.includes(v));
  if (unknown.length > 0) {
    const message = `We don't know the ${noun} "${unknown[0]}". Use any of: ${allowed.join(', ')}.`;
    throw new DomainError('VALIDATION', message, { [field]: message });
  }
  return list;
}

/** Validates and normalises the filter part of a search (sorted, so equal searches share a cache entry). */
export function normaliseFilters(raw: RawCenterFilters): CenterFilters {
  const languages = values(raw.language);
  const badLanguage = languages.find((l) => !LANGUAGE_CODE.test(l));
  if (badLanguage) {
    const message = `Use a language code (en, es, asl) or name (spanish); "${badLanguage}" is neither.`;
    throw new DomainError('VALIDATION', message, { language: message });
  }
  return {
    care: checked('care', raw.care, CARE_TYPES, 'type of care'),
    medications: checked('medications', raw.medications, MEDICATIONS, 'medication'),
    payment: checked('payment', raw.payment, PAYMENT_OPTIONS, 'payment option'),
    languages,
    ageGroups: checked('age', raw.age, AGE_GROUPS, 'age group'),
    genders: checked('gender', raw.gender, GENDERS, 'gender'),
    populations: checked('population', raw.population, POPULATIONS, 'population'),
    telehealth: raw.telehealth === 'true',
    sameDay: raw.sameDay === 'true',
    walkIn: raw.walkIn === 'true',
  };
}
