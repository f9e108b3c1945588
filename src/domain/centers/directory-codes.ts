/**
 * Service codes of the SAMHSA National Directory / FindTreatment.gov facility listings, mapped to Haven's
 * vocabulary (src/shared/centers.ts). Sources: the filter codes of SAMHSA's own FindTreatment.gov front end
 * (github.com/CBHSQ/findtreatment, src/utils/filters.js: DT, OP, RES, METH, BU, NU, MD, MC, PI, MI, SF,
 * SS, PA, NP, VET, GL, CT, ADLT, CHLD...) and the N-SUMHSS locator code list for the rest. Codes marked
 * "assumed" are not in a published list we could check offline. A code not in this table is kept in
 * `raw_service_codes`, never dropped. README.md ("Importing the national directory") repeats this table.
 */

export type CodeTarget =
  | {
      field: 'services' | 'medications' | 'payment' | 'languages' | 'ageGroups' | 'genders' | 'populations';
      value: string;
    }
  | { field: 'telehealth' | 'sameDay' | 'walkIn' };

const to = (
  field: Exclude<CodeTarget['field'], 'telehealth' | 'sameDay' | 'walkIn'>,
  value: string,
  codes: string[],
) => codes.map((code) => [code, { field, value }] as const);
const flag = (field: 'telehealth' | 'sameDay' | 'walkIn', codes: string[]) =>
  codes.map((code) => [code, { field }] as const);

export const DIRECTORY_CODES: ReadonlyMap<string, CodeTarget> = new Map<string, CodeTarget>([
  // Type of care. DT detox; HID/RD/OD hospital, residential and outpatient detox.
  ...to('services', 'detox', ['DT', 'DTX', 'HID', 'RD', 'OD']),
  // RES residential; RS/RL short- and long-term residential.
  ...to('services', 'residential', ['RES', 'RS', 'RL']),
  // ODT outpatient day treatment or partial hospitalization; PHOS/PHDT assumed spellings of it.
  ...to('services', 'partial-hospitalization', ['ODT', 'PHOS', 'PHDT', 'PHP']),
  ...to('services', 'intensive-outpatient', ['IOT', 'IOP']),
  // OP outpatient; ORT regular outpatient; OMB outpatient methadone/buprenorphine/naltrexone.
  ...to('services', 'outpatient', ['OP', 'ORT', 'OMB']),
  ...to('services', 'opioid-treatment-program', ['OTP']),
  // Medications. MM/MMW methadone maintenance (and for a set time), DM methadone detox.
  ...to('medications', 'methadone', ['METH', 'MM', 'MMW', 'DM']),
  // BUM/BMW buprenorphine maintenance, DB buprenorphine detox, BWN/BWON with/without naloxone.
  ...to('medications', 'buprenorphine', ['BU', 'BUP', 'BUM', 'BMW', 'DB', 'BWN', 'BWON']),
  // NU naltrexone; NXN assumed spelling; VTRL extended-release injectable naltrexone.
  ...to('medications', 'naltrexone', ['NU', 'NXN', 'VTRL']),
  // Payment. SF is "cash or self-payment" in FindTreatment.gov; NP "no payment accepted" (free).
  ...to('payment', 'medicaid', ['MD']),
  ...to('payment', 'medicare', ['MC']),
  ...to('payment', 'private-insurance', ['PI']),
  ...to('payment', 'military-insurance', ['MI']),
  ...to('payment', 'self-pay', ['SF']),
  ...to('payment', 'sliding-scale', ['SS']),
  ...to('payment', 'payment-assistance', ['PA']),
  ...to('payment', 'free', ['NP', 'FREE']),
  // Languages other than English (every listed facility is assumed to serve in English).
  ...to('languages', 'es', ['SP']),
  ...to('languages', 'asl', ['AH', 'ASL']),
  // Ages: CHLD is "youth (under 18)" in FindTreatment.gov.
  ...to('ageGroups', 'children', ['CHLD']),
  ...to('ageGroups', 'adolescents', ['ADOL']),
  ...to('ageGroups', 'young-adults', ['YAD']),
  ...to('ageGroups', 'adults', ['ADLT']),
  ...to('ageGroups', 'seniors', ['SNR']),
  ...to('genders', 'female', ['FEM']),
  ...to('genders', 'male', ['MALE']),
  ...to('populations', 'veterans', ['VET']),
  ...to('populations', 'lgbtq', ['GL', 'LGBT']),
  ...to('populations', 'pregnant-postpartum', ['PW']),
  ...to('populations', 'criminal-justice', ['CJ']),
  ...to('populations', 'co-occurring', ['CO']),
  // CT telemedicine/telehealth; SDA/SAMEDAY and WI/WALKIN assumed (the public listing has no such code).
  ...flag('telehealth', ['CT', 'TELE']),
  ...flag('sameDay', ['SDA', 'SAMEDAY']),
  ...flag('walkIn', ['WI', 'WALKIN']),
]);
