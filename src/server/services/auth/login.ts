import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { membership, user } from '../../../db/schema/index.js';
import type { LoginResponse } from '../../../shared/auth.js';
import { isStaffRole } from '../../../shared/roles.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { ApiError } from '../../errors.js';
import type { Keys } from '../../security/keys.js';
import { dummyPasswordHash, verifyPassword } from '../../security/passwords.js';
import { createSession, loadSessionSubject, newSessionToken, type SessionPolicy } from './session-store.js';

/** Lockout: 5 failed attempts within 15 minutes lock the account for 15 minutes. */
export const LOCKOUT = { attempts: 5, windowMinutes: 15, lockMinutes: 15 };

const INVALID = () =>
  new ApiError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'Email or password is incorrect.');

export interface LoginOptions {
  db: Db;
  keys: Keys;
  audit: AuditWriter;
  policy: SessionPolicy;
  requireMfa: boolean;
  actor: AuditActor;
  email: string;
  password: string;
  organizationId?: string;
  now?: Date;
}

export async function login(opts: LoginOptions): Promise<{ token: string; status: LoginResponse['status'] }> {
  const now = opts.now ?? new Date();
  const email = opts.email.trim().toLowerCase();
  const found = (await opts.db.select().from(user).where(eq(user.email, email)).limit(1))[0];

  if (!found || found.disabledAt) {
    await verifyPassword(await dummyPasswordHash(), opts.password);
    await opts.audit.record(opts.db, opts.actor, {
      action: 'auth.login',
      outcome: 'failure',
      userId: found?.id ?? null,
      details: { reason: found ? 'disabled' : 'unknown-user' },
    });
    throw INVALID();
  }

  if (found.lockedUntil && found.lockedUntil > now) {
    await opts.audit.record(opts.db, opts.actor, {
      action: 'auth.login',
      outcome: 'failure',
      userId: found.id,
      details: { reason: 'locked' },
    });
    throw lockedError(found.lockedUntil, now);
  }

  if (!(await verifyPassword(found.passwordHash, opts.password))) {
    const windowStart = new Date(now.getTime() - LOCKOUT.windowMinutes * 60_000);
    const inWindow = found.firstFailedLoginAt && found.firstFailedLoginAt > windowStart;
    const failures = inWindow ? found.failedLoginCount + 1 : 1;
    const lockedUntil =
      failures >= LOCKOUT.attempts ? new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000) : null;
    await opts.db.transaction(async (tx) => {
      // Increment in SQL so concurrent failures are all counted.
      await tx
        .update(user)
        .set({
          failedLoginCount: inWindow ? sql`${user.failedLoginCount} + 1` : 1,
          firstFailedLoginAt: inWindow ? found.firstFailedLoginAt : now,
          lockedUntil,
        })
        .where(eq(user.id, found.id));
      await opts.audit.record(tx, opts.actor, {
        action: 'auth.login',
        outcome: 'failure',
        userId: found.id,
        details: { reason: 'wrong-password', failures, locked: lockedUntil !== null },
      });
    });
    if (lockedUntil) throw lockedError(lockedUntil, now);
    throw INVALID();
  }

  const memberships = await opts.db
    .select()
    .from(membership)
    .where(
      opts.organizationId
        ? and(eq(membership.userId, found.id), eq(membership.organizationId, opts.organizationId))
        : eq(membership.userId, found.id),
    )
    .orderBy(asc(membership.createdAt))
    .limit(1);
  const member = memberships[0];
  if (!member) {
    await opts.audit.record(opts.db, opts.actor, {
      action: 'auth.login',
      outcome: 'denied',
      userId: found.id,
      details: { reason: 'no-membership' },
    });
    throw new ApiError('FORBIDDEN', 'NO_ORGANIZATION', 'This account has no access to any organization.');
  }

  const mfaEnrolled = found.mfaEnabledAt !== null;
  const mfaRequired = isStaffRole(member.role) && opts.requireMfa && !found.isDemo;
  const mfaPending = mfaEnrolled || mfaRequired;
  const token = newSessionToken();
  await opts.db.transaction(async (tx) => {
    await tx
      .update(user)
      .set({ failedLoginCount: 0, firstFailedLoginAt: null, lockedUntil: null })
      .where(eq(user.id, found.id));
    const subject = await loadSessionSubject(tx, found.id, member.organizationId);
    await createSession(tx, {
      tokenHash: opts.keys.hashToken(token),
      subject: subject!,
      mfaPending,
      policy: opts.policy,
      clientAddress: opts.actor.clientAddress,
      userAgent: opts.actor.userAgent,
      now,
    });
    await opts.audit.record(
      tx,
      { ...opts.actor, userId: found.id, role: member.role, organizationId: member.organizationId },
      { action: 'auth.login', outcome: 'success', details: { mfaPending } },
    );
  });
  const status = !mfaPending ? 'ok' : mfaEnrolled ? 'mfa_required' : 'mfa_enrollment_required';
  return { token, status };
}

function lockedError(until: Date, now: Date) {
  const minutes = Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
  return new ApiError(
    'LOCKED',
    'ACCOUNT_LOCKED',
    `Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}, or ask an administrator.`,
  );
}
