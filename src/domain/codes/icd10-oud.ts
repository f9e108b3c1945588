/**
 * ICD-10-CM codes for opioid use disorder that Haven knows by name (REFERENCE.md section 8, "Standard
 * codes"; ICD-10-CM is public domain, CDC/NCHS). `verified` mirrors the reference's Status column: the
 * unverified rows must be confirmed against the current ICD-10-CM release before shipping.
 */
export interface Icd10Code {
  code: string;
  description: string;
  verified: boolean;
}

export const OUD_ICD10_CODES: readonly Icd10Code[] = [
  { code: 'F11.10', description: 'Opioid abuse, uncomplicated', verified: true },
  { code: 'F11.11', description: 'Opioid abuse, in remission', verified: false },
  { code: 'F11.13', description: 'Opioid abuse with withdrawal', verified: false },
  { code: 'F11.20', description: 'Opioid dependence, uncomplicated', verified: true },
  { code: 'F11.21', description: 'Opioid dependence, in remission', verified: true },
  { code: 'F11.23', description: 'Opioid dependence with withdrawal', verified: true },
  { code: 'F11.90', description: 'Opioid use, unspecified, uncomplicated', verified: true },
];

/**
 * The shape of an ICD-10-CM code: a letter, two characters (digit, then digit or letter), and after a
 * dot up to four more characters (e.g. F11.20, Z79.891). Checks the form, not that the code exists.
 */
export const ICD10_CM_PATTERN = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

export type Icd10Check =
  | { ok: true; code: string; known: Icd10Code | null }
  | { ok: false; reason: 'pattern' | 'unknown-oud-code' };

/**
 * Normalizes (trim, upper case) and checks a problem-list code: opioid codes (F11) must be one of the
 * table above, so a typo such as F11.02 is caught; any other code must have the ICD-10-CM form.
 */
export function checkIcd10Code(input: string): Icd10Check {
  const code = input.trim().toUpperCase();
  if (!ICD10_CM_PATTERN.test(code)) return { ok: false, reason: 'pattern' };
  const known = OUD_ICD10_CODES.find((c) => c.code === code) ?? null;
  if (code.startsWith('F11') && !known) return { ok: false, reason: 'unknown-oud-code' };
  return { ok: true, code, known };
}
