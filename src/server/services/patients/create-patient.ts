import { randomInt } from 'node:crypto';
import type { Tx } from '../../../db/connect.js';
import { careTeamMember, type Insurance, patient } from '../../../db/schema/index.js';
import { MRN_UNIQUE_CONSTRAINTS, normalizeMrn } from '../../../domain/patients/mrn.js';
import type { AuditWriter } from '../../audit/audit-writer.js';
import type { AuditActor } from '../../audit/record-audit.js';
import { ApiError } from '../../errors.js';

export interface NewPatient {
  organizationId: string;
  legalFirstName: string;
  legalLastName: string;
  dateOfBirth: string;
  preferredName?: string | null;
  language?: string;
  phone?: string | null;
  email?: string | null;
  insurance?: Insurance | null;
  status?: 'pre-admission' | 'active';
}

const MRN_ATTEMPTS = 5;

/** `H` and six digits: short enough to read over the phone. Unique per organization (retried on collision). */
export function generateMrn(): string {
  return `H${String(randomInt(0, 1_000_000)).padStart(6, '0')}`;
}

/**
 * PostgreSQL unique_violation, matched by SQLSTATE on the error or its causes (never by message text);
 * `constraint` narrows it to one constraint or index name, or any of several.
 */
export function isUniqueViolation(err: unknown, constraint?: string | readonly string[]): boolean {
  for (let e: unknown = err; e; e = (e as { cause?: unknown }).cause) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code !== '23505') continue;
    if (constraint === undefined || name === undefined) return true;
    return typeof constraint === 'string' ? name === constraint : constraint.includes(name as string);
  }
  return false;
}

/**
 * Registers a patient in the caller's transaction (so it commits with whatever caused it, e.g. converting an
 * inquiry) and adds the care team. The MRN is drawn at random (stored trimmed and upper-case, domain/patients/
 * mrn.ts) and redrawn on a collision in any letter case, each attempt in a savepoint so a collision does not
 * abort the caller's transaction. Audited as `patient.create`.
 */
export async function createPatient(opts: {
  tx: Tx;
  audit: AuditWriter;
  actor: AuditActor;
  patient: NewPatient;
  careTeam?: { userId: string; careRole: string }[];
  /** Non-PHI facts for the audit row, e.g. the inquiry it came from. */
  auditDetails?: Record<string, unknown>;
  mrn?: () => string;
}) {
  const { tx, patient: p } = opts;
  const nextMrn = opts.mrn ?? generateMrn;
  for (let attempt = 1; ; attempt += 1) {
    try {
      const created = await tx.transaction(async (sp) => {
        const [row] = await sp
          .insert(patient)
          .values({
            organizationId: p.organizationId,
            mrn: normalizeMrn(nextMrn()),
            legalFirstName: p.legalFirstName,
            legalLastName: p.legalLastName,
            dateOfBirth: p.dateOfBirth,
            preferredName: p.preferredName ?? null,
            language: p.language ?? 'en',
            phone: p.phone ?? null,
            email: p.email ?? null,
            insurance: p.insurance ?? null,
            status: p.status ?? 'pre-admission',
          })
          .returning();
        return row!;
      });
      if (opts.careTeam?.length) {
        await tx.insert(careTeamMember).values(
          opts.careTeam.map((m) => ({
            organizationId: p.organizationId,
            patientId: created.id,
            userId: m.userId,
            careRole: m.careRole,
          })),
        );
      }
      await opts.audit.record(tx, opts.actor, {
        action: 'patient.create',
        outcome: 'success',
        resourceType: 'patient',
        resourceId: created.id,
        patientId: created.id,
        purpose: 'TREAT',
        details: opts.auditDetails,
      });
      return created;
    } catch (err) {
      if (!isUniqueViolation(err, MRN_UNIQUE_CONSTRAINTS)) throw err;
      if (attempt >= MRN_ATTEMPTS) {
        throw new ApiError(
          'CONFLICT',
          'MRN_EXHAUSTED',
          'Could not assign a record number. Try again.',
          undefined,
        );
      }
    }
  }
}
