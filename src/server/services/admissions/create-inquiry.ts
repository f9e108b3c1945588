import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '../../../db/connect.js';
import { inquiry, inquiryEvent, site } from '../../../db/schema/index.js';
import { followUpDueAt } from '../../../domain/admissions/follow-up.js';
import type { admissionRequest, staffInquiryRequest } from '../../../shared/admissions.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { withAuditedAccess } from '../../audit/with-audited-access.js';
import { ApiError } from '../../errors.js';
import { programTimeZone } from './inquiry-view.js';

type PublicInput = ReturnType<typeof admissionRequest.parse>;
type StaffInput = ReturnType<typeof staffInquiryRequest.parse>;

async function assertOwnSite(db: DbOrTx, organizationId: string, siteId: string | undefined) {
  if (!siteId) return;
  const [row] = await db
    .select({ id: site.id })
    .from(site)
    .where(and(eq(site.id, siteId), eq(site.organizationId, organizationId)));
  if (!row) {
    const message = 'Choose a location from the list.';
    throw new ApiError('VALIDATION', 'VALIDATION', message, { preferredSiteId: message });
  }
}

/**
 * Stores an admission inquiry, from the public form (`source: web`) or entered by staff from a call, with its
 * follow-up due time from the urgency. Audited as `inquiry.create` in the same transaction; the audit details
 * carry no personal data (source, urgency, whether a checklist result was attached).
 */
export async function createInquiry(opts: {
  db: Db;
  audit: AuditWriter;
  actor: AuditActor;
  organizationId: string;
  input: (PublicInput & { source?: undefined }) | StaffInput;
  /** The staff member entering it (null for the public form). */
  byUserId: string | null;
  now?: Date;
}): Promise<{ id: string; followUpDueAt: Date }> {
  const now = opts.now ?? new Date();
  const { input } = opts;
  await assertOwnSite(opts.db, opts.organizationId, input.preferredSiteId);
  const dueAt = followUpDueAt(input.urgency, now, programTimeZone());
  const staff = input.source !== undefined ? (input as StaffInput) : null;
  const checklist = 'checklistResult' in input ? input.checklistResult : undefined;
  const actor = { ...opts.actor, organizationId: opts.organizationId };
  const id = randomUUID();
  // A call or a walk-in is itself the first contact; a referral still needs one.
  const spokeWithThem = staff?.source === 'phone' || staff?.source === 'walk-in';
  return withAuditedAccess(
    { db: opts.db, audit: opts.audit },
    actor,
    {
      action: 'inquiry.create',
      resourceType: 'inquiry',
      resourceId: id,
      details: {
        source: staff?.source ?? 'web',
        urgency: input.urgency,
        checklistAttached: Boolean(checklist),
      },
    },
    async (tx) => {
      const [row] = await tx
        .insert(inquiry)
        .values({
          id,
          organizationId: opts.organizationId,
          status: spokeWithThem ? 'contacted' : 'new',
          lastContactAt: spokeWithThem ? now : null,
          source: staff?.source ?? 'web',
          forWhom: input.forWhom,
          firstName: input.firstName ?? null,
          lastName: staff?.lastName ?? null,
          dateOfBirth: staff?.dateOfBirth ?? null,
          contactMethod: input.contactMethod,
          phone: input.phone ?? null,
          email: input.email ?? null,
          bestTimeToContact: input.bestTimeToContact ?? null,
          substances: input.substances,
          lastUse: input.lastUse ?? null,
          urgency: input.urgency,
          insurance: input.insurance ?? null,
          preferredSiteId: input.preferredSiteId ?? null,
          preferredLanguage: input.preferredLanguage,
          checklistResult: checklist ?? null,
          consentToContact: input.consentToContact,
          assignedTo: opts.byUserId,
          followUpDueAt: dueAt,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ id: inquiry.id, followUpDueAt: inquiry.followUpDueAt });
      if (staff?.note) {
        await tx.insert(inquiryEvent).values({
          organizationId: opts.organizationId,
          inquiryId: id,
          kind: 'note',
          note: staff.note,
          byUserId: opts.byUserId,
          at: now,
        });
      }
      return row!;
    },
  );
}
