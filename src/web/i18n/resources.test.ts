import { describe, expect, it } from 'vitest';
import adminEn from './admin.en.json';
import adminEs from './admin.es.json';
import admissionsEn from './admissions.en.json';
import admissionsEs from './admissions.es.json';
import admissionsStaffEn from './admissions-staff.en.json';
import admissionsStaffEs from './admissions-staff.es.json';
import chartEn from './chart.en.json';
import chartEs from './chart.es.json';
import clinicalEn from './clinical.en.json';
import clinicalEs from './clinical.es.json';
import consentsEn from './consents.en.json';
import consentsEs from './consents.es.json';
import en from './en.json';
import es from './es.json';
import finderEn from './finder.en.json';
import finderEs from './finder.es.json';
import patientsEn from './patients.en.json';
import patientsEs from './patients.es.json';
import publicEn from './public.en.json';
import publicEs from './public.es.json';
import workspaceEn from './workspace.en.json';
import workspaceEs from './workspace.es.json';

/** Each string file in English with its Spanish twin; they are merged into one namespace. */
const FILES = [
  { name: 'en.json / es.json', en, es },
  { name: 'admin.en.json / admin.es.json', en: adminEn, es: adminEs },
  { name: 'admissions.en.json / admissions.es.json', en: admissionsEn, es: admissionsEs },
  {
    name: 'admissions-staff.en.json / admissions-staff.es.json',
    en: admissionsStaffEn,
    es: admissionsStaffEs,
  },
  { name: 'chart.en.json / chart.es.json', en: chartEn, es: chartEs },
  { name: 'clinical.en.json / clinical.es.json', en: clinicalEn, es: clinicalEs },
  { name: 'consents.en.json / consents.es.json', en: consentsEn, es: consentsEs },
  { name: 'finder.en.json / finder.es.json', en: finderEn, es: finderEs },
  { name: 'patients.en.json / patients.es.json', en: patientsEn, es: patientsEs },
  { name: 'public.en.json / public.es.json', en: publicEn, es: publicEs },
  { name: 'workspace.en.json / workspace.es.json', en: workspaceEn, es: workspaceEs },
] as const;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '').sort();
}

describe.each(FILES)('translations in $name', (file) => {
  it('Spanish has exactly the English keys', () => {
    expect(keys(file.es).sort()).toEqual(keys(file.en).sort());
  });

  it('every Spanish string keeps the English placeholders and is not empty', () => {
    const lookup = (tree: unknown, path: string): string =>
      path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string;
    for (const key of keys(file.en)) {
      const english = lookup(file.en, key);
      const spanish = lookup(file.es, key);
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });
});

describe('merging the string files', () => {
  // Files are merged deeply (`addResourceBundle(..., deep: true, overwrite: false)`), so two files may share a
  // top-level key (the admission form's and the staff queue's strings are both under `admissions`); a string
  // defined twice, though, would silently keep only the first file's.
  it('no two files define the same string', () => {
    const all = FILES.flatMap((file) => keys(file.en));
    expect(all.filter((key, i) => all.indexOf(key) !== i)).toEqual([]);
  });

  it('no string of one file is a group of strings in another (the merge would drop one)', () => {
    const all = new Set(FILES.flatMap((file) => keys(file.en)));
    expect([...all].filter((key) => [...all].some((other) => other.startsWith(`${key}.`)))).toEqual([]);
  });
});
