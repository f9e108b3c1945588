import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/support/test-database.js';
import type { Database } from '../../../db/connect.js';
import { site } from '../../../db/schema/index.js';
import {
  type CenterFilters,
  normaliseFilters,
  type RawCenterFilters,
} from '../../../domain/centers/filters.js';
import { boundingBox, haversineMiles, MAX_SEARCH_MILES, roundMiles } from '../../../domain/centers/geo.js';
import { MEDICATIONS, PAYMENT_OPTIONS } from '../../../shared/centers.js';
import { boundingBoxSql, searchCenters } from './search-centers.js';

/** mulberry32: the same "random" directory on every run. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SPRINGFIELD = { lat: 39.8, lng: -89.6495 };

type Row = typeof site.$inferInsert & { latitude: number; longitude: number };

/**
 * A directory shaped to reach every branch of the search: more than the 2,000 centers its nearest-first
 * walk looks at packed around one city, a sparse national spread, both sides of the antimeridian, and a
 * rare combination (walk-in) that only a few far-away centers offer.
 */
function directory(): Row[] {
  const random = prng(7);
  const some = <T>(list: readonly T[]) => list.filter(() => random() < 0.4);
  const row = (lat: number, lng: number, extra: Partial<Row> = {}): Row => ({
    external: true,
    externalKey: `search-test:${randomUUID()}`,
    name: `Fictional Search Center ${randomUUID().slice(0, 8)}`,
    addressLine: '1 Example Street',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
    latitude: lat,
    longitude: lng,
    medications: some(MEDICATIONS),
    payment: some(PAYMENT_OPTIONS),
    languages: random() < 0.2 ? ['en', 'es'] : ['en'],
    telehealth: random() < 0.3,
    ...extra,
  });
  const rows: Row[] = [];
  for (let i = 0; i < 2100; i++) {
    rows.push(row(SPRINGFIELD.lat + (random() - 0.5) * 1.6, SPRINGFIELD.lng + (random() - 0.5) * 2));
  }
  for (let i = 0; i < 400; i++) rows.push(row(25 + random() * 24, -124 + random() * 57));
  for (let i = 0; i < 40; i++)
    rows.push(row(50 + random() * 4, random() < 0.5 ? 179 + random() : -180 + random()));
  // Walk-in only far from the city: 150, 200 and 240 miles north, and one beyond the 250-mile cap.
  for (const miles of [150, 200, 240, 260]) {
    rows.push(row(SPRINGFIELD.lat + miles / 69.0934, SPRINGFIELD.lng, { walkIn: true, medications: [] }));
  }
  return rows;
}

/** What the search must return: every center by exact distance, filtered, capped at 250 miles. */
function bruteForce(
  rows: Row[],
  ids: Map<string, string>,
  origin: { lat: number; lng: number },
  f: CenterFilters,
  limit: number,
) {
  const anyOf = (have: unknown, want: string[]) =>
    want.length === 0 || want.some((w) => ((have as string[] | undefined) ?? []).includes(w));
  return rows
    .filter(
      (r) =>
        anyOf(r.medications, f.medications) &&
        anyOf(r.payment, f.payment) &&
        anyOf(r.languages, f.languages) &&
        (!f.telehealth || r.telehealth) &&
        (!f.walkIn || r.walkIn),
    )
    .map((r) => ({
      id: ids.get(r.externalKey!)!,
      miles: haversineMiles(origin, { lat: r.latitude, lng: r.longitude }),
    }))
    .filter((r) => r.miles <= MAX_SEARCH_MILES)
    .sort((a, b) => a.miles - b.miles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit)
    .map((r) => ({ id: r.id, distanceMiles: roundMiles(r.miles) }));
}

describe('searchCenters', () => {
  let database: Database;
  let rows: Row[];
  const ids = new Map<string, string>();
  beforeAll(async () => {
    // Its own database: the expected answers are computed from every center in it.
    database = await openTestDatabase({ isolated: true });
    rows = directory();
    const inserted = await database.db
      .insert(site)
      .values(rows)
      .returning({ id: site.id, key: site.externalKey });
    for (const r of inserted) ids.set(r.key!, r.id);
  });
  afterAll(() => database.close());

  it('returns exactly the nearest matching centers, by great-circle distance, within 250 miles', async () => {
    const random = prng(11);
    const searches: [string, RawCenterFilters][] = [
      ['no filters', {}],
      ['two filters', { medications: 'buprenorphine', payment: 'medicaid' }],
      [
        'a narrow mix',
        { medications: 'methadone,naltrexone', payment: 'free', language: 'es', telehealth: 'true' },
      ],
      ['walk-in, only far away', { walkIn: 'true' }],
    ];
    const origins = [
      SPRINGFIELD,
      { lat: 41.8781, lng: -87.6298 }, // Chicago: the city's centers are 150+ miles south
      { lat: 51.9, lng: 179.95 }, // the antimeridian
      { lat: 64.8, lng: -147.7 }, // Fairbanks: nothing within 250 miles
      ...Array.from({ length: 12 }, () => ({ lat: 25 + random() * 24, lng: -124 + random() * 57 })),
    ];
    let compared = 0;
    for (const origin of origins) {
      for (const [, raw] of searches) {
        for (const limit of [1, 20, 50]) {
          const filters = normaliseFilters(raw);
          const found = await searchCenters({
            db: database.db,
            origin: { ...origin, label: 'test' },
            filters,
            limit,
          });
          expect(found.map((c) => ({ id: c.id, distanceMiles: c.distanceMiles }))).toEqual(
            bruteForce(rows, ids, origin, filters, limit),
          );
          compared += found.length;
        }
      }
    }
    // The comparisons were not vacuous.
    expect(compared).toBeGreaterThan(1000);
    // Every field of a result comes from its row.
    const [nearest] = await searchCenters({
      db: database.db,
      origin: { ...SPRINGFIELD, label: 'test' },
      filters: normaliseFilters({}),
      limit: 1,
    });
    const source = rows.find((r) => ids.get(r.externalKey!) === nearest!.id)!;
    expect(nearest).toEqual({
      id: nearest!.id,
      name: source.name,
      addressLine: '1 Example Street',
      addressLine2: null,
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
      latitude: source.latitude,
      longitude: source.longitude,
      phone: null,
      website: null,
      hours: null,
      distanceMiles: roundMiles(haversineMiles(SPRINGFIELD, { lat: source.latitude, lng: source.longitude })),
      services: [],
      medications: source.medications,
      payment: source.payment,
      languages: source.languages,
      ageGroups: [],
      genders: [],
      populations: [],
      telehealth: source.telehealth,
      sameDay: false,
      walkIn: false,
      external: true,
      lastVerified: null,
    });
    const walkIn = await searchCenters({
      db: database.db,
      origin: { ...SPRINGFIELD, label: 'test' },
      filters: normaliseFilters({ walkIn: 'true' }),
      limit: 20,
    });
    expect(walkIn.map((c) => Math.round(c.distanceMiles))).toEqual([150, 200, 240]);
  });

  it('builds the same search box in SQL as the domain does', async () => {
    const cases = [
      { lat: 39.8, lng: -89.65, miles: 25 },
      { lat: -33.9, lng: 151.2, miles: 250 },
      { lat: 64.8, lng: -147.7, miles: 180.5 },
      { lat: 89.9, lng: 0, miles: 25 },
      { lat: 51, lng: 179.9, miles: 25 },
      { lat: 0, lng: -179, miles: 100 },
    ];
    for (const c of cases) {
      const box = boundingBoxSql({ lat: sql`${c.lat}`, lng: sql`${c.lng}` }, sql`${c.miles}`);
      const result = await database.db.execute(sql`select ${box}::text as corners`);
      // PostgreSQL prints a box as (upper right),(lower left).
      const { corners } = (result as unknown as { rows: { corners: string }[] }).rows[0]!;
      const [maxLng, maxLat, minLng, minLat] = corners.match(/-?[\d.e+-]+/g)!.map(Number);
      const expected = boundingBox(c, c.miles);
      expect({ minLat, maxLat, minLng, maxLng }).toEqual({
        minLat: expect.closeTo(expected.minLat, 9),
        maxLat: expect.closeTo(expected.maxLat, 9),
        minLng: expect.closeTo(expected.minLng, 9),
        maxLng: expect.closeTo(expected.maxLng, 9),
      });
    }
  });
});
