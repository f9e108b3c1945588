import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../shared/roles.js';
import { organization } from './organization.js';

/** A login: staff member or patient. Email is stored lower-cased. */
export const user = pgTable(
  'app_user',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    passwordHash: text('password_hash').notNull(),
    /** TOTP secret, AES-256-GCM encrypted with a key derived from HAVEN_SESSION_SECRET. */
    mfaSecretEncrypted: text('mfa_secret_encrypted'),
    mfaEnabledAt: timestamp('mfa_enabled_at', { withTimezone: true }),
    /** SHA-256 hashes of unused recovery codes. */
    mfaRecoveryCodeHashes: jsonb('mfa_recovery_code_hashes')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Demo users never need MFA (issue: demo logins follow one pattern for scripts). */
    isDemo: boolean('is_demo').notNull().default(false),
    failedLoginCount: integer('failed_login_count').notNull().default(0),
    firstFailedLoginAt: timestamp('first_failed_login_at', { withTimezone: true }),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    disabledAt: timestamp('disabled_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('app_user_email_unique').on(t.email)],
);

/** user x organization x role. One role per user per organization. */
export const membership = pgTable(
  'membership',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => user.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    role: text('role', { enum: ROLES }).notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('membership_user_org_unique').on(t.userId, t.organizationId),
    index('membership_org_idx').on(t.organizationId),
  ],
);
