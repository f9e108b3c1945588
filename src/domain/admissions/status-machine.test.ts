import { describe, expect, it } from 'vitest';
import { INQUIRY_STATUSES } from '../../shared/admissions.js';
import { DomainError } from '../errors.js';
import { assertTransition, canTransition, isOpenStatus, OPEN_STATUSES } from './status-machine.js';

function fieldsOf(fn: () => void): Record<string, string> | undefined {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return (err as DomainError).fields;
  }
  throw new Error('expected a DomainError');
}

describe('inquiry status machine', () => {
  it('walks the happy path new -> contacted -> screened -> assessment scheduled -> admitted (by conversion)', () => {
    expect(() => assertTransition('new', 'contacted')).not.toThrow();
    expect(() => assertTransition('contacted', 'screened')).not.toThrow();
    expect(() => assertTransition('screened', 'assessment-scheduled')).not.toThrow();
    expect(() =>
      assertTransition('assessment-scheduled', 'admitted', {}, { viaConversion: true }),
    ).not.toThrow();
  });

  it('admits only through conversion, so the chart is linked', () => {
    expect(fieldsOf(() => assertTransition('screened', 'admitted'))?.status).toMatch(/Convert to patient/);
  });

  it('needs a reason to close and a destination to refer', () => {
    expect(fieldsOf(() => assertTransition('new', 'closed'))?.closedReason).toMatch(/why/);
    expect(
      fieldsOf(() => assertTransition('new', 'closed', { closedReason: '   ' }))?.closedReason,
    ).toBeDefined();
    expect(() => assertTransition('new', 'closed', { closedReason: 'Not interested' })).not.toThrow();
    expect(fieldsOf(() => assertTransition('contacted', 'referred-elsewhere'))?.referredTo).toMatch(/where/);
    expect(() =>
      assertTransition('contacted', 'referred-elsewhere', { referredTo: 'Riverside OTP' }),
    ).not.toThrow();
  });

  it('admitted is final; closed and referred can be reopened', () => {
    for (const to of INQUIRY_STATUSES) expect(canTransition('admitted', to)).toBe(false);
    expect(canTransition('closed', 'new')).toBe(true);
    expect(canTransition('referred-elsewhere', 'contacted')).toBe(true);
    expect(canTransition('closed', 'admitted')).toBe(false);
  });

  it('refuses skipping back to new and no-op changes, naming what is possible', () => {
    expect(fieldsOf(() => assertTransition('screened', 'new'))?.status).toBe(
      'From screened the next status can be: contacted, assessment scheduled, referred elsewhere, closed.',
    );
    expect(fieldsOf(() => assertTransition('new', 'new'))?.status).toBe('No change.');
  });

  it('knows which statuses are still waiting on the program', () => {
    expect(OPEN_STATUSES).toEqual(['new', 'contacted', 'screened', 'assessment-scheduled']);
    expect(isOpenStatus('closed')).toBe(false);
  });
});
