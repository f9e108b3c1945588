/**
 * The notice that must accompany every disclosure made with consent (42 CFR 2.32, as revised in 2024;
 * REFERENCE.md 7.1 "Redisclosure notice"). Versioned: a disclosure records the version it carried.
 *
 * The full statement below follows the published text of 42 CFR 2.32(a)(1) (eCFR,
 * https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2/subpart-C/section-2.32).
 * REFERENCE.md asks that it be copied from eCFR at build time; this machine has no network, so it was
 * written from the published rule and must be compared word for word with eCFR before production use.
 */
export interface RedisclosureNotice {
  version: string;
  form: 'full' | 'short';
  text: string;
}

export const REDISCLOSURE_NOTICE_VERSION = '2024-02-16.1';

export const FULL_NOTICE_TEXT =
  'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). ' +
  'These rules prohibit you from using or disclosing this record, or testimony that describes the information ' +
  'contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, ' +
  'State, or local authority, against the patient, unless authorized by the consent of the patient, except as ' +
  'provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. In ' +
  'addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at ' +
  'least one of the following applies: (A) Further use or disclosure is expressly permitted by the written ' +
  'consent of the individual whose information is being disclosed in this record or as otherwise permitted by ' +
  '42 CFR part 2. (B) You are a covered entity or business associate and have received the record for ' +
  'treatment, payment, or health care operations, or (C) You have received the record from a covered entity ' +
  'or business associate as permitted by 45 CFR part 164, subparts A and E. A general authorization for the ' +
  'release of medical or other information is NOT sufficient to meet the required elements of written consent ' +
  'to further use or redisclose the record (see 42 CFR 2.31).';

/** The short form the rule allows (REFERENCE.md 7.1). */
export const SHORT_NOTICE_TEXT = '42 CFR part 2 prohibits unauthorized use or disclosure of these records.';

export function redisclosureNotice(form: 'full' | 'short' = 'full'): RedisclosureNotice {
  return {
    version: REDISCLOSURE_NOTICE_VERSION,
    form,
    text: form === 'full' ? FULL_NOTICE_TEXT : SHORT_NOTICE_TEXT,
  };
}
