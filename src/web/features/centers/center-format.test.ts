import { describe, expect, it } from 'vitest';
import { addressLines, formatDay, formatMiles, languageName, safeWebsite } from './center-format';

describe('center facts as the finder shows them', () => {
  it('writes distances with one decimal at most, in the reader’s language', () => {
    expect(formatMiles(1.2, 'en')).toBe('1.2');
    expect(formatMiles(12, 'en')).toBe('12');
    expect(formatMiles(1234.5, 'en')).toBe('1,234.5');
    expect(formatMiles(0.4, 'es')).toBe('0.4');
  });

  it('writes the last-verified day without a time-zone shift', () => {
    expect(formatDay('2026-01-15', 'en')).toBe('January 15, 2026');
    expect(formatDay('2026-01-01', 'es')).toBe('1 de enero de 2026');
    expect(formatDay('soon', 'en')).toBe('soon');
  });

  it('puts the address on lines, skipping an empty second line', () => {
    const center = {
      addressLine: '100 Example Street',
      addressLine2: null,
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
    };
    expect(addressLines(center)).toEqual(['100 Example Street', 'Springfield, IL 62701']);
    expect(addressLines({ ...center, addressLine2: 'Suite 2' })).toEqual([
      '100 Example Street',
      'Suite 2',
      'Springfield, IL 62701',
    ]);
  });

  it('names languages it has no string for', () => {
    expect(languageName('vi', 'en')).toBe('Vietnamese');
    expect(languageName('vi', 'es')).toBe('vietnamita');
  });

  it('links only http(s) websites', () => {
    expect(safeWebsite('https://demo.haven.example/downtown')).toBe('https://demo.haven.example/downtown');
    expect(safeWebsite('javascript:alert(1)')).toBeNull();
    expect(safeWebsite('not a url')).toBeNull();
    expect(safeWebsite(null)).toBeNull();
  });
});
