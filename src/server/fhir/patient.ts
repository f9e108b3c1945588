import type { Bundle, Coding, Patient as FhirPatient, HumanName } from '@medplum/fhirtypes';
import type { patient } from '../../db/schema/index.js';

export type PatientRow = typeof patient.$inferSelect;

/**
 * The columns the mapping below reads: a FHIR Patient read fetches these and nothing more (no insurance,
 * allergies or medications: the minimum necessary for the resource).
 */
export const FHIR_PATIENT_COLUMNS = [
  'id',
  'organizationId',
  'mrn',
  'legalFirstName',
  'legalLastName',
  'preferredName',
  'dateOfBirth',
  'language',
  'phone',
  'email',
  'address',
  'emergencyContact',
  'status',
  'updatedAt',
] as const satisfies readonly (keyof PatientRow)[];
export type FhirPatientSource = Pick<PatientRow, (typeof FHIR_PATIENT_COLUMNS)[number]>;

const V3_CONFIDENTIALITY = 'http://terminology.hl7.org/CodeSystem/v3-Confidentiality';
const V3_ACT_CODE = 'http://terminology.hl7.org/CodeSystem/v3-ActCode';

/**
 * Every Haven chart is a Part 2 record of a substance use disorder program. DS4P labels per REFERENCE.md 7.1:
 * confidentiality R (restricted), 42CFRPart2, ETH (substance abuse information sensitivity) and the refrain
 * policy NORDSCLCD (no redisclosure without consent directive).
 */
export const PART2_SECURITY_LABELS: Coding[] = [
  { system: V3_CONFIDENTIALITY, code: 'R', display: 'restricted' },
  { system: V3_ACT_CODE, code: '42CFRPart2', display: '42 CFR Part2' },
  { system: V3_ACT_CODE, code: 'ETH', display: 'substance abuse information sensitivity' },
  { system: V3_ACT_CODE, code: 'NORDSCLCD', display: 'no redisclosure without consent directive' },
];

/** The identifier system of an organization's medical record numbers. */
export const mrnSystem = (organizationId: string) => `urn:haven:${organizationId}:mrn`;

function names(p: FhirPatientSource): HumanName[] {
  const official: HumanName = {
    use: 'official',
    family: p.legalLastName,
    given: [p.legalFirstName],
    text: `${p.legalFirstName} ${p.legalLastName}`,
  };
  if (!p.preferredName) return [official];
  return [
    official,
    {
      use: 'usual',
      family: p.legalLastName,
      given: [p.preferredName],
      text: `${p.preferredName} ${p.legalLastName}`,
    },
  ];
}

/**
 * A patient as a FHIR R4 Patient. Haven records no administrative gender (only pronouns, which are not
 * gender), so `gender` is left out rather than guessed.
 */
export function toFhirPatient(p: FhirPatientSource): FhirPatient {
  const resource: FhirPatient = {
    resourceType: 'Patient',
    id: p.id,
    meta: { lastUpdated: p.updatedAt.toISOString(), security: PART2_SECURITY_LABELS },
    identifier: [
      {
        use: 'usual',
        type: {
          coding: [
            {
              system: 'http://terminology.hl7.org/CodeSystem/v2-0203',
              code: 'MR',
              display: 'Medical record number',
            },
          ],
        },
        system: mrnSystem(p.organizationId),
        value: p.mrn,
      },
    ],
    active: p.status !== 'discharged',
    name: names(p),
    birthDate: p.dateOfBirth,
    communication: [
      { language: { coding: [{ system: 'urn:ietf:bcp:47', code: p.language }] }, preferred: true },
    ],
  };
  const telecom = [
    ...(p.phone ? [{ system: 'phone' as const, value: p.phone }] : []),
    ...(p.email ? [{ system: 'email' as const, value: p.email }] : []),
  ];
  if (telecom.length > 0) resource.telecom = telecom;
  if (p.address) {
    const a = p.address;
    resource.address = [
      { use: 'home', line: [a.line1], city: a.city, state: a.state, postalCode: a.postalCode, country: 'US' },
    ];
  }
  if (p.emergencyContact) {
    const c = p.emergencyContact;
    resource.contact = [
      {
        relationship: [
          {
            coding: [
              {
                system: 'http://terminology.hl7.org/CodeSystem/v2-0131',
                code: 'C',
                display: 'Emergency Contact',
              },
            ],
            text: c.relationship,
          },
        ],
        name: { text: c.name },
        telecom: [{ system: 'phone', value: c.phone }],
      },
    ];
  }
  return resource;
}

/** A searchset Bundle of the matches, each with its absolute URL under `base` (e.g. https://host/fhir/R4). */
export function patientSearchBundle(
  base: string,
  selfUrl: string,
  patients: FhirPatient[],
): Bundle<FhirPatient> {
  const result: Bundle<FhirPatient> = {
    resourceType: 'Bundle',
    type: 'searchset',
    total: patients.length,
    link: [{ relation: 'self', url: selfUrl }],
  };
  // FHIR JSON has no empty arrays: no matches, no `entry`.
  if (patients.length > 0) {
    result.entry = patients.map((resource) => ({
      fullUrl: `${base}/Patient/${resource.id}`,
      resource,
      search: { mode: 'match' },
    }));
  }
  return result;
}
