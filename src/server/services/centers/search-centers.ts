import { and, asc, between, type Column, sql } from 'drizzle-orm';
import type { DbOrTx } from '../../../db/connect.js';
import { site } from '../../../db/schema/index.js';
import type { CenterFilters } from '../../../domain/centers/filters.js';
import {
  boundingBox,
  EARTH_RADIUS_MILES,
  roundMiles,
  SEARCH_RADII_MILES,
} from '../../../domain/centers/geo.js';
import type { Origin } from '../../../domain/centers/origin.js';
import type { CenterResult } from '../../../shared/centers.js';

const p = (name: string) => sql.placeholder(name);
const lat = sql`${p('lat')}::float8`;
const lng = sql`${p('lng')}::float8`;

/** Exact great-circle miles (haversine), computed only for rows inside the bounding box. */
const distance = sql<number>`(${sql.raw(String(2 * EARTH_RADIUS_MILES))} * asin(least(1, sqrt(
  power(sin(radians(${site.latitude} - ${lat}) / 2), 2)
  + cos(radians(${lat})) * cos(radians(${site.latitude})) * power(sin(radians(${site.longitude} - ${lng}) / 2), 2)
))))`;

/** "Offers any of these" on a jsonb list (GIN-indexable); a null list does not filter. */
const anyOf = (column: Column, name: string) =>
  sql`(${p(name)}::text[] is null or ${column} ?| ${p(name)}::text[])`;
const onlyIf = (column: Column, name: string) => sql`(not ${p(name)}::boolean or ${column})`;

/** The search as one statement; every value is a placeholder, so it is planned once per connection. */
export function searchQuery(db: DbOrTx) {
  return db
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
        // The box uses site_geo_idx; the circle makes the result exact (box corners lie beyond the radius).
        between(site.latitude, p('minLat'), p('maxLat')),
        between(site.longitude, p('minLng'), p('maxLng')),
        sql`${distance} <= ${p('radius')}::float8`,
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
      ),
    )
    .orderBy(asc(distance), asc(site.id))
    .limit(p('limit'));
}

const prepare = (db: DbOrTx) => searchQuery(db).prepare('search_centers');

// One prepared statement per database handle: PostgreSQL then plans it once per connection.
const statements = new WeakMap<DbOrTx, ReturnType<typeof prepare>>();
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
 * Nearest centers first: tries a 25-mile circle, then 50, 100 and 250, stopping as soon as one holds
 * `limit` matches (those are then the true nearest), so rural searches still find something.
 */
export async function searchCenters(opts: {
  db: DbOrTx;
  origin: Origin;
  filters: CenterFilters;
  limit: number;
}): Promise<CenterResult[]> {
  const { db, origin, filters, limit } = opts;
  const statement = statementFor(db);
  let rows: Awaited<ReturnType<typeof statement.execute>> = [];
  for (const radius of SEARCH_RADII_MILES) {
    const box = boundingBox(origin, radius);
    rows = await statement.execute({
      lat: origin.lat,
      lng: origin.lng,
      ...box,
      radius,
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
    if (rows.length >= limit) break;
  }
  return rows.map(({ distance: miles, latitude, longitude, ...row }) => ({
    ...row,
    latitude: latitude!,
    longitude: longitude!,
    distanceMiles: roundMiles(Number(miles)),
  }));
}
