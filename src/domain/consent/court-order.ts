import type { InformationCategory, Purpose } from './consent.js';

/**
 * Court orders authorizing use and disclosure under 42 CFR part 2 subpart E (REFERENCE.md 7.1, "Legal
 * proceedings": records may not be used or disclosed in proceedings against the patient without specific
 * consent or a court order under §§ 2.64/2.65). Pure rules: what an order must state to be recorded, whether
 * it is still in force, and whether it covers a given release.
 *
 * Sources (section titles and content-of-order rules): eCFR 42 CFR part 2 subpart E, §§ 2.61-2.67, as
 * revised by the 2024 final rule (89 FR 12472); GPO text of § 2.64 (edocket.access.gpo.gov/cfr_2002/octqtr/
 * 42cfr2.64.htm); CoE-PHI, "Criminal Court Orders Authorizing Disclosure of SUD Treatment Record Protected by
 * 42 CFR Part 2" (coephi.colab.coop): "a general court order, subpoena, warrant ... does not permit the
 * disclosure"; an authorizing order "must impose limitations on the amount of information disclosed and who
 * may receive the information".
 */

/**
 * The subpart E sections whose orders authorize releasing records from a chart:
 * - § 2.64: orders authorizing uses and disclosures for noncriminal purposes (e.g. a civil proceeding);
 * - § 2.65: orders authorizing use and disclosure to criminally investigate or prosecute the patient;
 * - § 2.66: orders authorizing use and disclosure to investigate or prosecute the program or the person
 *   holding the records, which is not a proceeding against the patient.
 * (§ 2.67 orders place undercover agents or informants in a program; they release no records.)
 */
export const COURT_ORDER_SECTIONS = ['2.64', '2.65', '2.66'] as const;
export type CourtOrderSection = (typeof COURT_ORDER_SECTIONS)[number];

/** A recorded court order as the rules see it. */
export interface CourtOrderRecord {
  id: string;
  section: CourtOrderSection;
  court: string;
  caseNumber: string;
  /** YYYY-MM-DD, the date the order was entered. */
  orderDate: string;
  judge: string | null;
  /** What the order authorizes (§ 2.64(e)(1): only the parts of the record essential to its objective). */
  informationCategories: InformationCategory[];
  informationDescription: string;
  /** To whom (§ 2.64(e)(2): only the persons whose need for the information is the basis for the order). */
  recipientName: string;
  /** The order's objective, in its own words. */
  purpose: string;
  /** Until when releases may be made under it (null: no end date, then it must be one-time). */
  expiresAt: string | null;
  /** Authorizes a single release. */
  oneTime: boolean;
  /** When a release was first made under it; null while unused. */
  firstUsedAt: string | null;
}

export type CourtOrderStatus = 'active' | 'expired' | 'used';

export function courtOrderStatus(
  o: Pick<CourtOrderRecord, 'expiresAt' | 'oneTime' | 'firstUsedAt'>,
  now: Date,
): CourtOrderStatus {
  if (o.oneTime && o.firstUsedAt) return 'used';
  if (o.expiresAt && new Date(o.expiresAt) <= now) return 'expired';
  return 'active';
}

/** A court order as typed in (dates as YYYY-MM-DD), before it is recorded. */
export interface CourtOrderInput {
  section?: string;
  court?: string;
  caseNumber?: string;
  orderDate?: string;
  judge?: string | null;
  informationCategories?: string[];
  informationDescription?: string;
  recipientName?: string;
  purpose?: string;
  expiresOn?: string | null;
  oneTime?: boolean;
}

const blank = (v: unknown) => typeof v !== 'string' || v.trim().length === 0;
const today = (now: Date) => now.toISOString().slice(0, 10);

/**
 * What a court order must state before releases may rely on it, field -> a message a person can act on
 * (empty when complete). The scope (information, recipient, purpose) is what § 2.64(e) and § 2.65(e) require
 * an authorizing order to limit; the expiry or single use is how Haven knows when it stops authorizing.
 */
export function missingCourtOrderElements(c: CourtOrderInput, now: Date): Record<string, string> {
  const missing: Record<string, string> = {};
  if (!c.section || !(COURT_ORDER_SECTIONS as readonly string[]).includes(c.section))
    missing.section = 'Choose the section of 42 CFR part 2 the order was entered under (2.64, 2.65 or 2.66).';
  if (blank(c.court)) missing.court = 'Name the court that entered the order.';
  if (blank(c.caseNumber)) missing.caseNumber = 'Give the case or docket number.';
  if (blank(c.orderDate)) missing.orderDate = 'Give the date of the order.';
  else if (c.orderDate! > today(now)) missing.orderDate = 'The order date cannot be in the future.';
  if (!c.informationCategories?.length)
    missing.informationCategories = 'Choose the information the order authorizes.';
  if (blank(c.informationDescription) || c.informationDescription!.trim().length < 10)
    missing.informationDescription = 'Describe the information as the order does (what, from when).';
  if (blank(c.recipientName)) missing.recipientName = 'Name who may receive the records under the order.';
  if (blank(c.purpose)) missing.purpose = 'State what the order authorizes the records for.';
  if (blank(c.expiresOn) && !c.oneTime)
    missing.expiresOn = 'Give the date the order expires, or mark it as authorizing one release only.';
  else if (!blank(c.expiresOn) && !blank(c.orderDate) && c.expiresOn! < c.orderDate!)
    missing.expiresOn = 'The order cannot expire before it was entered.';
  return missing;
}

/** The release a court order is asked to cover. */
export interface CourtOrderUse {
  recipientName: string;
  purpose: Purpose;
  informationCategories: InformationCategory[];
  againstPatientInProceedings?: boolean;
}

const normalName = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const day = (iso: string) => iso.slice(0, 10);

/** How a reason names an order: the court and the case number, as on the paper. */
export const courtOrderLabel = (o: Pick<CourtOrderRecord, 'court' | 'caseNumber'>) =>
  `The court order of ${o.court} (case ${o.caseNumber})`;

/**
 * Why a recorded order does not authorize this release (empty when it does), each reason in words staff can
 * act on. A release under an order must stay inside it: the information and the recipient it names
 * (§ 2.64(e)(1)-(2), § 2.65(e)(1)-(2)), while it is in force, and only once if it authorizes one release.
 */
export function courtOrderProblems(o: CourtOrderRecord, use: CourtOrderUse, now: Date): string[] {
  const label = courtOrderLabel(o);
  const problems: string[] = [];
  const status = courtOrderStatus(o, now);
  if (status === 'used')
    problems.push(`${label} authorized one release, which was made on ${day(o.firstUsedAt!)}.`);
  if (status === 'expired') problems.push(`${label} expired on ${day(o.expiresAt!)}.`);
  if (use.purpose !== 'legal-proceedings')
    problems.push('A court order covers release for legal proceedings; choose that purpose.');
  if (use.againstPatientInProceedings && o.section === '2.66')
    problems.push(
      `${label} was entered under 42 CFR 2.66 to investigate the program, not for a proceeding against the patient.`,
    );
  if (normalName(o.recipientName) !== normalName(use.recipientName))
    problems.push(`${label} authorizes release to ${o.recipientName}, not to ${use.recipientName}.`);
  // Counselling notes hold the patient's confidential communications, which an order may reach only under
  // § 2.63; they go out only when the order names them, like any other category.
  const uncovered = use.informationCategories.filter((k) => !o.informationCategories.includes(k));
  if (uncovered.length > 0) problems.push(`${label} does not cover: ${uncovered.join(', ')}.`);
  return problems;
}
