import { randomUUID } from 'node:crypto';
import type { Db } from '../../../db/connect.js';
import { followUpDueAt } from '../../../domain/admissions/follow-up.js';
import type { AdmissionAccepted, admissionRequest } from '../../../shared/admissions.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { createInquiry } from './create-inquiry.js';
import { programTimeZone } from './inquiry-view.js';
import { requirePublicOrganization } from './resolve-organization.js';

const WHAT_HAPPENS_NEXT: Record<'today' | 'this-week' | 'exploring', string> = {
  today:
    'Thank you. Someone from our admissions team will contact you today, in the way you chose. If you are in danger or someone is not breathing, call 911 now.',
  'this-week':
    'Thank you. Someone from our admissions team will contact you by the next business day, in the way you chose.',
  exploring:
    'Thank you. Someone from our admissions team will contact you within 3 days, in the way you chose, to answer your questions.',
};

/**
 * The public admission request (issue 4 part 5). A filled honeypot (`website`) is answered exactly like a real
 * request but nothing is stored: the bot learns nothing.
 */
export async function submitAdmissionRequest(opts: {
  db: Db;
  audit: AuditWriter;
  actor: AuditActor;
  input: ReturnType<typeof admissionRequest.parse>;
  now?: Date;
}): Promise<{ accepted: AdmissionAccepted; stored: boolean }> {
  const now = opts.now ?? new Date();
  const { website, organizationId, ...input } = opts.input;
  const message = WHAT_HAPPENS_NEXT[input.urgency];
  if (website?.trim()) {
    const dueAt = followUpDueAt(input.urgency, now, programTimeZone());
    return { accepted: { id: randomUUID(), followUpBy: dueAt.toISOString(), message }, stored: false };
  }
  const orgId = await requirePublicOrganization(opts.db, organizationId);
  const created = await createInquiry({
    db: opts.db,
    audit: opts.audit,
    actor: opts.actor,
    organizationId: orgId,
    input,
    byUserId: null,
    now,
  });
  return {
    accepted: { id: created.id, followUpBy: created.followUpDueAt.toISOString(), message },
    stored: true,
  };
}
