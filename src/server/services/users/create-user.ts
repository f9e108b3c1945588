import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { membership, user } from '../../../db/schema/index.js';
import { passwordProblem } from '../../../domain/access/password-rules.js';
import type { CreateUserRequest, OrgUser } from '../../../shared/users.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { ApiError } from '../../errors.js';
import { hashPassword } from '../../security/passwords.js';

/**
 * Creates a staff login in the admin's organization, or adds an existing login (same email) to it.
 * The password is set by the admin and handed over out of band; the person enrols MFA at first sign-in.
 */
export async function createUser(opts: {
  db: Db;
  audit: AuditWriter;
  actor: AuditActor & { organizationId: string };
  input: CreateUserRequest;
}): Promise<OrgUser> {
  const email = opts.input.email.trim().toLowerCase();
  const problem = passwordProblem(opts.input.password, { email });
  if (problem) throw new ApiError('VALIDATION', 'VALIDATION', problem, { password: problem });
  const passwordHash = await hashPassword(opts.input.password);

  return opts.db.transaction(async (tx) => {
    let target = (await tx.select().from(user).where(eq(user.email, email)).limit(1))[0];
    if (!target) {
      [target] = await tx
        .insert(user)
        .values({ email, displayName: opts.input.displayName, passwordHash })
        .returning();
    }
    const existing = await tx
      .select()
      .from(membership)
      .where(
        and(eq(membership.userId, target!.id), eq(membership.organizationId, opts.actor.organizationId)),
      );
    if (existing.length > 0) {
      throw new ApiError(
        'CONFLICT',
        'USER_EXISTS',
        'This person already has an account in your organization.',
        {
          email: 'Already a member of this organization.',
        },
      );
    }
    const [member] = await tx
      .insert(membership)
      .values({ userId: target!.id, organizationId: opts.actor.organizationId, role: opts.input.role })
      .returning();
    await opts.audit.record(tx, opts.actor, {
      action: 'user.create',
      outcome: 'success',
      resourceType: 'user',
      resourceId: target!.id,
      details: { role: opts.input.role },
    });
    return {
      id: target!.id,
      email: target!.email,
      displayName: target!.displayName,
      role: member!.role,
      mfaEnabled: target!.mfaEnabledAt !== null,
      createdAt: member!.createdAt.toISOString(),
    };
  });
}
