import { and, asc, type Column, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';
import { executePrepared, pgliteClientOf } from '../../../db/pglite-prepared.js';
import { site } from '../../../db/schema/index.js';
import type { CenterFilters } from '../../../domain/centers/filters.js';
import {
  EARTH_RADIUS_MILES,
  MAX_SEARCH_MILES,
  MILES_PER_DEGREE_LATITUDE,
  roundMiles,
} from '../../../domain/centers/geo.js';
import type { Origin } from '../../../domain/centers/origin.js';
import type { CenterResult } from '../../../shared/centers.js';

/**
 * Nearest centers in one statement, exact to the great circle, using the GiST index on
 * `point(longitude, latitude)` (site_location_idx):
 *
 * 1. `reach`: walk the index in flat-map order from the origin (a KNN scan, `<->`) and keep the first
 *    `limit` centers that pass the filters. Their farthest great-circle distance `r` bounds the answer:
 *    at least `limit` matches lie within `r`, so the true nearest `limit` all do. (If the first
 *    SCAN_LIMIT centers hold too few matches, `r` is the 250-mile cap, the old worst case.)
 * 2. Read the matches inside the box around the `r` circle (a GiST box scan), keep those within `r`
 *    by haversine, and sort by distance, then id.
 *
 * The flat-map order only picks a radius; the exact distance decides membership and order, so the
 * result is the same as sorting every center by haversine and cutting at `limit` and 250 miles.
 */

/** How many centers the KNN walk may look at before giving up on a tight radius (rare filter mixes). */
const SCAN_LIMIT = 2000;
/** Added to `r` for the box only, so float rounding can never put the farthest center outside it. */
const BOX_PAD_MILES = 0.01;

const p = (name: string) => sql.placeholder(name);
const originLat = sql`${p('lat')}::float8`;
const originLng = sql`${p('lng')}::float8`;
const num = (n: number) => sql.raw(String(n));

/** Great-circle miles (haversine) from the origin to a latitude/longitude pair. */
const milesTo = (lat: SQL | Column, lng: SQL | Column) =>
  sql<number>`(${num(2 * EARTH_RADIUS_MILES)} * asin(least(1, sqrt(
  power(sin(radians(${lat} - ${originLat}) / 2), 2)
  + cos(radians(${originLat})) * cos(radians(${lat})) * power(sin(radians(${lng} - ${originLng}) / 2), 2)
))))`;

/** The indexed expression: must read exactly as in the index definition (schema/organization.ts). */
const location = sql`point(${site.longitude}, ${site.latitude})`;

/** The filters, applied to columns read through `col` (the table itself or the KNN subquery). */
function filtersOn(col: (c: Column) => SQL | Column): SQL {
  // "Offers any of these" on a jsonb list; a null list does not filter.
  const anyOf = (c: Column, name: string) =>
    sql`(${p(name)}::text[] is null or ${col(c)} ?| ${p(name)}::text[])`;
  const onlyIf = (c: Column, name: string) => sql`(not ${p(name)}::boolean or ${col(c)})`;
  const all = and(
    anyOf(site.services, 'care'),
    anyOf(site.medications, 'medications'),
    anyOf(site.payment, 'payment'),
    anyOf(site.languages, 'languages'),
    anyOf(site.ageGroups, 'ageGroups'),
    anyOf(site.genders, 'genders'),
    anyOf(site.populations, 'populations'),
    onlyIf(site.telehealth, 'telehealth'),
    onlyIf(site.sameDay, 'sameDay'),
    onlyIf(site.walkIn, 'walkIn'),
  );
  // The conjunction is never null, so coalesce changes no result. It makes PostgreSQL estimate the filters
  // as one plain boolean (one half) with or without their values, so the named statement's generic plan
  // costs what a custom plan costs and PostgreSQL keeps it, instead of planning every search again
  // (planning was ~0.25 ms of a ~0.45 ms search). `limit (select ...)` below does the same for the limit.
  return sql`coalesce(${all}, false)`;
}

const FILTER_COLUMNS = [
  site.services,
  site.medications,
  site.payment,
  site.languages,
  site.ageGroups,
  site.genders,
  site.populations,
  site.telehealth,
  site.sameDay,
  site.walkIn,
];
const knnColumn = (c: Column) => sql`knn.${sql.identifier(c.name)}`;

/**
 * The box (a PostgreSQL `box` of longitude/latitude corners) around every point within `miles` of
 * `center`: `boundingBox` of src/domain/centers/geo.ts as one SQL expression, so the search stays one
 * statement. The latitude band's edge nearest a pole is min(90, |lat| + dLat); every longitude is taken
 * near a pole or when the box would cross the antimeridian.
 */
export function boundingBoxSql(center: { lat: SQL; lng: SQL }, radius: SQL): SQL {
  const lat = sql`(${center.lat})::float8`;
  const lng = sql`(${center.lng})::float8`;
  const miles = sql`(${radius})::float8`;
  const perDegree = num(MILES_PER_DEGREE_LATITUDE);
  const dLat = sql`(${miles} / ${perDegree})`;
  const minLat = sql`greatest(-90, ${lat} - ${dLat})`;
  const maxLat = sql`least(90, ${lat} + ${dLat})`;
  const cosWidest = sql`cos(radians(least(90, abs(${lat}) + ${dLat})))`;
  const dLng = sql`(case when ${cosWidest} < 1e-6 then 360 else ${miles} / (${perDegree} * ${cosWidest}) end)`;
  return sql`(case when ${dLng} >= 180 or abs(${lng}) + ${dLng} > 180
    then box(point(-180, ${minLat}), point(180, ${maxLat}))
    else box(point(${lng} - ${dLng}, ${minLat}), point(${lng} + ${dLng}, ${maxLat})) end)`;
}

/** The search as one statement; every value is a placeholder, so it is planned once per connection. */
export function searchQuery(db: DbOrTx) {
  const distance = milesTo(site.latitude, site.longitude);
  const reach = db.$with('reach', { miles: sql<number>`miles`, area: sql`area` }).as(
    sql`select r.miles, ${boundingBoxSql({ lat: originLat, lng: originLng }, sql`r.miles + ${num(BOX_PAD_MILES)}`)} as area
    from (
      select case when count(*) < ${p('limit')} then ${p('maxMiles')}::float8
        else least(${p('maxMiles')}::float8, max(nearest.miles)) end as miles
      from (
        select ${milesTo(knnColumn(site.latitude), knnColumn(site.longitude))} as miles
        from (
          select ${sql.join(
            [site.latitude, site.longitude, ...FILTER_COLUMNS].map((c) => sql.identifier(c.name)),
            sql`, `,
          )}
          from ${site}
          where ${site.latitude} is not null and ${site.longitude} is not null
          order by ${location} <-> point(${originLng}, ${originLat})
          limit ${num(SCAN_LIMIT)}
        ) knn
        where ${filtersOn(knnColumn)}
        limit (select ${p('limit')}::int)
      ) nearest
    ) r`,
  );
  return db
    .with(reach)
    .select({
      id: site.id,
      name: site.name,
      addressLine: site.addressLine,
      addressLine2: site.addressLine2,
      city: site.city,
      state: site.state,
      postalCode: site.postalCode,
      latitude: site.latitude,
      longitude: site.longitude,
      phone: site.phone,
      website: site.website,
      hours: site.hours,
      services: site.services,
      medications: site.medications,
      payment: site.payment,
      languages: site.languages,
      ageGroups: site.ageGroups,
      genders: site.genders,
      populations: site.populations,
      telehealth: site.telehealth,
      sameDay: site.sameDay,
      walkIn: site.walkIn,
      external: site.external,
      lastVerified: site.lastVerified,
      distance,
    })
    .from(site)
    .where(
      and(
        sql`${location} <@ (select area from reach)`,
        sql`${distance} <= (select miles from reach)`,
        filtersOn((c) => c),
      ),
    )
    .orderBy(asc(distance), asc(site.id))
    .limit(p('limit'));
}

/** The result's columns, in select order (the PGlite path reads rows as arrays in this order). */
type SearchRow = Awaited<ReturnType<ReturnType<typeof searchQuery>['execute']>>[number];
const COLUMNS = [
  'id',
  'name',
  'addressLine',
  'addressLine2',
  'city',
  'state',
  'postalCode',
  'latitude',
  'longitude',
  'phone',
  'website',
  'hours',
  'services',
  'medications',
  'payment',
  'languages',
  'ageGroups',
  'genders',
  'populations',
  'telehealth',
  'sameDay',
  'walkIn',
  'external',
  'lastVerified',
  'distance',
] as const satisfies readonly (keyof SearchRow)[];

interface Statement {
  execute(values: Record<string, unknown>): Promise<SearchRow[]>;
}

function fromArray(row: unknown[]): SearchRow {
  const out: Record<string, unknown> = {};
  for (let i = 0; i < COLUMNS.length; i++) out[COLUMNS[i]!] = row[i];
  return out as SearchRow;
}

/**
 * One prepared statement per database handle: PostgreSQL plans it once per pooled connection (a named
 * statement; see the note on `coalesce` in `filtersOn`); PGlite, which would plan it on every search,
 * keeps its plan through SQL PREPARE/EXECUTE (src/db/pglite-prepared.ts).
 */
function prepare(db: DbOrTx): Statement {
  const query = searchQuery(db);
  const pglite = pgliteClientOf(db);
  if (!pglite) return query.prepare('search_centers');
  const { sql: text, params } = query.toSQL();
  const names = params.map((param) => (param as { name: string }).name);
  return {
    async execute(values) {
      const rows = await executePrepared(
        pglite,
        'search_centers',
        text,
        names.map((n) => values[n]),
      );
      return rows.map(fromArray);
    },
  };
}

const statements = new WeakMap<DbOrTx, Statement>();
const statementFor = (db: DbOrTx) => {
  let s = statements.get(db);
  if (!s) {
    s = prepare(db);
    statements.set(db, s);
  }
  return s;
};

const listParam = (values: string[]) => (values.length > 0 ? values : null);

/**
 * The `limit` centers nearest the origin that pass the filters, nearest first (ties by id), within
 * 250 miles, so rural searches still find something and nothing absurdly far is offered.
 */
export async function searchCenters(opts: {
  db: DbOrTx;
  origin: Origin;
  filters: CenterFilters;
  limit: number;
}): Promise<CenterResult[]> {
  const { db, origin, filters, limit } = opts;
  const rows = await statementFor(db).execute({
    lat: origin.lat,
    lng: origin.lng,
    maxMiles: MAX_SEARCH_MILES,
    limit,
    care: listParam(filters.care),
    medications: listParam(filters.medications),
    payment: listParam(filters.payment),
    languages: listParam(filters.languages),
    ageGroups: listParam(filters.ageGroups),
    genders: listParam(filters.genders),
    populations: listParam(filters.populations),
    telehealth: filters.telehealth,
    sameDay: filters.sameDay,
    walkIn: filters.walkIn,
  });
  // A literal of the result's shape (not a rest/spread copy): 20 rows of 25 fields on every search.
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    addressLine: r.addressLine,
    addressLine2: r.addressLine2,
    city: r.city,
    state: r.state,
    postalCode: r.postalCode,
    latitude: r.latitude!,
    longitude: r.longitude!,
    phone: r.phone,
    website: r.website,
    hours: r.hours,
    distanceMiles: roundMiles(Number(r.distance)),
    services: r.services,
    medications: r.medications,
    payment: r.payment,
    languages: r.languages,
    ageGroups: r.ageGroups,
    genders: r.genders,
    populations: r.populations,
    telehealth: r.telehealth,
    sameDay: r.sameDay,
    walkIn: r.walkIn,
    external: r.external,
    lastVerified: r.lastVerified,
  }));
}
