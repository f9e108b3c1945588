import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-rules.js';

describe('passwordProblem', () => {
  it('requires at least 12 characters', () => {
    expect(passwordProblem('elevenchars')).toMatch(/at least 12/);
    expect(passwordProblem('twelve chars')).toBeNull();
  });
  it('refuses repeated characters, the email name and common passwords', () => {
    expect(passwordProblem('aaaaaaaaaaaaaa')).toMatch(/repeat/);
    expect(passwordProblem('jordan.smith-2026!', { email: 'jordan.smith@clinic.org' })).toMatch(/email/);
    expect(passwordProblem('Password1234')).toMatch(/common/);
  });
});
