import type { AdmissionAccepted, AdmissionRequest } from '../../../../shared/admission-request';
import type { AdmissionOptions } from '../../../../shared/admissions';
import { apiFetch } from '../../../api/client';
import { usePublicGet } from '../../../api/use-public-get';

/**
 * The public admission form's two API calls, without the query library (the staff side, api/admissions.ts,
 * keeps it): the form is a public page held to the first-load budget (issue "Public site", part 6).
 */

const isUuid = (v: unknown) =>
  typeof v === 'string' && /^[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i.test(v);

/** Checked by hand (zod is not loaded yet when the options arrive); keep in step with `admissionOptions`. */
function readAdmissionOptions(body: unknown): AdmissionOptions {
  const v = body as Partial<Record<keyof AdmissionOptions, unknown>> | null;
  const sitesOk =
    Array.isArray(v?.sites) &&
    v.sites.every(
      (site: Record<string, unknown> | null) =>
        isUuid(site?.id) && typeof site?.name === 'string' && typeof site.city === 'string',
    );
  if (!sitesOk || !(v?.organizationId === null || isUuid(v?.organizationId))) {
    throw new Error('Unexpected admission options');
  }
  return v as AdmissionOptions;
}

/** The locations the form offers (empty when the installation serves several organizations). */
export function useAdmissionOptions() {
  return usePublicGet('/api/v1/admissions/options', { maxAgeMs: 10 * 60_000, read: readAdmissionOptions });
}

/** What the form needs only once it is used (see admission-extras.ts): fetched once, again after a failure. */
export const loadAdmissionExtras = (() => {
  let loading: Promise<typeof import('./admission-extras')> | undefined;
  return () => {
    loading ??= import('./admission-extras').catch((error: unknown) => {
      loading = undefined; // a failed download is tried again next time
      throw error;
    });
    return loading;
  };
})();

/** Sends a request already checked against `admissionRequest`; the answer is checked with `admissionAccepted`. */
export async function submitAdmission(body: AdmissionRequest): Promise<AdmissionAccepted> {
  const { admissionAccepted } = await loadAdmissionExtras();
  return admissionAccepted.parse(await apiFetch('/api/v1/inquiries', { method: 'POST', body }));
}
