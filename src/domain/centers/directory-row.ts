import { createHash } from 'node:crypto';
import stringify from 'safe-stable-stringify';
import { DIRECTORY_CODES } from './directory-codes.js';
import type { Gazetteer } from './origin.js';

/**
 * One facility row of a directory export, mapped to a center. Column layout assumed (FindTreatment.gov
 * listing fields): name1, name2, street1, street2, city, state, zip, phone, website, latitude, longitude,
 * type_facility, an optional stable id (`frid` or `id`), an optional `last_verified` date, and the
 * service codes either in one `services` column (separated by spaces, commas, semicolons or |) or as one
 * column per code holding 1/Y/yes/true. Header names are matched case-insensitively.
 */
export interface DirectoryCenter {
  externalKey: string;
  name: string;
  addressLine: string;
  addressLine2: string | null;
  city: string;
  state: string;
  postalCode: string;
  latitude: number;
  longitude: number;
  phone: string | null;
  website: string | null;
  services: string[];
  medications: string[];
  payment: string[];
  languages: string[];
  ageGroups: string[];
  genders: string[];
  populations: string[];
  telehealth: boolean;
  sameDay: boolean;
  walkIn: boolean;
  lastVerified: string;
  rawServiceCodes: string[];
  /** SHA-256 of everything above: equal hashes mean a re-import has nothing to write. */
  sourceHash: string;
}

export type RowResult = { ok: true; center: DirectoryCenter } | { ok: false; reason: string };

/** Columns that describe the facility rather than name a service code. */
const IDENTITY_COLUMNS = new Set([
  'frid',
  'id',
  'name1',
  'name2',
  'street1',
  'street2',
  'city',
  'state',
  'zip',
  'phone',
  'intake1',
  'intake2',
  'hotline1',
  'website',
  'latitude',
  'longitude',
  'type_facility',
  'typefacility',
  'services',
  'last_verified',
  'county',
]);
const YES = new Set(['1', 'y', 'yes', 'true', 'x']);

const clean = (v: string | undefined) => (v ?? '').trim().replace(/\s+/g, ' ');
const sorted = (s: Set<string>) => [...s].sort();

function serviceCodes(row: Record<string, string>): string[] {
  const codes = new Set<string>();
  for (const code of (row.services ?? '').split(/[\s,;|]+/)) if (code) codes.add(code.toUpperCase());
  for (const [column, value] of Object.entries(row)) {
    if (!IDENTITY_COLUMNS.has(column) && YES.has(clean(value).toLowerCase())) codes.add(column.toUpperCase());
  }
  return [...codes];
}

/** Only http(s) links reach the public finder; a bare host gets a scheme, anything else is dropped. */
function website(raw: string): string | null {
  if (!raw) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `http://${raw}`;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? withScheme : null;
  } catch {
    return null;
  }
}

function coordinate(raw: string, limit: number): number | null {
  if (!raw) return null;
  const n = Number(raw);
  return Number.isFinite(n) && Math.abs(n) <= limit && n !== 0 ? n : null;
}

export function externalKey(row: Record<string, string>): string {
  const id = clean(row.frid) || clean(row.id);
  if (id) return `samhsa:${id}`;
  const norm = (v: string | undefined) =>
    clean(v)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  const basis = [norm(row.name1), norm(row.street1), clean(row.zip).slice(0, 5)].join('|');
  return `hash:${createHash('sha256').update(basis).digest('hex').slice(0, 32)}`;
}

/**
 * Maps one row (keys are lower-cased headers) or says why it cannot be used. `verifiedOn` (YYYY-MM-DD)
 * is the listing date used when the row has no `last_verified` of its own.
 */
export function mapDirectoryRow(
  row: Record<string, string>,
  gazetteer: Gazetteer,
  verifiedOn: string,
): RowResult {
  const name1 = clean(row.name1);
  const name2 = clean(row.name2);
  if (!name1) return { ok: false, reason: 'missing name (name1)' };
  const city = clean(row.city);
  const state = clean(row.state).toUpperCase();
  if (!city) return { ok: false, reason: 'missing city' };
  if (!/^[A-Z]{2}$/.test(state))
    return { ok: false, reason: `bad state "${clean(row.state)}" (use the 2-letter code)` };
  const zipMatch = /^(\d{5})(?:-?\d{4})?$/.exec(clean(row.zip));
  if (!zipMatch) return { ok: false, reason: `bad ZIP "${clean(row.zip)}"` };
  const zip = zipMatch[1]!;
  let latitude = coordinate(clean(row.latitude), 90);
  let longitude = coordinate(clean(row.longitude), 180);
  if (latitude === null || longitude === null) {
    // The directory geocodes nearly every row; for the rest the ZIP's centre is close enough to sort by.
    const place = gazetteer.zip(zip);
    if (!place) return { ok: false, reason: `no coordinates and ZIP ${zip} unknown` };
    latitude = place.lat;
    longitude = place.lng;
  }

  const lists = {
    services: new Set<string>(),
    medications: new Set<string>(),
    payment: new Set<string>(),
    languages: new Set<string>(['en']),
    ageGroups: new Set<string>(),
    genders: new Set<string>(),
    populations: new Set<string>(),
  };
  const flags = { telehealth: false, sameDay: false, walkIn: false };
  const raw = new Set<string>();
  for (const code of serviceCodes(row)) {
    const target = DIRECTORY_CODES.get(code);
    if (!target) raw.add(code);
    else if ('value' in target) lists[target.field].add(target.value);
    else flags[target.field] = true;
  }
  const verified = clean(row.last_verified);
  const body = {
    externalKey: externalKey(row),
    // name2 is the program or "doing business as" name the directory shows under name1.
    name: name2 && name2.toLowerCase() !== name1.toLowerCase() ? `${name1} — ${name2}` : name1,
    addressLine: clean(row.street1),
    addressLine2: clean(row.street2) || null,
    city,
    state,
    postalCode: zip,
    latitude,
    longitude,
    phone: clean(row.phone) || clean(row.intake1) || null,
    website: website(clean(row.website)),
    services: sorted(lists.services),
    medications: sorted(lists.medications),
    payment: sorted(lists.payment),
    languages: sorted(lists.languages),
    ageGroups: sorted(lists.ageGroups),
    genders: sorted(lists.genders),
    populations: sorted(lists.populations),
    ...flags,
    lastVerified: /^\d{4}-\d{2}-\d{2}$/.test(verified) ? verified : verifiedOn,
    rawServiceCodes: sorted(raw),
  };
  const sourceHash = createHash('sha256').update(stringify(body)).digest('hex');
  return { ok: true, center: { ...body, sourceHash } };
}
