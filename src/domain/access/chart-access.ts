import type { Role } from '../../shared/roles.js';

/**
 * Why someone may open a patient's chart (issue "Access by care relationship"): being on the care team,
 * a role that covers the whole site (director), intake staff for patients not yet admitted, or an
 * unexpired break-the-glass grant. Null means no: they may ask for emergency access.
 */
export type ChartAccessBasis = 'care-team' | 'site-role' | 'pre-admission' | 'break-glass';

export interface ChartRelation {
  role: Role;
  onCareTeam: boolean;
  patientStatus: 'pre-admission' | 'active' | 'discharged';
  hasActiveBreakGlass: boolean;
}

/** Roles whose work covers every patient of the organization. */
const SITE_ROLES: readonly Role[] = ['director'];
/** Roles that may use break-the-glass (clinicians who can be called to an emergency). */
export const BREAK_GLASS_ROLES: readonly Role[] = ['counselor', 'prescriber', 'nurse', 'intake'];

export function chartAccessBasis(r: ChartRelation): ChartAccessBasis | null {
  if (r.role === 'patient' || r.role === 'admin') return null;
  if (SITE_ROLES.includes(r.role)) return 'site-role';
  if (r.onCareTeam) return 'care-team';
  if (r.role === 'intake' && r.patientStatus === 'pre-admission') return 'pre-admission';
  if (r.hasActiveBreakGlass) return 'break-glass';
  return null;
}

export const PATIENT_STATUSES: readonly ChartRelation['patientStatus'][] = [
  'pre-admission',
  'active',
  'discharged',
];

/**
 * `chartAccessBasis` for one role over every combination of the facts it reads, so a database statement
 * can look the answer up once it has read the facts (the single-statement chart read evaluates access,
 * reads and audits at once; the rule itself stays here).
 */
export function chartAccessTable(
  role: Role,
): (Omit<ChartRelation, 'role'> & { basis: ChartAccessBasis | null })[] {
  return PATIENT_STATUSES.flatMap((patientStatus) =>
    [false, true].flatMap((onCareTeam) =>
      [false, true].map((hasActiveBreakGlass) => {
        const facts = { patientStatus, onCareTeam, hasActiveBreakGlass };
        return { ...facts, basis: chartAccessBasis({ role, ...facts }) };
      }),
    ),
  );
}

/** v3 PurposeOfUse for the audit row: emergency treatment when the glass was broken. */
export function purposeOfUse(basis: ChartAccessBasis): 'TREAT' | 'ETREAT' {
  return basis === 'break-glass' ? 'ETREAT' : 'TREAT';
}

/** Break-the-glass grants last this long; a new grant needs a new reason. */
export const BREAK_GLASS_MINUTES = 60;
