import { describe, expect, it } from 'vitest';
import { destinationFor } from './destination';

describe('destinationFor', () => {
  it('sends each role to its own area', () => {
    expect(destinationFor('counselor')).toBe('/staff');
    expect(destinationFor('patient')).toBe('/app');
  });

  it('returns to the remembered page inside the area', () => {
    expect(destinationFor('nurse', '/staff/patients')).toBe('/staff/patients');
    expect(destinationFor('patient', '/app?tab=plan')).toBe('/app?tab=plan');
  });

  it('never returns to another area, another site or a sign-in page', () => {
    expect(destinationFor('patient', '/staff/patients')).toBe('/app');
    expect(destinationFor('admin', '/app')).toBe('/staff');
    expect(destinationFor('admin', '/staffing')).toBe('/staff');
    expect(destinationFor('admin', '//evil.example/staff')).toBe('/staff');
    expect(destinationFor('admin', '/staff/login')).toBe('/staff');
    expect(destinationFor('admin', '/staff/mfa/enroll')).toBe('/staff');
  });
});
