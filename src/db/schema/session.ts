import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { ROLES } from '../../shared/roles.js';
import { organization } from './organization.js';
import { user } from './user.js';

/**
 * Server-side session. The cookie carries a random token; only its keyed hash is stored,
 * so a copy of this table cannot be replayed as cookies.
 *
 * The row is the authority for each request (one primary-key read, no joins): it carries the role and
 * the display facts taken at sign-in. Whatever changes them must update or end the sessions in the
 * same transaction (assign-role does; disabling a user or removing a membership must end them).
 */
export const session = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => user.id),
    organizationId: uuid('organization_id')
      .notNull()
      .references(() => organization.id),
    role: text('role', { enum: ROLES }).notNull(),
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    organizationName: text('organization_name').notNull(),
    mfaEnabled: boolean('mfa_enabled').notNull(),
    /** Password checked but the TOTP step is still owed (or enrolment is in progress). */
    mfaPending: boolean('mfa_pending').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    idleExpiresAt: timestamp('idle_expires_at', { withTimezone: true }).notNull(),
    absoluteExpiresAt: timestamp('absolute_expires_at', { withTimezone: true }).notNull(),
    endedAt: timestamp('ended_at', { withTimezone: true }),
    clientAddress: text('client_address'),
    userAgent: text('user_agent'),
  },
  (t) => [index('session_user_idx').on(t.userId)],
);
