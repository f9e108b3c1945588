import { and, eq } from 'drizzle-orm';
import { consent, courtOrder } from '../../../db/schema/index.js';
import { ApiError } from '../../errors.js';
import { withChartAccess } from '../patients/chart-access.js';
import type { ChartCaller } from './consent-records.js';

/** The signed paper a scan was recorded from: a consent or a court order. */
export type ScannedDocument = 'consent' | 'court-order';

export interface Scan {
  mediaType: string;
  bytes: Buffer;
  /** A file name for the download, e.g. `consent-<id>.pdf`. */
  fileName: string;
}

const EXTENSION: Record<string, string> = {
  'application/pdf': 'pdf',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

/**
 * The scan of a paper consent or court order as the file it was recorded from, for staff who may open the
 * chart; audited as a read of that document with `{ part: 'scan' }`. Scans are stored as the data: URL
 * validated at upload (validate-consent.ts: PDF, PNG or JPEG, content matching its type).
 */
export async function readScan(
  opts: ChartCaller & { patientId: string; document: ScannedDocument; documentId: string },
): Promise<Scan> {
  const table = opts.document === 'consent' ? consent : courtOrder;
  const dataUrl = await withChartAccess(
    opts.deps,
    opts.session,
    opts.actor,
    {
      action: `${opts.document}.read`,
      resourceType: opts.document === 'consent' ? 'consent' : 'court_order',
      resourceId: opts.documentId,
      patientId: opts.patientId,
      details: { part: 'scan' },
    },
    async (tx) => {
      const [row] = await tx
        .select({ scan: table.scan })
        .from(table)
        .where(and(eq(table.id, opts.documentId), eq(table.patientId, opts.patientId)));
      const noun = opts.document === 'consent' ? 'consent' : 'court order';
      if (!row) throw new ApiError('NOT_FOUND', 'NOT_FOUND', `This patient has no such ${noun}.`);
      if (row.scan === null) {
        const why =
          opts.document === 'consent'
            ? 'This consent was signed electronically; it has no scan.'
            : 'No scan was recorded with this court order.';
        throw new ApiError('NOT_FOUND', 'NOT_FOUND', why);
      }
      return row.scan;
    },
  );
  const match = /^data:([a-z/+.-]+);base64,(.*)$/s.exec(dataUrl);
  if (!match) throw new Error('A stored scan is not a data: URL.');
  const mediaType = match[1]!;
  return {
    mediaType,
    bytes: Buffer.from(match[2]!, 'base64'),
    fileName: `${opts.document}-${opts.documentId}.${EXTENSION[mediaType] ?? 'bin'}`,
  };
}
