import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import adminEn from './admin.en.json';
import adminEs from './admin.es.json';
import admissionsEn from './admissions.en.json';
import admissionsEs from './admissions.es.json';
import chartEn from './chart.en.json';
import chartEs from './chart.es.json';
import clinicalEn from './clinical.en.json';
import clinicalEs from './clinical.es.json';
import consentsEn from './consents.en.json';
import consentsEs from './consents.es.json';
import en from './en.json';
import es from './es.json';
import patientsEn from './patients.en.json';
import patientsEs from './patients.es.json';
import publicEn from './public.en.json';
import publicEs from './public.es.json';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

/**
 * Areas with their own string files (`admin.*.json`, `public.*.json`) add one top-level key each to the default
 * namespace (the public site's strings sit under `site`).
 */
export const resources = {
  en: {
    translation: {
      ...en,
      ...adminEn,
      ...admissionsEn,
      ...chartEn,
      ...clinicalEn,
      ...consentsEn,
      ...patientsEn,
      ...publicEn,
    },
  },
  es: {
    translation: {
      ...es,
      ...adminEs,
      ...admissionsEs,
      ...chartEs,
      ...clinicalEs,
      ...consentsEs,
      ...patientsEs,
      ...publicEs,
    },
  },
} as const;

const STORAGE_KEY = 'haven.language';

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.some((l) => l.code === value);
}

function readStoredLanguage(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null; // storage can be disabled (private mode, policy)
  }
}

function storeLanguage(language: Language): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // the choice then lasts for this page view only
  }
}

/** The saved choice, else the first supported browser language, else English. */
function initialLanguage(): Language {
  const stored = readStoredLanguage();
  if (isLanguage(stored)) return stored;
  const browser = (navigator.languages ?? [navigator.language]).map((l) => l.slice(0, 2).toLowerCase());
  return browser.find(isLanguage) ?? 'en';
}

/** Creates the i18next instance; resources are bundled, so it is ready synchronously. */
export function createI18n(): i18n {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    const language = isLanguage(lng) ? lng : 'en';
    document.documentElement.lang = language;
  });
  void instance.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });
  document.documentElement.lang = instance.language;
  return instance;
}

/** Switches the language and remembers the choice in this browser. */
export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  storeLanguage(language);
  await instance.changeLanguage(language);
}

export function currentLanguage(instance: i18n): Language {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lng) ? lng : 'en';
}
