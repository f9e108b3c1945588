import { describe, expect, it } from 'vitest';
import { parseUsPhone, telHref } from './phone.js';

describe('parseUsPhone', () => {
  it('reads the usual ways of writing a US number into one display form and E.164', () => {
    const expected = { display: '(555) 010-0199', tel: '+15550100199' };
    for (const text of ['(555) 010-0199', '555-010-0199', '555.010.0199', '5550100199', '+1 555 010 0199']) {
      expect(parseUsPhone(text), text).toEqual(expected);
    }
    expect(parseUsPhone(' 1-217-555-0123 ')).toEqual({ display: '(217) 555-0123', tel: '+12175550123' });
  });

  it('refuses what is not a dialable US number', () => {
    for (const text of [
      '',
      '911',
      '555-0199',
      '155-010-0199',
      '055-010-0199',
      '2-555-010-0199',
      'call 555-010-0199',
      '555-010-0199 x12',
      '+44 20 7946 0000',
    ]) {
      expect(parseUsPhone(text), text).toBeNull();
    }
  });
});

describe('telHref', () => {
  it('links US numbers in E.164, other dialable numbers by their digits, and nothing else', () => {
    expect(telHref('(217) 555-0123')).toBe('tel:+12175550123');
    expect(telHref('217-555-0123 ext. 4')).toBe('tel:+12175550123');
    expect(telHref('+44 20 7946 0000')).toBe('tel:442079460000');
    expect(telHref('see website')).toBeNull();
    expect(telHref('12')).toBeNull();
  });
});
