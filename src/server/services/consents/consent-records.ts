import { desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../../db/connect.js';
import { consent, episode } from '../../../db/schema/index.js';
import { type ConsentRecord, consentStatus } from '../../../domain/consent/consent.js';
import type { ConsentView } from '../../../shared/consents.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import type { SessionActor } from '../auth/session-store.js';

/** What every consent and disclosure use case receives: the database, the audit writer and who asks. */
export interface ChartCaller {
  deps: { db: Db; audit: AuditWriter };
  session: Pick<SessionActor, 'userId' | 'role' | 'organizationId'>;
  actor: AuditActor;
}

type ConsentRow = typeof consent.$inferSelect;

/** When the patient's latest episode ended (the "end of treatment" expiry event), or null while in care. */
export async function treatmentEndedAt(tx: Tx, patientId: string): Promise<Date | null> {
  const [latest] = await tx
    .select({ dischargedAt: episode.dischargedAt })
    .from(episode)
    .where(eq(episode.patientId, patientId))
    .orderBy(desc(episode.admittedAt))
    .limit(1);
  return latest?.dischargedAt ?? null;
}

/** A stored consent as the pure rules see it (domain/consent/consent.ts). */
export function toConsentRecord(row: ConsentRow, endedAt: Date | null): ConsentRecord {
  return {
    ...row.elements,
    id: row.id,
    kind: row.kind,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    treatmentEndedAt: endedAt?.toISOString() ?? null,
  };
}

/** Every consent of a patient, newest first, with the records the rules need. */
export async function loadConsents(
  tx: Tx,
  patientId: string,
): Promise<{ rows: ConsentRow[]; records: ConsentRecord[] }> {
  const rows = await tx
    .select()
    .from(consent)
    .where(eq(consent.patientId, patientId))
    .orderBy(desc(consent.signedAt));
  const endedAt = await treatmentEndedAt(tx, patientId);
  return { rows, records: rows.map((r) => toConsentRecord(r, endedAt)) };
}

export function toConsentView(row: ConsentRow, record: ConsentRecord, now: Date): ConsentView {
  const e = row.elements;
  return {
    id: row.id,
    kind: row.kind,
    status: consentStatus(record, now),
    patientName: e.patientName,
    disclosingParty: e.disclosingParty,
    recipient: e.recipient,
    informationDescription: e.informationDescription,
    informationCategories: e.informationCategories,
    purposes: e.purposes,
    purposeDescription: e.purposeDescription,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    expiryEvent: e.expiryEvent,
    revocationStatement: e.revocationStatement,
    signature: e.signature,
    hasScan: row.scan !== null,
    recordedAt: row.recordedAt.toISOString(),
    revokedAt: row.revokedAt?.toISOString() ?? null,
    revocationNote: row.revocationNote,
  };
}
