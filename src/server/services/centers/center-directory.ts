import { isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../../../db/connect.js';
import { site } from '../../../db/schema/index.js';
import { buildCenterIndex, type CenterIndex, type NearCenter } from '../../../domain/centers/center-index.js';
import type { CenterFilters } from '../../../domain/centers/filters.js';
import { type GeoPoint, roundMiles } from '../../../domain/centers/geo.js';
import type { CenterResult } from '../../../shared/centers.js';

/**
 * The public center directory, held in memory by each app server and searched there
 * (src/domain/centers/center-index.ts): a search costs no database round trip. The directory is public,
 * read-mostly data (an import a few times a year, an admin's site edit now and then), 20,000 rows:
 * ~24 MB in memory, read in ~0.3 s from PostgreSQL and ~0.8 s from PGlite.
 *
 * Freshness:
 * - A write to `site` made in this process calls `announceCenterChanges(db)` once it has committed (the
 *   import does; a site edit must): the directory is read again at once, and searches wait for it, so
 *   whoever changed a site finds the change on their next search.
 * - Changes made elsewhere (`haven import-centers` in its own process, another app server) are found by a
 *   background check every `checkEverySeconds` (5 by default): the row count, the newest `updated_at`
 *   and the sum of the rows' `xmin` (the transaction that wrote each row version, so an UPDATE that
 *   leaves `updated_at` alone still shows), one scan of ~17 ms. When it differs from the loaded
 *   directory's, the table is read again and the new index replaces the old one; searches meanwhile use
 *   the old one. Such a change is searched within the interval plus one read. Never on the request path.
 */

/** A center as the finder returns it, before its distance from a search's origin is known. */
export type ListedCenter = Omit<CenterResult, 'distanceMiles' | 'latitude' | 'longitude'> & {
  latitude: number | null;
  longitude: number | null;
};

export interface CenterSearch {
  origin: GeoPoint;
  filters: CenterFilters;
  limit: number;
}

export interface CenterDirectory {
  /** The index, or a promise of it on the first search and just after a change made in this process. */
  ready(): CenterIndex<ListedCenter> | Promise<CenterIndex<ListedCenter>>;
  /** The `limit` nearest centers passing the filters within 250 miles, nearest first, ties by id. */
  search(search: CenterSearch): Promise<CenterResult[]>;
  /** The `site` table changed in this process: searches from now on wait for an index that has it. */
  changed(): void;
  /** Starts the first load now (a server about to take traffic), without waiting for it. */
  warm(): void;
  /** The background check, run now: reloads when the table differs from the index. True if it did. */
  checkNow(): Promise<boolean>;
  close(): void;
}

export const DEFAULT_CHECK_SECONDS = 5;

const COLUMNS = {
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
};

/** Changes whenever a row of `site` is inserted, updated or deleted (see the note at the top). */
async function fingerprint(db: Db): Promise<string> {
  const result = await db.execute<{ fingerprint: string }>(
    sql`select count(*)::text || '/' || coalesce(max(${site.updatedAt})::text, '') || '/'
      || coalesce(sum(xmin::text::bigint), 0)::text as fingerprint from ${site}`,
  );
  return (result as unknown as { rows: { fingerprint: string }[] }).rows[0]!.fingerprint;
}

interface Loaded {
  index: CenterIndex<ListedCenter>;
  fingerprint: string;
}

async function load(db: Db): Promise<Loaded> {
  // The fingerprint first: a change committed between the two reads is then in the rows but not in the
  // fingerprint, so the next check loads once more, never the other way round (a change missed).
  const print = await fingerprint(db);
  const rows = await db
    .select(COLUMNS)
    .from(site)
    .where(sql`${isNotNull(site.latitude)} and ${isNotNull(site.longitude)}`);
  return { index: buildCenterIndex(rows), fingerprint: print };
}

/** Directories open in this process, by the database handle they read, for `announceCenterChanges`. */
const openDirectories = new WeakMap<Db, Set<CenterDirectory>>();

/** Call after a committed write to `site` (import, site edit): this process's finders reload first. */
export function announceCenterChanges(db: Db): void {
  for (const directory of openDirectories.get(db) ?? []) directory.changed();
}

export function openCenterDirectory(opts: {
  db: Db;
  checkEverySeconds?: number;
  onError?: (err: unknown) => void;
}): CenterDirectory {
  const { db } = opts;
  const onError = opts.onError ?? (() => {});
  let current: Loaded | null = null;
  // `changed()` bumps `wanted`; `have` is the value of `wanted` the current index was loaded after.
  let wanted = 0;
  let have = -1;
  let inFlight: Promise<void> | null = null;
  /** A reload after a change failed: the background check reloads whatever the fingerprint says. */
  let mustReload = false;
  let closed = false;

  /** One load at a time; loads again when a change was announced while it read. */
  function reload(): Promise<void> {
    inFlight ??= (async () => {
      try {
        for (;;) {
          const target = wanted;
          const loaded = await load(db);
          if (closed) return;
          current = loaded;
          have = target;
          mustReload = false;
          if (wanted === target) return;
        }
      } finally {
        inFlight = null;
      }
    })();
    return inFlight;
  }

  function ready(): CenterIndex<ListedCenter> | Promise<CenterIndex<ListedCenter>> {
    if (current && have === wanted) return current.index;
    return reload().then(
      () => {
        if (!current) throw new Error('The center directory is closed.');
        return current.index;
      },
      (err) => {
        if (!current) throw err;
        // Serve the index we have rather than fail every search; the background check tries again.
        if (have !== wanted) {
          have = wanted;
          mustReload = true;
          onError(err);
        }
        return current.index;
      },
    );
  }

  async function checkNow(): Promise<boolean> {
    if (!current || closed) return false;
    if (inFlight) {
      await inFlight;
      return false;
    }
    const known = current.fingerprint;
    if (!mustReload && (await fingerprint(db)) === known) return false;
    await reload();
    return true;
  }

  const timer = setInterval(
    () => {
      checkNow().catch((err) => {
        if (!closed) onError(err);
      });
    },
    (opts.checkEverySeconds ?? DEFAULT_CHECK_SECONDS) * 1000,
  );
  timer.unref();

  const directory: CenterDirectory = {
    ready,
    async search({ origin, filters, limit }) {
      const index = await ready();
      return index.nearest(origin, filters, limit).map(toResult);
    },
    changed() {
      wanted++;
      // Reload now rather than on the next search; a never-searched directory loads when first asked.
      if (current) reload().catch(() => {});
    },
    warm() {
      if (!current)
        reload().catch((err) => {
          if (!closed) onError(err);
        });
    },
    checkNow,
    close() {
      closed = true;
      clearInterval(timer);
      openDirectories.get(db)?.delete(directory);
    },
  };
  let set = openDirectories.get(db);
  if (!set) {
    set = new Set();
    openDirectories.set(db, set);
  }
  set.add(directory);
  return directory;
}

/** A found center as the API returns it: distance in miles to one decimal. */
export function toResult({ center: c, miles }: NearCenter<ListedCenter>): CenterResult {
  // A literal of the result's shape (not a spread): the same hidden class for every result.
  return {
    id: c.id,
    name: c.name,
    addressLine: c.addressLine,
    addressLine2: c.addressLine2,
    city: c.city,
    state: c.state,
    postalCode: c.postalCode,
    latitude: c.latitude!,
    longitude: c.longitude!,
    phone: c.phone,
    website: c.website,
    hours: c.hours,
    distanceMiles: roundMiles(miles),
    services: c.services,
    medications: c.medications,
    payment: c.payment,
    languages: c.languages,
    ageGroups: c.ageGroups,
    genders: c.genders,
    populations: c.populations,
    telehealth: c.telehealth,
    sameDay: c.sameDay,
    walkIn: c.walkIn,
    external: c.external,
    lastVerified: c.lastVerified,
  };
}
