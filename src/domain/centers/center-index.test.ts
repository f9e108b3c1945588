import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCenterIndex, type IndexableCenter } from './center-index.js';
import { type CenterFilters, normaliseFilters } from './filters.js';
import { haversineMiles, MAX_SEARCH_MILES, MILES_PER_DEGREE_LATITUDE } from './geo.js';

type Center = IndexableCenter & { latitude: number; longitude: number };

const NO_FILTERS = normaliseFilters({});

let serial = 0;
function center(lat: number, lng: number, extra: Partial<Center> = {}): Center {
  serial++;
  return {
    id: `00000000-0000-4000-8000-${String(serial).padStart(12, '0')}`,
    latitude: lat,
    longitude: lng,
    services: [],
    medications: [],
    payment: [],
    languages: ['en'],
    ageGroups: [],
    genders: [],
    populations: [],
    telehealth: false,
    sameDay: false,
    walkIn: false,
    ...extra,
  };
}

/** The definition the index must agree with: every center by exact distance, filtered, capped. */
function bruteForce(
  centers: readonly IndexableCenter[],
  origin: { lat: number; lng: number },
  f: CenterFilters,
  limit: number,
  maxMiles = MAX_SEARCH_MILES,
) {
  const anyOf = (have: readonly string[], want: string[]) =>
    want.length === 0 || want.some((w) => have.includes(w));
  return centers
    .filter(
      (c) =>
        c.latitude !== null &&
        c.longitude !== null &&
        anyOf(c.services, f.care) &&
        anyOf(c.medications, f.medications) &&
        anyOf(c.payment, f.payment) &&
        anyOf(c.languages, f.languages) &&
        anyOf(c.ageGroups, f.ageGroups) &&
        anyOf(c.genders, f.genders) &&
        anyOf(c.populations, f.populations) &&
        (!f.telehealth || c.telehealth) &&
        (!f.sameDay || c.sameDay) &&
        (!f.walkIn || c.walkIn),
    )
    .map((c) => ({ id: c.id, miles: haversineMiles(origin, { lat: c.latitude!, lng: c.longitude! }) }))
    .filter((r) => r.miles <= maxMiles)
    .sort((a, b) => a.miles - b.miles || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

const found = (index: ReturnType<typeof buildCenterIndex>, ...args: Parameters<typeof index.nearest>) =>
  index.nearest(...args).map((r) => ({ id: r.center.id, miles: r.miles }));

const north = (origin: { lat: number; lng: number }, miles: number) => ({
  lat: origin.lat + miles / MILES_PER_DEGREE_LATITUDE,
  lng: origin.lng,
});

// Small vocabularies (and a value outside Haven's) so random centers and searches overlap often.
const VALUES = {
  services: ['outpatient', 'detox', 'residential'],
  medications: ['methadone', 'buprenorphine', 'naltrexone'],
  payment: ['medicaid', 'self-pay', 'free'],
  languages: ['en', 'es', 'asl', 'xx'],
  ageGroups: ['adults', 'adolescents'],
  genders: ['female', 'male'],
  populations: ['veterans', 'lgbtq', 'retired-codes'],
} as const;
const someOf = <T>(list: readonly T[]) => fc.subarray([...list]);

/** A point: anywhere, or clustered (ties and dense cells), or near the antimeridian or a pole. */
const point = fc.oneof(
  fc.record({
    lat: fc.double({ min: -90, max: 90, noNaN: true }),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
  fc.record({
    lat: fc.double({ min: 39, max: 41, noNaN: true }),
    lng: fc.double({ min: -90, max: -88, noNaN: true }),
  }),
  // A hair apart (centimetres): the exact distance, not an approximation of it, must decide.
  fc.record({
    lat: fc.double({ min: 40, max: 40.000001, noNaN: true }),
    lng: fc.double({ min: -89.000001, max: -89, noNaN: true }),
  }),
  // The same few spots again and again: equal distances, decided by id.
  { arbitrary: fc.record({ lat: fc.constantFrom(40, 40.5), lng: fc.constantFrom(-89, -89.25) }), weight: 3 },
  fc.record({
    lat: fc.double({ min: 45, max: 60, noNaN: true }),
    lng: fc.oneof(
      fc.double({ min: 177, max: 180, noNaN: true }),
      fc.double({ min: -180, max: -177, noNaN: true }),
    ),
  }),
  fc.record({
    lat: fc.oneof(
      fc.double({ min: 86, max: 90, noNaN: true }),
      fc.double({ min: -90, max: -86, noNaN: true }),
    ),
    lng: fc.double({ min: -180, max: 180, noNaN: true }),
  }),
);

const centerArb = fc
  .record({
    at: point,
    id: fc.uuid(),
    services: someOf(VALUES.services),
    medications: someOf(VALUES.medications),
    payment: someOf(VALUES.payment),
    languages: someOf(VALUES.languages),
    ageGroups: someOf(VALUES.ageGroups),
    genders: someOf(VALUES.genders),
    populations: someOf(VALUES.populations),
    telehealth: fc.boolean(),
    sameDay: fc.boolean(),
    walkIn: fc.boolean(),
    noCoordinates: fc.integer({ min: 0, max: 19 }).map((n) => n === 0),
  })
  .map(({ at, noCoordinates, ...c }) => ({
    ...c,
    latitude: noCoordinates ? null : at.lat,
    longitude: noCoordinates ? null : at.lng,
  }));

const filtersArb: fc.Arbitrary<CenterFilters> = fc.record({
  care: someOf(VALUES.services),
  medications: someOf(VALUES.medications),
  payment: someOf([...VALUES.payment, 'medicare']),
  languages: someOf(VALUES.languages),
  ageGroups: fc.constantFrom<string[]>([], ['adults']),
  genders: fc.constantFrom<string[]>([], ['female'], ['female', 'male']),
  populations: fc.constantFrom<string[]>([], ['retired-codes'], ['veterans', 'lgbtq']),
  telehealth: fc.boolean(),
  sameDay: fc.boolean(),
  walkIn: fc.boolean(),
});

describe('buildCenterIndex', () => {
  it('returns what sorting every center by great-circle distance returns (property)', () => {
    fc.assert(
      fc.property(
        fc.array(centerArb, { maxLength: 300 }),
        point,
        fc.oneof(filtersArb, fc.constant(NO_FILTERS)),
        fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 50 })),
        fc.constantFrom(MAX_SEARCH_MILES, 25, 1000, 13_000),
        (centers, origin, filters, limit, maxMiles) => {
          const index = buildCenterIndex(centers);
          expect(found(index, origin, filters, limit, maxMiles)).toEqual(
            bruteForce(centers, origin, filters, limit, maxMiles),
          );
        },
      ),
      { numRuns: 400 },
    );
  });

  it('agrees with the brute force over a dense national directory, searched from many places', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]) => list.filter(() => random() < 0.4);
    const centers = Array.from({ length: 6000 }, (_, i) =>
      center(
        i < 3000 ? 39.8 + (random() - 0.5) * 1.6 : 25 + random() * 24,
        i < 3000 ? -89.65 + (random() - 0.5) * 2 : -124 + random() * 57,
        {
          medications: pick(VALUES.medications),
          payment: pick(VALUES.payment),
          languages: random() < 0.2 ? ['en', 'es'] : ['en'],
          walkIn: random() < 0.01,
        },
      ),
    );
    const index = buildCenterIndex(centers);
    const searches = [
      NO_FILTERS,
      normaliseFilters({ medications: 'buprenorphine', payment: 'medicaid' }),
      normaliseFilters({ walkIn: 'true', language: 'es' }),
    ];
    for (let i = 0; i < 200; i++) {
      const origin = { lat: 25 + random() * 24, lng: -124 + random() * 57 };
      for (const filters of searches) {
        expect(found(index, origin, filters, 20)).toEqual(bruteForce(centers, origin, filters, 20));
      }
    }
  });

  it('breaks ties of distance by id and keeps centers without coordinates out', () => {
    const origin = { lat: 39.8, lng: -89.65 };
    const at = north(origin, 3);
    const a = center(at.lat, at.lng, { id: 'b0000000-0000-4000-8000-000000000000' });
    const b = center(at.lat, at.lng, { id: 'a0000000-0000-4000-8000-000000000000' });
    const c = center(at.lat, at.lng, { id: 'c0000000-0000-4000-8000-000000000000' });
    const nowhere = { ...center(0, 0), latitude: null, longitude: null };
    const index = buildCenterIndex([a, nowhere, c, b]);
    expect(index.size).toBe(3);
    expect(index.nearest(origin, NO_FILTERS, 2).map((r) => r.center.id)).toEqual([b.id, a.id]);
    expect(index.nearest(origin, NO_FILTERS, 10).map((r) => r.center.id)).toEqual([b.id, a.id, c.id]);
  });

  it('breaks exact ties by id even where a cheaper measure of distance would differ in the last bit', () => {
    // Pairs east and west of the origin on its parallel are exactly as far by the haversine; their
    // chords (or any other formula) may differ by a rounding, which must not decide between them.
    for (const origin of [
      { lat: 40, lng: -89 },
      { lat: 61.2, lng: -149.9 },
      { lat: -33.9, lng: 151.2 },
    ]) {
      // Either one of a pair may have the smaller id, and either may be met first.
      const centers = [0.013, 0.1, 0.37, 0.5, 1.1, 2.9, 0.02, 0.2, 0.7, 1.7].flatMap((d, i) => [
        center(origin.lat, origin.lng + d, {
          id: `${i}${i % 2 ? 'a' : 'b'}000000-0000-4000-8000-000000000000`,
        }),
        center(origin.lat, origin.lng - d, {
          id: `${i}${i % 2 ? 'b' : 'a'}000000-0000-4000-8000-000000000000`,
        }),
      ]);
      const index = buildCenterIndex(centers);
      for (let limit = 1; limit <= centers.length; limit++) {
        expect(found(index, origin, NO_FILTERS, limit)).toEqual(
          bruteForce(centers, origin, NO_FILTERS, limit),
        );
      }
    }
  });

  it('reads a neighbouring band as far east and west as the worst center kept', () => {
    // The origin sits just under a band's edge (bands are 0.25 degrees); its own band fills the list with
    // centers far along its parallel, and the band above holds nearer ones almost as far east and west.
    const origin = { lat: 40.2499, lng: -89 };
    const own = [0.44, 0.445, 0.45, 0.455].flatMap((d) => [
      center(origin.lat, origin.lng + d),
      center(origin.lat, origin.lng - d),
    ]);
    const above = [0.43, 0.435].flatMap((d) => [
      center(40.2501, origin.lng + d),
      center(40.2501, origin.lng - d),
    ]);
    const centers = [...own, ...above];
    const index = buildCenterIndex(centers);
    for (let limit = 1; limit <= centers.length; limit++) {
      expect(found(index, origin, NO_FILTERS, limit)).toEqual(bruteForce(centers, origin, NO_FILTERS, limit));
    }
    expect(index.nearest(origin, NO_FILTERS, 4).map((r) => r.center)).toEqual(expect.arrayContaining(above));
  });

  it('returns fewer than the limit when fewer match, and nothing beyond 250 miles', () => {
    const origin = { lat: 39.8, lng: -89.65 };
    const centers = [10, 100, 249.9, 250.1, 400].map((miles) =>
      center(north(origin, miles).lat, origin.lng, { walkIn: miles !== 10 }),
    );
    const index = buildCenterIndex(centers);
    const walkIn = normaliseFilters({ walkIn: 'true' });
    expect(index.nearest(origin, walkIn, 20).map((r) => Math.round(r.miles * 10) / 10)).toEqual([100, 249.9]);
    expect(index.nearest(origin, NO_FILTERS, 20)).toHaveLength(3);
    // Fairbanks: nothing within 250 miles.
    expect(index.nearest({ lat: 64.8, lng: -147.7 }, NO_FILTERS, 20)).toEqual([]);
  });

  it('finds across the antimeridian and over a pole', () => {
    const east = center(52, 179.9);
    const west = center(52, -179.9);
    const pole = center(89.9, 100);
    const other = center(89.9, -80);
    const index = buildCenterIndex([east, west, pole, other]);
    expect(index.nearest({ lat: 52, lng: 179.99 }, NO_FILTERS, 2).map((r) => r.center.id)).toEqual([
      east.id,
      west.id,
    ]);
    expect(index.nearest({ lat: 52, lng: -179.99 }, NO_FILTERS, 1)[0]!.center.id).toBe(west.id);
    // From the pole itself: both centers near it, whatever their longitude.
    const fromPole = index.nearest({ lat: 90, lng: 0 }, NO_FILTERS, 5);
    expect(fromPole.map((r) => r.center.id).sort()).toEqual([pole.id, other.id].sort());
    expect(fromPole[0]!.miles).toBeCloseTo(6.9, 1);
    expect(found(index, { lat: 90, lng: 0 }, NO_FILTERS, 5)).toEqual(
      bruteForce([east, west, pole, other], { lat: 90, lng: 0 }, NO_FILTERS, 5),
    );
  });

  it('matches values outside the vocabulary, and any-of within a list, all across lists', () => {
    const origin = { lat: 39.8, lng: -89.65 };
    const near = (miles: number, extra: Partial<Center>) =>
      center(north(origin, miles).lat, origin.lng, extra);
    const old = near(1, { services: ['withdrawal-clinic'], languages: ['en', 'fr'] });
    const bup = near(2, { medications: ['buprenorphine'], payment: ['medicaid'] });
    const meth = near(3, { medications: ['methadone'], payment: ['self-pay'], telehealth: true });
    const index = buildCenterIndex([old, bup, meth]);
    const ids = (raw: Parameters<typeof normaliseFilters>[0]) =>
      index.nearest(origin, normaliseFilters(raw), 20).map((r) => r.center.id);
    expect(ids({ language: 'fr' })).toEqual([old.id]);
    expect(ids({ language: 'de' })).toEqual([]);
    expect(index.nearest(origin, { ...NO_FILTERS, care: ['withdrawal-clinic'] }, 5)[0]!.center).toBe(old);
    expect(ids({ medications: 'buprenorphine,methadone' })).toEqual([bup.id, meth.id]);
    expect(ids({ medications: 'buprenorphine,methadone', payment: 'self-pay' })).toEqual([meth.id]);
    expect(ids({ medications: 'buprenorphine', telehealth: 'true' })).toEqual([]);
    expect(ids({ telehealth: 'true' })).toEqual([meth.id]);
  });

  it('handles more than 32 distinct values in one list', () => {
    const origin = { lat: 10, lng: 10 };
    const codes = Array.from({ length: 80 }, (_, i) => `l${String(i).padStart(2, '0')}`);
    const centers = codes.map((code, i) =>
      center(north(origin, i + 1).lat, origin.lng, { languages: [code] }),
    );
    const index = buildCenterIndex(centers);
    for (const i of [0, 31, 32, 63, 79]) {
      expect(
        index.nearest(origin, { ...NO_FILTERS, languages: [codes[i]!] }, 5).map((r) => r.center),
      ).toEqual([centers[i]]);
    }
    expect(index.nearest(origin, { ...NO_FILTERS, languages: ['l05', 'l70'] }, 5)).toHaveLength(2);
  });

  it('is empty for an empty directory', () => {
    expect(buildCenterIndex([]).nearest({ lat: 0, lng: 0 }, NO_FILTERS, 20)).toEqual([]);
  });
});
