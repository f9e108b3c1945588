import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';
import { membership, organization, session, user } from '../../../db/schema/index.js';
import type { Role } from '../../../shared/roles.js';
import { isStaffRole } from '../../../shared/roles.js';

export interface SessionPolicy {
  staffIdleMinutes: number;
  patientIdleMinutes: number;
  sessionMaxHours: number;
}

/** A half-finished sign-in (password checked, code owed) lives at most this long. */
const MFA_PENDING_MINUTES = 10;

export function idleMinutesFor(role: Role, policy: SessionPolicy): number {
  return isStaffRole(role) ? policy.staffIdleMinutes : policy.patientIdleMinutes;
}

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export async function createSession(
  dbOrTx: DbOrTx,
  opts: {
    tokenHash: string;
    userId: string;
    organizationId: string;
    role: Role;
    mfaPending: boolean;
    policy: SessionPolicy;
    clientAddress: string | null;
    userAgent: string | null;
    now?: Date;
  },
) {
  const now = opts.now ?? new Date();
  const idleMinutes = opts.mfaPending ? MFA_PENDING_MINUTES : idleMinutesFor(opts.role, opts.policy);
  const absoluteMs = opts.mfaPending ? MFA_PENDING_MINUTES * 60_000 : opts.policy.sessionMaxHours * 3_600_000;
  await dbOrTx.insert(session).values({
    tokenHash: opts.tokenHash,
    userId: opts.userId,
    organizationId: opts.organizationId,
    role: opts.role,
    mfaPending: opts.mfaPending,
    createdAt: now,
    lastSeenAt: now,
    idleExpiresAt: new Date(now.getTime() + idleMinutes * 60_000),
    absoluteExpiresAt: new Date(now.getTime() + absoluteMs),
    clientAddress: opts.clientAddress,
    userAgent: opts.userAgent,
  });
}

/** The signed-in person as every request sees it. */
export interface SessionActor {
  tokenHash: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
  organizationId: string;
  organizationName: string;
  mfaPending: boolean;
  mfaEnabled: boolean;
  lastSeenAt: Date;
  idleExpiresAt: Date;
  absoluteExpiresAt: Date;
}

/**
 * One indexed query per request: the session, its user, and the membership that still grants the role
 * (a role changed or removed since sign-in takes effect at once).
 */
export async function findActiveSession(dbOrTx: DbOrTx, tokenHash: string, now = new Date()): Promise<SessionActor | null> {
  const rows = await dbOrTx
    .select({
      tokenHash: session.tokenHash,
      userId: session.userId,
      email: user.email,
      displayName: user.displayName,
      role: membership.role,
      organizationId: session.organizationId,
      organizationName: organization.name,
      mfaPending: session.mfaPending,
      mfaEnabledAt: user.mfaEnabledAt,
      disabledAt: user.disabledAt,
      lastSeenAt: session.lastSeenAt,
      idleExpiresAt: session.idleExpiresAt,
      absoluteExpiresAt: session.absoluteExpiresAt,
    })
    .from(session)
    .innerJoin(user, eq(user.id, session.userId))
    .innerJoin(
      membership,
      and(eq(membership.userId, session.userId), eq(membership.organizationId, session.organizationId)),
    )
    .innerJoin(organization, eq(organization.id, session.organizationId))
    .where(and(eq(session.tokenHash, tokenHash), isNull(session.endedAt)))
    .limit(1);
  const row = rows[0];
  if (!row || row.disabledAt) return null;
  if (row.idleExpiresAt <= now || row.absoluteExpiresAt <= now) return null;
  const { mfaEnabledAt, disabledAt: _disabled, ...rest } = row;
  return { ...rest, mfaEnabled: mfaEnabledAt !== null };
}

/** Slides the idle window; written at most once a minute per session to keep reads cheap. */
export async function touchSession(dbOrTx: DbOrTx, actor: SessionActor, policy: SessionPolicy, now = new Date()) {
  if (now.getTime() - actor.lastSeenAt.getTime() < 60_000 || actor.mfaPending) return;
  const idle = new Date(now.getTime() + idleMinutesFor(actor.role, policy) * 60_000);
  await dbOrTx
    .update(session)
    .set({ lastSeenAt: now, idleExpiresAt: idle < actor.absoluteExpiresAt ? idle : actor.absoluteExpiresAt })
    .where(eq(session.tokenHash, actor.tokenHash));
}

export async function endSession(dbOrTx: DbOrTx, tokenHash: string, now = new Date()) {
  await dbOrTx.update(session).set({ endedAt: now }).where(eq(session.tokenHash, tokenHash));
}
