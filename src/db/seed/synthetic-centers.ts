import { formatCsvRow } from '../../server/services/centers/csv.js';
import { allUsZips } from '../../server/services/centers/gazetteer.js';
import { seededRandom } from './seeded-random.js';

/**
 * A synthetic national directory in the export's CSV layout, for load tests and demos: clearly fictional
 * facilities ("Fictional ... (synthetic)", "Example" streets, 555-01xx phones, example.org sites) at real
 * US ZIP code centres, the same file for the same seed. It includes codes Haven does not map (kept raw
 * on import) and a few bad rows on purpose (missing name, bad ZIP, no coordinates with an unknown ZIP).
 */

export const DIRECTORY_COLUMNS = [
  'name1',
  'name2',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'phone',
  'website',
  'latitude',
  'longitude',
  'type_facility',
  'services',
] as const;

const ADJECTIVES = [
  'Cedar',
  'Harbor',
  'Lantern',
  'Meadow',
  'Northstar',
  'Riverbend',
  'Summit',
  'Willow',
  'Beacon',
  'Prairie',
];
const NOUNS = ['Path', 'Bridge', 'Haven', 'Light', 'Grove', 'Crossing', 'Hope', 'Compass'];
const KINDS = [
  'Recovery Center',
  'Treatment Services',
  'Health Clinic',
  'Counseling Center',
  'Opioid Treatment Program',
];
const STREETS = ['Oak', 'Maple', 'Main', 'Elm', 'Lake', 'Hill', 'Park', 'Pine'];
const SUFFIXES = ['Street', 'Avenue', 'Road', 'Boulevard', 'Lane'];
/** Codes the import does not map, as real exports carry (kept in raw_service_codes). */
const UNMAPPED = ['HIV', 'DUI', 'TRC', 'NRT', 'SMON', 'ACM', 'XQZ9'];

export async function generateDirectoryCsv(opts: { count: number; seed?: number }): Promise<string> {
  const random = seededRandom(opts.seed ?? 20_260_101);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const chance = (p: number) => random() < p;
  const zips = await allUsZips();
  const out = [formatCsvRow(DIRECTORY_COLUMNS)];
  for (let i = 1; i <= opts.count; i++) {
    const place = pick(zips);
    const isOtp = chance(0.15);
    const codes = new Set<string>(['SA']);
    if (isOtp) for (const c of ['OTP', 'METH', 'BU', 'OP']) codes.add(c);
    if (chance(0.5)) codes.add('OP');
    if (chance(0.3)) codes.add('IOT');
    if (chance(0.15)) codes.add(pick(['RS', 'RL', 'RES']));
    if (chance(0.12)) codes.add(pick(['DT', 'HID', 'OD']));
    if (chance(0.08)) codes.add('ODT');
    if (chance(0.55)) codes.add(pick(['BU', 'BUM', 'BWN']));
    if (chance(0.35)) codes.add(pick(['NU', 'VTRL']));
    for (const [code, p] of [
      ['MD', 0.7],
      ['MC', 0.5],
      ['PI', 0.75],
      ['MI', 0.2],
      ['SF', 0.8],
      ['SS', 0.4],
      ['PA', 0.15],
      ['NP', 0.08],
    ] as const) {
      if (chance(p)) codes.add(code);
    }
    if (chance(0.35)) codes.add('SP');
    if (chance(0.05)) codes.add('AH');
    if (chance(0.9)) codes.add('ADLT');
    if (chance(0.2)) codes.add('ADOL');
    if (chance(0.3)) codes.add('YAD');
    if (chance(0.25)) codes.add('SNR');
    if (chance(0.9)) codes.add('FEM');
    if (chance(0.85)) codes.add('MALE');
    if (chance(0.3)) codes.add('VET');
    if (chance(0.15)) codes.add('GL');
    if (chance(0.2)) codes.add('PW');
    if (chance(0.25)) codes.add('CJ');
    if (chance(0.4)) codes.add('CO');
    if (chance(0.35)) codes.add('CT');
    if (chance(0.2)) codes.add('SDA');
    if (chance(0.15)) codes.add('WI');
    if (chance(0.25)) codes.add(pick(UNMAPPED));

    // Within ~3 miles of the ZIP centre.
    let latitude = (place.lat + (random() - 0.5) * 0.08).toFixed(6);
    let longitude = (place.lng + (random() - 0.5) * 0.1).toFixed(6);
    let name1 = `Fictional ${pick(ADJECTIVES)} ${pick(NOUNS)} ${pick(KINDS)} ${i}`;
    let zip = place.zip;
    // A few rows the import must refuse, and some without coordinates (placed at their ZIP's centre).
    if (i % 997 === 0) zip = zip.slice(0, 4);
    else if (i % 1499 === 0) name1 = '';
    else if (i % 1999 === 0) [zip, latitude, longitude] = ['00001', '', ''];
    else if (i % 101 === 0) [latitude, longitude] = ['', ''];

    const n = String(i % 100).padStart(2, '0');
    out.push(
      formatCsvRow([
        name1,
        chance(0.2) ? `Outpatient, "Bridge" program (synthetic)` : '(synthetic)',
        `${100 + Math.floor(random() * 9800)} Example ${pick(STREETS)} ${pick(SUFFIXES)}`,
        chance(0.2) ? `Suite ${Math.floor(random() * 400)}` : '',
        place.city,
        place.state,
        zip,
        `(555) 555-01${n}`,
        chance(0.7) ? `https://example.org/centers/${i}` : '',
        latitude,
        longitude,
        'SA',
        [...codes].join(' '),
      ]),
    );
  }
  return out.join('');
}
