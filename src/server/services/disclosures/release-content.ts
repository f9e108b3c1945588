import { and, asc, desc, eq, lte } from 'drizzle-orm';
import type { Tx } from '../../../db/connect.js';
import {
  assessment,
  consent,
  courtOrder,
  disclosure,
  organization,
  patient,
  patientProblem,
} from '../../../db/schema/index.js';

/** Everything a release document shows, read in one transaction (then rendered outside it). */
export interface ReleaseContent {
  programName: string;
  disclosure: typeof disclosure.$inferSelect;
  patient: typeof patient.$inferSelect;
  /** The consent the disclosure went out under (null for a court order). */
  consent: typeof consent.$inferSelect | null;
  /** The recorded court order it went out under (null for a consent, or an older free-text reference). */
  courtOrder: Omit<typeof courtOrder.$inferSelect, 'scan'> | null;
  problems: (typeof patientProblem.$inferSelect)[];
  assessments: Pick<
    typeof assessment.$inferSelect,
    'instrumentId' | 'instrumentVersion' | 'score' | 'band' | 'administeredAt'
  >[];
}

/**
 * Reads what a disclosure released, as it stood when it was made: problems and assessments recorded up to
 * the disclosure's time (demographics and the medication list have no history yet, so they are current).
 */
export async function loadReleaseContent(
  tx: Tx,
  patientId: string,
  disclosureId: string,
): Promise<ReleaseContent | null> {
  const [row] = await tx
    .select({ disclosure, patient, programName: organization.name })
    .from(disclosure)
    .innerJoin(patient, eq(patient.id, disclosure.patientId))
    .innerJoin(organization, eq(organization.id, patient.organizationId))
    .where(and(eq(disclosure.id, disclosureId), eq(disclosure.patientId, patientId)))
    .limit(1);
  if (!row) return null;
  const asOf = row.disclosure.disclosedAt;
  const categories = row.disclosure.informationCategories;
  const [consentRow] = row.disclosure.consentId
    ? await tx.select().from(consent).where(eq(consent.id, row.disclosure.consentId)).limit(1)
    : [];
  const [orderRow] = row.disclosure.courtOrderId
    ? await tx
        .select({
          id: courtOrder.id,
          organizationId: courtOrder.organizationId,
          patientId: courtOrder.patientId,
          section: courtOrder.section,
          court: courtOrder.court,
          caseNumber: courtOrder.caseNumber,
          orderDate: courtOrder.orderDate,
          judge: courtOrder.judge,
          informationCategories: courtOrder.informationCategories,
          informationDescription: courtOrder.informationDescription,
          recipientName: courtOrder.recipientName,
          purpose: courtOrder.purpose,
          expiresAt: courtOrder.expiresAt,
          oneTime: courtOrder.oneTime,
          recordedBy: courtOrder.recordedBy,
          recordedAt: courtOrder.recordedAt,
        })
        .from(courtOrder)
        .where(eq(courtOrder.id, row.disclosure.courtOrderId))
        .limit(1)
    : [];
  const problems = categories.includes('diagnosis')
    ? await tx
        .select()
        .from(patientProblem)
        .where(and(eq(patientProblem.patientId, patientId), lte(patientProblem.recordedAt, asOf)))
        .orderBy(asc(patientProblem.recordedAt))
    : [];
  const assessments = categories.includes('assessments')
    ? await tx
        .select({
          instrumentId: assessment.instrumentId,
          instrumentVersion: assessment.instrumentVersion,
          score: assessment.score,
          band: assessment.band,
          administeredAt: assessment.administeredAt,
        })
        .from(assessment)
        .where(and(eq(assessment.patientId, patientId), lte(assessment.administeredAt, asOf)))
        .orderBy(desc(assessment.administeredAt))
        .limit(200)
    : [];
  return { ...row, consent: consentRow ?? null, courtOrder: orderRow ?? null, problems, assessments };
}
