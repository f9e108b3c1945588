import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connect.js';
import { inquiry, inquiryEvent, membership } from '../../../db/schema/index.js';
import { assertTransition } from '../../../domain/admissions/status-machine.js';
import type { InquiryDetail, inquiryUpdateRequest } from '../../../shared/admissions.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { withAuditedAccess } from '../../audit/with-audited-access.js';
import { ApiError } from '../../errors.js';
import { loadInquiry, readInquiryDetail } from './inquiry-view.js';

type Update = ReturnType<typeof inquiryUpdateRequest.parse>;

async function assertStaffOf(tx: Tx, organizationId: string, userId: string) {
  const [row] = await tx
    .select({ role: membership.role })
    .from(membership)
    .where(
      and(
        eq(membership.userId, userId),
        eq(membership.organizationId, organizationId),
        ne(membership.role, 'patient'),
      ),
    );
  if (!row) {
    const message = 'Choose a staff member of your organization.';
    throw new ApiError('VALIDATION', 'VALIDATION', message, { assignedTo: message });
  }
}

/**
 * Works an inquiry: status (with the reason or destination the status machine asks for), assignment,
 * follow-up time, the while-you-wait checklist and details learned on a call. A status change is written to
 * the contact log. Audited as `inquiry.update` with the names of the changed fields (never their values).
 */
export async function updateInquiry(opts: {
  db: Db;
  audit: AuditWriter;
  actor: AuditActor & { userId: string; organizationId: string };
  inquiryId: string;
  update: Update;
  contactHours: number;
  now?: Date;
}): Promise<InquiryDetail> {
  const now = opts.now ?? new Date();
  const { organizationId, userId } = opts.actor;
  const u = opts.update;
  const changed = Object.keys(u).filter((k) => u[k as keyof Update] !== undefined);
  return withAuditedAccess(
    opts,
    opts.actor,
    {
      action: 'inquiry.update',
      resourceType: 'inquiry',
      resourceId: opts.inquiryId,
      details: { changed, ...(u.status ? { status: u.status } : {}) },
    },
    async (tx) => {
      const { inquiry: row } = await loadInquiry(tx, {
        organizationId,
        inquiryId: opts.inquiryId,
        forUpdate: true,
      });
      const set: Partial<typeof inquiry.$inferInsert> = { updatedAt: now };
      if (u.status && u.status !== row.status) {
        assertTransition(row.status, u.status, { closedReason: u.closedReason, referredTo: u.referredTo });
        set.status = u.status;
        if (u.status === 'closed') set.closedReason = u.closedReason!;
        if (u.status === 'referred-elsewhere') set.referredTo = u.referredTo!;
        await tx.insert(inquiryEvent).values({
          organizationId,
          inquiryId: row.id,
          kind: 'status-change',
          outcome: u.status,
          note:
            u.status === 'closed' ? u.closedReason : u.status === 'referred-elsewhere' ? u.referredTo : null,
          byUserId: userId,
          at: now,
        });
      }
      if (u.assignedTo !== undefined) {
        if (u.assignedTo) await assertStaffOf(tx, organizationId, u.assignedTo);
        set.assignedTo = u.assignedTo;
      }
      if (u.followUpDueAt) set.followUpDueAt = new Date(u.followUpDueAt);
      if (u.whileYouWait) set.whileYouWait = { ...row.whileYouWait, ...u.whileYouWait };
      for (const key of ['firstName', 'lastName', 'dateOfBirth', 'phone', 'email', 'insurance'] as const) {
        if (u[key] !== undefined) set[key] = u[key];
      }
      if (u.preferredLanguage) set.preferredLanguage = u.preferredLanguage;
      await tx.update(inquiry).set(set).where(eq(inquiry.id, row.id));
      return readInquiryDetail(tx, {
        organizationId,
        inquiryId: row.id,
        now,
        contactHours: opts.contactHours,
      });
    },
  );
}
