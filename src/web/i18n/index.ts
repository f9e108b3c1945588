import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './en.json';
import publicEn from './public.en.json';

export const LANGUAGES = [
  { code: 'en', label: 'English' },
  { code: 'es', label: 'Español' },
] as const;
export type Language = (typeof LANGUAGES)[number]['code'];

type Strings = Record<string, unknown>;

/**
 * One area's string file in both languages; each adds one top-level key to the default namespace. English is
 * bundled with the area (it is also every language's fallback); Spanish is fetched only by readers of Spanish.
 */
export interface AreaStrings {
  en: Strings;
  es: () => Promise<{ default: Strings }>;
}

/**
 * The strings the first page needs: the shell (`en.json`) and the public site (`public.*.json`, under `site`),
 * in English (also the fallback) and, fetched only when chosen, in Spanish. Every other area registers its
 * files with `registerAreaStrings` from the chunk that uses them, so a visitor of the public site never
 * downloads the workspace's strings (issue "Public site", part 6: the first-load budget).
 */
const coreStrings: Record<Language, () => Promise<Strings[]>> = {
  en: async () => [en, publicEn],
  es: async () =>
    (await Promise.all([import('./es.json'), import('./public.es.json')])).map((m) => m.default),
};

const coreLoaded = new WeakMap<i18n, Set<Language>>();

async function loadCoreStrings(instance: i18n, language: Language): Promise<void> {
  const loaded = coreLoaded.get(instance) ?? new Set<Language>();
  coreLoaded.set(instance, loaded);
  if (loaded.has(language)) return;
  for (const strings of await coreStrings[language]()) {
    instance.addResourceBundle(language, 'translation', strings, true, false);
  }
  loaded.add(language);
}

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

let active: i18n | null = null;
const registered = new Set<AreaStrings>();
const areaLoaded = new WeakMap<i18n, Map<AreaStrings, Set<Language>>>();

/** Adds an area's strings in `language` to `instance` (once), fetching them first when they are not bundled. */
async function addAreaStrings(instance: i18n, area: AreaStrings, language: Language): Promise<void> {
  const byArea = areaLoaded.get(instance) ?? new Map<AreaStrings, Set<Language>>();
  areaLoaded.set(instance, byArea);
  const done = byArea.get(area) ?? new Set<Language>();
  byArea.set(area, done);
  if (done.has(language)) return;
  const strings = language === 'en' ? area.en : (await area.es()).default;
  instance.addResourceBundle(language, 'translation', strings, true, false);
  done.add(language);
}

/** English (the fallback) and, when it is another, the language the reader has chosen. */
function languagesOf(instance: i18n): Language[] {
  const chosen = currentLanguage(instance);
  return chosen === 'en' ? ['en'] : ['en', chosen];
}

/**
 * Adds an area's strings to the app's i18next instance (and to any created later). Area modules await it at
 * their top level, so their chunk finishes loading, and their components render, only once the strings of
 * the reader's language are there (no flash of English on a Spanish page).
 */
export async function registerAreaStrings(...areas: AreaStrings[]): Promise<void> {
  const instance = active;
  const fresh = areas.filter((area) => !registered.has(area));
  for (const area of fresh) registered.add(area);
  if (!instance) return;
  await Promise.all(
    fresh.flatMap((area) => languagesOf(instance).map((lng) => addAreaStrings(instance, area, lng))),
  );
}

/** Creates the i18next instance with the strings of the language the visitor reads. */
export async function createI18n(): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', (lng) => {
    const language = isLanguage(lng) ? lng : 'en';
    document.documentElement.lang = language;
  });
  const language = initialLanguage();
  await instance.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: 'en',
    supportedLngs: LANGUAGES.map((l) => l.code),
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes
    react: { useSuspense: false },
  });
  await loadCoreStrings(instance, 'en');
  if (language !== 'en') await loadCoreStrings(instance, language);
  await Promise.all(
    [...registered].flatMap((area) =>
      languagesOf(instance).map((lng) => addAreaStrings(instance, area, lng)),
    ),
  );
  active = instance;
  document.documentElement.lang = instance.language;
  return instance;
}

/** Switches the language and remembers the choice in this browser. */
export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  storeLanguage(language);
  await Promise.all([
    loadCoreStrings(instance, language),
    ...[...registered].map((area) => addAreaStrings(instance, area, language)),
  ]);
  await instance.changeLanguage(language);
}

export function currentLanguage(instance: i18n): Language {
  const lng = instance.resolvedLanguage ?? instance.language;
  return isLanguage(lng) ? lng : 'en';
}
