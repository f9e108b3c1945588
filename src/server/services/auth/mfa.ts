import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { authenticator as baseAuthenticator } from 'otplib';
import QRCode from 'qrcode';
import type { Db } from '../../../db/connect.js';
import { user } from '../../../db/schema/index.js';
import type { MfaEnrollResponse } from '../../../shared/auth.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { ApiError } from '../../errors.js';
import type { Keys } from '../../security/keys.js';
import { LOCKOUT } from './login.js';
import type { SessionCache } from './session-cache.js';
import {
  createSession,
  endSession,
  loadSessionSubject,
  markSessionMfaEnabled,
  newSessionToken,
  type SessionActor,
  type SessionPolicy,
} from './session-store.js';

/** RFC 6238 TOTP, 30 s steps, accepting one step of clock drift either way. */
const totp = baseAuthenticator.clone({ window: 1 });
const RECOVERY_CODES = 10;
const ISSUER = 'Haven';

interface MfaDeps {
  db: Db;
  keys: Keys;
  audit: AuditWriter;
  policy: SessionPolicy;
  actor: AuditActor;
  session: SessionActor;
  /** This server's session copies: a session ended or changed here is forgotten once committed. */
  sessionCache: SessionCache;
}

const hashCode = (code: string) =>
  createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex');

function newRecoveryCode(): string {
  const raw = randomBytes(8).toString('hex');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}-${raw.slice(12, 16)}`;
}

export async function enrollMfa(deps: MfaDeps): Promise<MfaEnrollResponse> {
  const me = (await deps.db.select().from(user).where(eq(user.id, deps.session.userId)))[0];
  if (!me) throw new ApiError('UNAUTHENTICATED', 'UNAUTHENTICATED', 'Sign in to continue.');
  if (me.mfaEnabledAt) {
    // A half-signed-in session must never replace the factor it has not proved.
    throw new ApiError('CONFLICT', 'MFA_ALREADY_ENABLED', 'Two-step sign-in is already on for this account.');
  }
  const secret = totp.generateSecret(20);
  await deps.db.transaction(async (tx) => {
    await tx
      .update(user)
      .set({ mfaSecretEncrypted: deps.keys.encrypt(secret) })
      .where(eq(user.id, me.id));
    await deps.audit.record(tx, deps.actor, {
      action: 'mfa.enroll',
      outcome: 'success',
      resourceType: 'user',
      resourceId: me.id,
    });
  });
  const otpauthUrl = totp.keyuri(me.email, ISSUER, secret);
  return { secret, otpauthUrl, qrDataUrl: await QRCode.toDataURL(otpauthUrl) };
}

export interface VerifyResult {
  /** The new session token: the session is rotated when the sign-in completes. */
  token: string | null;
  recoveryCodes?: string[];
}

export async function verifyMfa(deps: MfaDeps & { code: string; now?: Date }): Promise<VerifyResult> {
  const now = deps.now ?? new Date();
  const me = (await deps.db.select().from(user).where(eq(user.id, deps.session.userId)))[0];
  if (!me?.mfaSecretEncrypted) {
    throw new ApiError('CONFLICT', 'MFA_NOT_ENROLLED', 'Set up two-step sign-in first (scan the QR code).');
  }
  const code = deps.code.replace(/\s/g, '');
  const secret = deps.keys.decrypt(me.mfaSecretEncrypted);
  const totpOk = /^\d{6}$/.test(code) && totp.check(code, secret);
  const recoveryHash = hashCode(code);
  const recoveryOk = !totpOk && me.mfaEnabledAt !== null && me.mfaRecoveryCodeHashes.includes(recoveryHash);

  if (!totpOk && !recoveryOk) {
    const failures = me.failedLoginCount + 1;
    const locked = failures >= LOCKOUT.attempts;
    await deps.db.transaction(async (tx) => {
      await tx
        .update(user)
        .set({
          failedLoginCount: failures,
          firstFailedLoginAt: me.firstFailedLoginAt ?? now,
          lockedUntil: locked ? new Date(now.getTime() + LOCKOUT.lockMinutes * 60_000) : null,
        })
        .where(eq(user.id, me.id));
      if (locked) await endSession(tx, deps.session.tokenHash, now);
      await deps.audit.record(tx, deps.actor, {
        action: 'mfa.verify',
        outcome: 'failure',
        resourceType: 'user',
        resourceId: me.id,
        details: { failures, locked },
      });
    });
    if (locked) {
      deps.sessionCache.forget({ tokenHash: deps.session.tokenHash });
      throw new ApiError(
        'LOCKED',
        'ACCOUNT_LOCKED',
        'Too many wrong codes. Try again in 15 minutes, or ask an administrator.',
      );
    }
    throw new ApiError(
      'UNAUTHENTICATED',
      'INVALID_CODE',
      'That code is not right. Enter the current 6-digit code.',
    );
  }

  const enrolling = me.mfaEnabledAt === null;
  const recoveryCodes = enrolling ? Array.from({ length: RECOVERY_CODES }, newRecoveryCode) : undefined;
  const wasPending = deps.session.mfaPending;
  const token = wasPending ? newSessionToken() : null;
  await deps.db.transaction(async (tx) => {
    await tx
      .update(user)
      .set({
        failedLoginCount: 0,
        firstFailedLoginAt: null,
        lockedUntil: null,
        ...(enrolling ? { mfaEnabledAt: now, mfaRecoveryCodeHashes: recoveryCodes!.map(hashCode) } : {}),
        ...(recoveryOk
          ? { mfaRecoveryCodeHashes: me.mfaRecoveryCodeHashes.filter((h) => h !== recoveryHash) }
          : {}),
      })
      .where(eq(user.id, me.id));
    if (!token && enrolling) await markSessionMfaEnabled(tx, deps.session.tokenHash);
    if (token) {
      await endSession(tx, deps.session.tokenHash, now);
      const subject = await loadSessionSubject(tx, me.id, deps.session.organizationId);
      if (!subject)
        throw new ApiError('FORBIDDEN', 'NO_ORGANIZATION', 'This account no longer has access here.');
      await createSession(tx, {
        tokenHash: deps.keys.hashToken(token),
        subject,
        mfaPending: false,
        policy: deps.policy,
        clientAddress: deps.actor.clientAddress,
        userAgent: deps.actor.userAgent,
        now,
      });
    }
    await deps.audit.record(tx, deps.actor, {
      action: enrolling ? 'mfa.enable' : 'mfa.verify',
      outcome: 'success',
      resourceType: 'user',
      resourceId: me.id,
      details: { method: recoveryOk ? 'recovery-code' : 'totp' },
    });
  });
  deps.sessionCache.forget({ tokenHash: deps.session.tokenHash });
  return { token, recoveryCodes };
}
