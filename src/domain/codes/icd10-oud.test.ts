import { describe, expect, it } from 'vitest';
import { checkIcd10Code, OUD_ICD10_CODES } from './icd10-oud.js';

describe('ICD-10-CM problem codes (REFERENCE.md section 8)', () => {
  it('knows the seven F11 codes of the reference, with their verification status', () => {
    expect(OUD_ICD10_CODES.map((c) => [c.code, c.verified])).toEqual([
      ['F11.10', true],
      ['F11.11', false],
      ['F11.13', false],
      ['F11.20', true],
      ['F11.21', true],
      ['F11.23', true],
      ['F11.90', true],
    ]);
  });

  it('accepts a known opioid code, normalized, with its description', () => {
    expect(checkIcd10Code(' f11.20 ')).toEqual({
      ok: true,
      code: 'F11.20',
      known: { code: 'F11.20', description: 'Opioid dependence, uncomplicated', verified: true },
    });
  });

  it('refuses an F11 code that is not in the table (a likely typo)', () => {
    expect(checkIcd10Code('F11.02')).toEqual({ ok: false, reason: 'unknown-oud-code' });
    expect(checkIcd10Code('F11')).toEqual({ ok: false, reason: 'unknown-oud-code' });
  });

  it('accepts other codes of ICD-10-CM form without a description', () => {
    expect(checkIcd10Code('Z79.891')).toEqual({ ok: true, code: 'Z79.891', known: null });
    expect(checkIcd10Code('F32.A')).toEqual({ ok: true, code: 'F32.A', known: null });
    expect(checkIcd10Code('B20')).toEqual({ ok: true, code: 'B20', known: null });
  });

  it.each(['', 'F1120', '11.20', 'F11.', 'F11.20000', 'opioid', 'F11-20'])(
    'refuses %j as not ICD-10-CM',
    (c) => {
      expect(checkIcd10Code(c)).toEqual({ ok: false, reason: 'pattern' });
    },
  );
});
