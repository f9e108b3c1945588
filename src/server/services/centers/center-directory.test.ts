import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestCenterValues, testCenterValues } from '../../../../test/support/centers.js';
import { openTestDatabase } from '../../../../test/support/test-database.js';
import type { Database } from '../../../db/connect.js';
import { site } from '../../../db/schema/index.js';
import { seededRandom } from '../../../db/seed/seeded-random.js';
import {
  type CenterFilters,
  normaliseFilters,
  type RawCenterFilters,
} from '../../../domain/centers/filters.js';
import { haversineMiles, MAX_SEARCH_MILES, roundMiles } from '../../../domain/centers/geo.js';
import { MEDICATIONS, PAYMENT_OPTIONS } from '../../../shared/centers.js';
import { announceCenterChanges, type CenterDirectory, openCenterDirectory } from './center-directory.js';

const SPRINGFIELD = { lat: 39.8, lng: -89.6495 };

type Row = TestCenterValues;

/**
 * A directory shaped to reach every branch of the search: 2,100 centers packed around one city, a sparse
 * national spread, both sides of the antimeridian, and a rare combination (walk-in) that only a few
 * far-away centers offer.
 */
function fictionalDirectory(): Row[] {
  const random = seededRandom(7);
  const some = <T>(list: readonly T[]) => list.filter(() => random() < 0.4);
  const row = (lat: number, lng: number, extra: Partial<Row> = {}): Row =>
    testCenterValues({
      lat,
      lng,
      lastVerified: null,
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

describe('the center directory (in-memory finder index)', () => {
  let database: Database;
  let directory: CenterDirectory;
  let rows: Row[];
  const ids = new Map<string, string>();
  const searchCenters = (opts: {
    origin: { lat: number; lng: number };
    filters: CenterFilters;
    limit: number;
  }) => directory.search(opts);
  beforeAll(async () => {
    // Its own database: the expected answers are computed from every center in it.
    database = await openTestDatabase({ isolated: true });
    rows = fictionalDirectory();
    const inserted = await database.db
      .insert(site)
      .values(rows)
      .returning({ id: site.id, key: site.externalKey });
    for (const r of inserted) ids.set(r.key!, r.id);
    directory = openCenterDirectory({ db: database.db, checkEverySeconds: 3600 });
  });
  afterAll(async () => {
    directory.close();
    await database.close();
  });

  it('returns exactly the nearest matching centers, by great-circle distance, within 250 miles', async () => {
    const random = seededRandom(11);
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
            origin,
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
      origin: SPRINGFIELD,
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
      origin: SPRINGFIELD,
      filters: normaliseFilters({ walkIn: 'true' }),
      limit: 20,
    });
    expect(walkIn.map((c) => Math.round(c.distanceMiles))).toEqual([150, 200, 240]);
  });

  it('sees a change made in this process at once, and one made elsewhere after the background check', async () => {
    const origin = { lat: 12.5, lng: 45.5 }; // nowhere near the directory above
    const near = (miles: number) => ({ ...origin, lat: origin.lat + miles / 69.0934 });
    const found = async () =>
      (await searchCenters({ origin, filters: normaliseFilters({}), limit: 5 })).map((c) => c.name);
    const add = async (name: string, miles: number) => {
      const [row] = await database.db
        .insert(site)
        .values(testCenterValues({ name, lat: near(miles).lat, lng: origin.lng }))
        .returning({ id: site.id });
      return row!.id;
    };
    expect(await found()).toEqual([]);

    // Written in this process and announced (as the import does): the next search has it.
    const first = await add('Fictional Announced Center', 2);
    announceCenterChanges(database.db);
    expect(await found()).toEqual(['Fictional Announced Center']);

    // Written by another process (not announced): invisible until the background check reloads.
    const second = await add('Fictional Elsewhere Center', 1);
    expect(await found()).toEqual(['Fictional Announced Center']);
    expect(await directory.checkNow()).toBe(true);
    expect(await found()).toEqual(['Fictional Elsewhere Center', 'Fictional Announced Center']);
    expect(await directory.checkNow()).toBe(false);

    // An edit that leaves updated_at alone is still seen (the rows' xmin changed).
    await database.db.execute(sql`update site set name = 'Fictional Renamed Center' where id = ${second}`);
    expect(await directory.checkNow()).toBe(true);
    expect(await found()).toEqual(['Fictional Renamed Center', 'Fictional Announced Center']);

    // So is a deletion.
    await database.db.delete(site).where(eq(site.id, first));
    expect(await directory.checkNow()).toBe(true);
    expect(await found()).toEqual(['Fictional Renamed Center']);
    await database.db.delete(site).where(eq(site.id, second));
    await directory.checkNow();
    expect(await found()).toEqual([]);
  });
});

describe('the center directory when the database fails', () => {
  it('fails a first search, then keeps answering from the last directory read, and catches up', async () => {
    const database = await openTestDatabase({ isolated: true });
    let failing = true;
    // The same handle, but reads fail while `failing` holds.
    const db = new Proxy(database.db, {
      get(target, key, receiver) {
        if (failing && (key === 'execute' || key === 'select')) {
          return () => {
            throw new Error('database unavailable');
          };
        }
        return Reflect.get(target, key, receiver);
      },
    });
    const errors: unknown[] = [];
    const directory = openCenterDirectory({
      db,
      checkEverySeconds: 3600,
      onError: (err) => errors.push(err),
    });
    try {
      const origin = { lat: 12.5, lng: 45.5 };
      const names = async () =>
        (await directory.search({ origin, filters: normaliseFilters({}), limit: 5 })).map((c) => c.name);
      const add = (name: string) =>
        database.db.insert(site).values(testCenterValues({ name, lat: origin.lat, lng: origin.lng }));

      await add('Fictional First Center');
      await expect(names()).rejects.toThrow('database unavailable');
      failing = false;
      expect(await names()).toEqual(['Fictional First Center']);

      failing = true;
      await add('Fictional Second Center');
      announceCenterChanges(db);
      expect(await names()).toEqual(['Fictional First Center']);
      expect(await names()).toEqual(['Fictional First Center']);
      expect(errors).toHaveLength(1);

      failing = false;
      expect(await directory.checkNow()).toBe(true);
      expect((await names()).sort()).toEqual(['Fictional First Center', 'Fictional Second Center']);
    } finally {
      directory.close();
      await database.close();
    }
  });
});
