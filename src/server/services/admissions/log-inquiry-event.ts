import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connect.js';
import { alert, inquiry, inquiryEvent } from '../../../db/schema/index.js';
import { CONTACT_KINDS, type InquiryDetail, type inquiryEventRequest } from '../../../shared/admissions.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { withAuditedAccess } from '../../audit/with-audited-access.js';
import { loadInquiry, readInquiryDetail } from './inquiry-view.js';
import { WAITING_ALERT_KIND } from './raise-waiting-alerts.js';

/** Someone reached out: the "waiting too long" alert of this inquiry has done its job. */
export async function resolveWaitingAlert(tx: Tx, organizationId: string, inquiryId: string) {
  await tx
    .update(alert)
    .set({ status: 'resolved' })
    .where(
      and(
        eq(alert.organizationId, organizationId),
        eq(alert.kind, WAITING_ALERT_KIND),
        eq(alert.sourceId, inquiryId),
        eq(alert.status, 'open'),
      ),
    );
}

/**
 * Adds a contact log entry (call, text, email with its outcome) or a note / screening summary. A contact
 * updates `last_contact_at` and resolves the waiting alert; reaching a person still `new` marks the inquiry
 * `contacted`. Audited as `inquiry.contact` or `inquiry.note` (kind and outcome only).
 */
export async function logInquiryEvent(opts: {
  db: Db;
  audit: AuditWriter;
  actor: AuditActor & { userId: string; organizationId: string };
  inquiryId: string;
  entry: ReturnType<typeof inquiryEventRequest.parse>;
  contactHours: number;
  now?: Date;
}): Promise<InquiryDetail> {
  const now = opts.now ?? new Date();
  const { organizationId, userId } = opts.actor;
  const { kind, outcome, note } = opts.entry;
  const contact = (CONTACT_KINDS as readonly string[]).includes(kind);
  return withAuditedAccess(
    opts,
    opts.actor,
    {
      action: contact ? 'inquiry.contact' : 'inquiry.note',
      resourceType: 'inquiry',
      resourceId: opts.inquiryId,
      details: { kind, ...(outcome ? { outcome } : {}) },
    },
    async (tx) => {
      const { inquiry: row } = await loadInquiry(tx, {
        organizationId,
        inquiryId: opts.inquiryId,
        forUpdate: true,
      });
      await tx.insert(inquiryEvent).values({
        organizationId,
        inquiryId: row.id,
        kind,
        outcome: contact ? (outcome ?? null) : null,
        note: note ?? null,
        byUserId: userId,
        at: now,
      });
      if (contact) {
        const reachedNew = outcome === 'reached' && row.status === 'new';
        await tx
          .update(inquiry)
          .set({
            lastContactAt: now,
            updatedAt: now,
            ...(reachedNew ? { status: 'contacted' as const } : {}),
          })
          .where(eq(inquiry.id, row.id));
        if (reachedNew) {
          await tx.insert(inquiryEvent).values({
            organizationId,
            inquiryId: row.id,
            kind: 'status-change',
            outcome: 'contacted',
            byUserId: userId,
            // After the contact entry, so the log reads in order.
            at: new Date(now.getTime() + 1),
          });
        }
        await resolveWaitingAlert(tx, organizationId, row.id);
      }
      return readInquiryDetail(tx, {
        organizationId,
        inquiryId: row.id,
        now,
        contactHours: opts.contactHours,
      });
    },
  );
}
