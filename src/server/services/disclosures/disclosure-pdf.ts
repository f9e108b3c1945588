import { ApiError } from '../../errors.js';
import type { ChartCaller } from '../consents/consent-records.js';
import { withChartAccess } from '../patients/chart-access.js';
import { loadReleaseContent } from './release-content.js';
import { renderReleasePdf } from './release-pdf.js';

/** Re-renders the document of a recorded disclosure (audited as a read of that disclosure). */
export async function disclosurePdf(
  opts: ChartCaller & { patientId: string; disclosureId: string },
): Promise<Buffer> {
  const content = await withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    {
      action: 'disclosure.read',
      resourceType: 'disclosure',
      resourceId: opts.disclosureId,
      patientId: opts.patientId,
      details: { document: 'pdf' },
    },
    async (tx) => {
      const found = await loadReleaseContent(tx, opts.patientId, opts.disclosureId);
      if (!found) throw new ApiError('NOT_FOUND', 'NOT_FOUND', 'This patient has no such disclosure.');
      return found;
    },
  );
  return renderReleasePdf(content);
}
