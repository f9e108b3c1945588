import { describe, expect, it } from 'vitest';
import en from './en.json';
import es from './es.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1] ?? '').sort();
}

describe('translations', () => {
  it('Spanish has exactly the English keys', () => {
    expect(keys(es).sort()).toEqual(keys(en).sort());
  });

  it('every Spanish string keeps the English placeholders and is not empty', () => {
    const lookup = (tree: unknown, path: string): string =>
      path.split('.').reduce<unknown>((node, k) => (node as Record<string, unknown>)[k], tree) as string;
    for (const key of keys(en)) {
      const english = lookup(en, key);
      const spanish = lookup(es, key);
      expect(spanish.trim(), key).not.toBe('');
      expect(placeholders(spanish), key).toEqual(placeholders(english));
    }
  });
});
