import { z } from 'zod';
import { PASSWORD_MIN_LENGTH } from './auth.js';
import { ROLES, STAFF_ROLES } from './roles.js';

export const staffRole = z.enum(STAFF_ROLES as [string, ...string[]], {
  message: `Choose one of: ${STAFF_ROLES.join(', ')}.`,
}) as z.ZodType<(typeof STAFF_ROLES)[number]>;

export const createUserRequest = z.object({
  email: z.email({ message: 'Enter a valid email address.' }).max(254),
  displayName: z.string().trim().min(1, { message: 'Enter the person’s name.' }).max(200),
  role: staffRole,
  /** Initial password, given to the person out of band; at least 12 characters. */
  password: z
    .string()
    .min(PASSWORD_MIN_LENGTH, { message: `Use at least ${PASSWORD_MIN_LENGTH} characters.` })
    .max(256),
});
export type CreateUserRequest = z.infer<typeof createUserRequest>;

export const assignRoleRequest = z.object({ role: staffRole });

export const orgUser = z.object({
  id: z.uuid(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  mfaEnabled: z.boolean(),
  createdAt: z.string(),
});
export type OrgUser = z.infer<typeof orgUser>;
export const orgUserList = z.object({ users: z.array(orgUser) });
