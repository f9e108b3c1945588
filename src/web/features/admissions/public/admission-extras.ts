/**
 * What the admission form needs only once someone uses it, in a chunk of its own so the page renders within
 * the public first-load budget (issue "Public site", part 6): the request's schema (zod/mini), which checks
 * the answers before they are sent and a checklist result handed over from /signs, and the view shown after
 * sending. The form starts loading it at the first focus or answer, and awaits it before sending, so
 * nothing is left to download once the request has been accepted.
 */
export { admissionAccepted, admissionRequest, checklistResult } from '../../../../shared/admission-request';
export { AdmissionSuccess } from './admission-success';
