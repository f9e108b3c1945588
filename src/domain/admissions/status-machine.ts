import { INQUIRY_STATUSES, type InquiryStatus } from '../../shared/admissions.js';
import { DomainError } from '../errors.js';

/**
 * The admissions pipeline (issue 5 part 1): new -> contacted -> screened -> assessment scheduled -> admitted,
 * with "referred elsewhere" and "closed" as exits from any open step. Admitted is final (the inquiry is then a
 * patient); closed and referred-elsewhere can be reopened when the person gets back in touch.
 */
export const ALLOWED_TRANSITIONS: Readonly<Record<InquiryStatus, readonly InquiryStatus[]>> = {
  new: ['contacted', 'screened', 'referred-elsewhere', 'closed'],
  contacted: ['screened', 'assessment-scheduled', 'admitted', 'referred-elsewhere', 'closed'],
  screened: ['contacted', 'assessment-scheduled', 'admitted', 'referred-elsewhere', 'closed'],
  'assessment-scheduled': ['screened', 'admitted', 'referred-elsewhere', 'closed'],
  admitted: [],
  'referred-elsewhere': ['new', 'contacted'],
  closed: ['new', 'contacted'],
};

/** Statuses where the person is still waiting on the program. */
export const OPEN_STATUSES: readonly InquiryStatus[] = INQUIRY_STATUSES.filter(
  (s) => s !== 'admitted' && s !== 'referred-elsewhere' && s !== 'closed',
);

export function isOpenStatus(status: InquiryStatus): boolean {
  return OPEN_STATUSES.includes(status);
}

export function canTransition(from: InquiryStatus, to: InquiryStatus): boolean {
  return ALLOWED_TRANSITIONS[from].includes(to);
}

export interface TransitionDetails {
  /** Why the inquiry is closed (required for `closed`). */
  closedReason?: string | null;
  /** Where the person was referred (required for `referred-elsewhere`). */
  referredTo?: string | null;
}

/**
 * Checks a status change and throws a VALIDATION error a person can act on. `admitted` is reached only by
 * converting the inquiry to a patient (`viaConversion`), so the chart and the inquiry stay linked.
 */
export function assertTransition(
  from: InquiryStatus,
  to: InquiryStatus,
  details: TransitionDetails = {},
  opts: { viaConversion?: boolean } = {},
): void {
  if (from === to) {
    throw new DomainError('VALIDATION', `This inquiry is already ${label(to)}.`, { status: 'No change.' });
  }
  if (to === 'admitted' && !opts.viaConversion) {
    const message = 'Use “Convert to patient” to admit: it opens the chart and links it to this inquiry.';
    throw new DomainError('VALIDATION', message, { status: message });
  }
  if (!canTransition(from, to)) {
    const allowed = ALLOWED_TRANSITIONS[from].filter((s) => s !== 'admitted' || opts.viaConversion);
    const message =
      allowed.length === 0
        ? `An ${label(from)} inquiry cannot change status.`
        : `From ${label(from)} the next status can be: ${allowed.map(label).join(', ')}.`;
    throw new DomainError('VALIDATION', message, { status: message });
  }
  if (to === 'closed' && !details.closedReason?.trim()) {
    const message =
      'Say why the inquiry is closed (for example: no answer after three tries, or not interested).';
    throw new DomainError('VALIDATION', message, { closedReason: message });
  }
  if (to === 'referred-elsewhere' && !details.referredTo?.trim()) {
    const message = 'Say where the person was referred, so the next caller can follow up.';
    throw new DomainError('VALIDATION', message, { referredTo: message });
  }
}

function label(status: InquiryStatus): string {
  return status.replaceAll('-', ' ');
}
