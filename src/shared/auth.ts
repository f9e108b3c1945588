import { z } from 'zod';
import { ROLES } from './roles.js';

/** Minimum length follows NIST SP 800-63B (>= 8; we ask 12 because staff handle PHI). */
export const PASSWORD_MIN_LENGTH = 12;

export const loginRequest = z.object({
  email: z.email({ message: 'Enter a valid email address.' }).max(254),
  password: z.string().min(1, { message: 'Enter your password.' }).max(1024),
  /** Only needed when the user belongs to several organizations; defaults to the first. */
  organizationId: z.uuid().optional(),
});
export type LoginRequest = z.infer<typeof loginRequest>;

/**
 * `ok`: signed in. `mfa_required`: enter a TOTP (or recovery) code at /auth/mfa/verify.
 * `mfa_enrollment_required`: call /auth/mfa/enroll, then /auth/mfa/verify with the first code.
 */
export const loginResponse = z.object({
  status: z.enum(['ok', 'mfa_required', 'mfa_enrollment_required']),
});
export type LoginResponse = z.infer<typeof loginResponse>;

export const mfaEnrollResponse = z.object({
  secret: z.string(),
  otpauthUrl: z.string(),
  /** PNG data: URL of the QR code for the otpauth URL. */
  qrDataUrl: z.string(),
});
export type MfaEnrollResponse = z.infer<typeof mfaEnrollResponse>;

export const mfaVerifyRequest = z.object({
  code: z
    .string()
    .trim()
    .min(6, { message: 'Enter the 6-digit code from your authenticator app, or a recovery code.' })
    .max(32),
});
export const mfaVerifyResponse = z.object({
  status: z.literal('ok'),
  /** Present only right after enrolment: shown once, stored hashed. */
  recoveryCodes: z.array(z.string()).optional(),
});
export type MfaVerifyResponse = z.infer<typeof mfaVerifyResponse>;

export const meResponse = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  organization: z.object({ id: z.uuid(), name: z.string() }),
  mfaEnabled: z.boolean(),
  sessionExpiresAt: z.string(),
});
export type Me = z.infer<typeof meResponse>;

export const errorBody = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }),
});
export type ErrorBody = z.infer<typeof errorBody>;
