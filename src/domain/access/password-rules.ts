import { PASSWORD_MIN_LENGTH } from '../../shared/auth.js';

/**
 * NIST SP 800-63B section 5.1.1.2: a minimum length (we ask 12 because accounts reach PHI), no composition
 * rules, and refusal of passwords that are obviously guessable. Returns a message a person can act on,
 * or null when the password is acceptable.
 */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) {
    return `Use at least ${PASSWORD_MIN_LENGTH} characters; a short phrase is easy to remember.`;
  }
  if (password.length > 256) return 'Use at most 256 characters.';
  if (/^(.)\1+$/.test(password)) return 'Do not repeat a single character.';
  const lower = password.toLowerCase();
  const local = context.email?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && lower.includes(local))
    return 'Do not use your email name in your password.';
  if (['password1234', '123456789012', 'qwertyuiopas', 'haven-password'].includes(lower)) {
    return 'This password is too common; choose another.';
  }
  return null;
}
