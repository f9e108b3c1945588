import type { CreateConsentRequest, DiscloseRequest } from '../../src/shared/consents.js';

export const RIVERA = 'Dr. Rivera, Springfield Family Medicine';

/** A complete specific consent to Dr. Rivera, e-signed by the patient; override any element. */
export function consentBody(
  patientName: string,
  over: Partial<CreateConsentRequest> = {},
): CreateConsentRequest {
  return {
    kind: 'specific',
    patientName,
    disclosingParty: 'Haven Test Clinic',
    recipient: { type: 'named', name: RIVERA },
    informationDescription: 'My medication list and problem list, from admission until today',
    informationCategories: ['medications', 'diagnosis'],
    purposes: ['treatment'],
    purposeDescription: 'Coordinate my primary care with my addiction treatment',
    expiresAt: '2099-12-31',
    expiryEvent: null,
    revocationStatement:
      'I may revoke this consent at any time by telling the program in writing, except for what was already released.',
    signature: { method: 'electronic', signerName: patientName, signerRole: 'patient', agreed: true },
    ...over,
  };
}

export function releaseBody(over: Partial<DiscloseRequest> = {}): DiscloseRequest {
  return {
    recipientName: RIVERA,
    purpose: 'treatment',
    informationCategories: ['medications'],
    format: 'pdf',
    ...over,
  };
}

/** The text drawn on a PDF's pages: inflates compressed streams and decodes the hex strings of TJ operators. */
export async function pdfText(pdf: Buffer): Promise<string> {
  const { inflateSync } = await import('node:zlib');
  const raw = pdf.toString('latin1');
  const streams: string[] = [];
  const re = /stream\r?\n/g;
  let m: RegExpExecArray | null;
  // biome-ignore lint/suspicious/noAssignInExpressions: a plain scanning loop
  while ((m = re.exec(raw))) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    try {
      streams.push(inflateSync(bytes).toString('latin1'));
    } catch {
      streams.push(bytes.toString('latin1'));
    }
  }
  return streams
    .join('\n')
    .match(/<([0-9a-fA-F]+)>/g)!
    .map((h) => Buffer.from(h.slice(1, -1), 'hex').toString('latin1'))
    .join('');
}
