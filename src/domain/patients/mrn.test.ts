import { describe, expect, it } from 'vitest';
import { normalizeMrn } from './mrn.js';

describe('normalizeMrn', () => {
  it('trims and upper-cases, so one number has one stored form', () => {
    expect(normalizeMrn('  hv-1001 ')).toBe('HV-1001');
    expect(normalizeMrn('Hv-1001')).toBe(normalizeMrn('HV-1001'));
    expect(normalizeMrn('H004512')).toBe('H004512');
  });
});
