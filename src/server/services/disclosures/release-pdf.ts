import PdfPrinter from 'pdfmake';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import { SHORT_NOTICE_TEXT } from '../../../domain/consent/redisclosure-notice.js';
import type { ReleaseContent } from './release-content.js';

/** The 14 standard PDF fonts need no font files on the server. */
const printer = new PdfPrinter({
  Helvetica: {
    normal: 'Helvetica',
    bold: 'Helvetica-Bold',
    italics: 'Helvetica-Oblique',
    bolditalics: 'Helvetica-BoldOblique',
  },
});

const CATEGORY_LABELS: Record<string, string> = {
  demographics: 'Demographics',
  diagnosis: 'Diagnoses (problem list)',
  assessments: 'Assessment results',
  'treatment-plan': 'Treatment plan',
  medications: 'Medications and allergies',
  'drug-screens': 'Drug screen results',
  'progress-notes': 'Progress notes',
  attendance: 'Attendance',
  'discharge-summary': 'Discharge summary',
  'counseling-notes': 'SUD counselling notes',
};
export const categoryLabel = (c: string) => CATEGORY_LABELS[c] ?? c;

const day = (d: Date | string | null | undefined) =>
  d ? (typeof d === 'string' ? d : d.toISOString()).slice(0, 10) : '—';

function pairs(rows: [string, string | null | undefined][]): Content {
  return {
    table: {
      widths: [150, '*'],
      body: rows.map(([k, v]) => [{ text: k, bold: true }, v?.trim() ? v : '—']),
    },
    layout: 'lightHorizontalLines',
    margin: [0, 0, 0, 10],
  };
}

/** First page: who, what, why, the full 42 CFR 2.32 notice and the scope of the consent relied on. */
function coverPage(c: ReleaseContent): Content[] {
  const d = c.disclosure;
  const p = c.patient;
  const e = c.consent?.elements;
  const basis: Content = e
    ? [
        { text: 'Consent relied on (copy of its scope)', style: 'h2' },
        pairs([
          [
            'Kind',
            {
              tpo: 'Single consent for treatment, payment and health care operations',
              specific: 'Consent for a specific disclosure',
              'counseling-notes': 'Consent for SUD counselling notes',
              'legal-proceedings': 'Consent for use in legal proceedings',
            }[e.kind],
          ],
          ['Patient', e.patientName],
          ['Who may disclose', e.disclosingParty],
          [
            'Recipient',
            e.recipient.type === 'named'
              ? e.recipient.name
              : `${e.recipient.description} (${e.recipient.classes.join(', ')})`,
          ],
          ['Information', e.informationDescription],
          ['Categories', e.informationCategories.map(categoryLabel).join(', ')],
          ['Purpose', e.purposeDescription],
          ['Expires', c.consent?.expiresAt ? day(c.consent.expiresAt) : (e.expiryEvent ?? '—')],
          ['Right to revoke', e.revocationStatement],
          [
            'Signed',
            `${e.signature.signerName} (${e.signature.signerRole}), ${day(e.signature.signedAt)}, ${
              e.signature.method === 'electronic' ? 'electronic signature' : 'paper consent on file (scanned)'
            }`,
          ],
        ]),
      ]
    : c.courtOrder
      ? [
          { text: 'Basis: court order (42 CFR part 2 subpart E)', style: 'h2' },
          pairs([
            ['Court', c.courtOrder.court],
            ['Case or docket number', c.courtOrder.caseNumber],
            ['Order dated', c.courtOrder.orderDate],
            ['Judge', c.courtOrder.judge],
            ['Entered under', `42 CFR ${c.courtOrder.section}`],
            ['Information authorized', c.courtOrder.informationDescription],
            ['Recipient authorized', c.courtOrder.recipientName],
            ['Purpose', c.courtOrder.purpose],
            [
              'In force',
              [
                c.courtOrder.expiresAt ? `until ${day(c.courtOrder.expiresAt)}` : null,
                c.courtOrder.oneTime ? 'for one release' : null,
              ]
                .filter(Boolean)
                .join(', '),
            ],
          ]),
        ]
      : [
          { text: 'Basis: court order', style: 'h2' },
          pairs([['Court order reference', d.courtOrderReference]]),
        ];
  return [
    { text: 'Release of records', style: 'h1' },
    { text: c.programName, margin: [0, 0, 0, 10] },
    pairs([
      ['Patient', `${p.legalFirstName} ${p.legalLastName}`],
      ['Date of birth', p.dateOfBirth],
      ['Record number', p.mrn],
      ['Released to', d.recipientClass ? `${d.recipientName} (${d.recipientClass})` : d.recipientName],
      ['Purpose', d.purpose],
      ['Information released', d.informationCategories.map(categoryLabel).join(', ')],
      ['Description', d.description],
      ['Released on', `${d.disclosedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC`],
      ['Reference', d.id],
    ]),
    { text: 'Notice to the recipient (42 CFR 2.32)', style: 'h2' },
    { text: d.noticeText, style: 'notice', margin: [0, 0, 0, 12] },
    basis,
  ];
}

function section(category: string, c: ReleaseContent): Content[] {
  const p = c.patient;
  const title = { text: categoryLabel(category), style: 'h2' };
  switch (category) {
    case 'demographics':
      return [
        title,
        pairs([
          ['Legal name', `${p.legalFirstName} ${p.legalLastName}`],
          ['Preferred name', p.preferredName],
          ['Pronouns', p.pronouns],
          ['Date of birth', p.dateOfBirth],
          ['Language', p.language],
          ['Phone', p.phone],
          ['Email', p.email],
          [
            'Address',
            p.address
              ? `${p.address.line1}, ${p.address.city}, ${p.address.state} ${p.address.postalCode}`
              : null,
          ],
        ]),
      ];
    case 'diagnosis':
      return [
        title,
        c.problems.length
          ? {
              ul: c.problems.map(
                (x) =>
                  `${x.icd10Code} ${x.description} (${x.status}${x.onsetDate ? `, since ${x.onsetDate}` : ''})`,
              ),
              margin: [0, 0, 0, 10],
            }
          : { text: 'No problems recorded.', margin: [0, 0, 0, 10] },
      ];
    case 'medications':
      return [
        title,
        {
          ul: p.medications.length
            ? p.medications.map((m) => (m.dose ? `${m.name}, ${m.dose}` : m.name))
            : ['No medications recorded.'],
        },
        { text: 'Allergies', bold: true, margin: [0, 6, 0, 2] },
        {
          ul: p.allergies.length
            ? p.allergies.map((a) => (a.reaction ? `${a.substance} (${a.reaction})` : a.substance))
            : ['No known allergies recorded.'],
          margin: [0, 0, 0, 10],
        },
      ];
    case 'assessments':
      return [
        title,
        c.assessments.length
          ? {
              table: {
                headerRows: 1,
                widths: [80, '*', 60, '*'],
                body: [
                  ['Date', 'Instrument', 'Score', 'Result'].map((h) => ({ text: h, bold: true })),
                  ...c.assessments.map((a) => [
                    day(a.administeredAt),
                    `${a.instrumentId} (${a.instrumentVersion})`,
                    a.score === null ? '—' : String(a.score),
                    a.band ?? '—',
                  ]),
                ],
              },
              layout: 'lightHorizontalLines',
              margin: [0, 0, 0, 10],
            }
          : { text: 'No assessments recorded.', margin: [0, 0, 0, 10] },
      ];
    default:
      return [title, { text: 'No records of this kind are kept in Haven yet.', margin: [0, 0, 0, 10] }];
  }
}

export function releaseDocument(c: ReleaseContent, opts: { compress?: boolean } = {}): TDocumentDefinitions {
  return {
    info: { title: `Release of records ${c.disclosure.id}`, creator: 'Haven' },
    compress: opts.compress ?? true,
    pageMargins: [40, 40, 40, 60],
    defaultStyle: { font: 'Helvetica', fontSize: 10 },
    styles: {
      h1: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
      h2: { fontSize: 13, bold: true, margin: [0, 8, 0, 4] },
      notice: { fontSize: 10, bold: true },
    },
    // 42 CFR 2.32: every page carries at least the short notice.
    footer: (page, pages) => ({
      margin: [40, 10, 40, 0],
      columns: [
        { text: SHORT_NOTICE_TEXT, fontSize: 8, bold: true },
        { text: `Page ${page} of ${pages}`, fontSize: 8, alignment: 'right', width: 70 },
      ],
    }),
    content: [
      ...coverPage(c),
      { text: 'Records released', style: 'h1', pageBreak: 'before' },
      ...c.disclosure.informationCategories.flatMap((k) => section(k, c)),
    ],
  };
}

/** Renders the release as a PDF (CPU only: call it outside any transaction). */
export function renderReleasePdf(c: ReleaseContent, opts: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = printer.createPdfKitDocument(releaseDocument(c, opts));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
