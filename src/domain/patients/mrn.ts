/**
 * Medical record numbers (issue 5: "a medical record number unique per organization"). One number is one
 * number whatever the letter case or stray spaces it was typed with, so MRNs are stored trimmed and
 * upper-case, and the database refuses two of one organization that differ only in case
 * (`patient_org_mrn_ci_unique` on `(organization_id, upper(mrn))`).
 */
export function normalizeMrn(mrn: string): string {
  return mrn.trim().toUpperCase();
}

/** The unique constraints that refuse a duplicate MRN: exact (the first) and any letter case (the second). */
export const MRN_UNIQUE_CONSTRAINTS = ['patient_org_mrn_unique', 'patient_org_mrn_ci_unique'] as const;
