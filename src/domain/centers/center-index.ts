import type { CenterFilters } from './filters.js';
import {
  boundingBox,
  EARTH_RADIUS_MILES,
  type GeoPoint,
  MAX_SEARCH_MILES,
  MILES_PER_DEGREE_LATITUDE,
} from './geo.js';

/**
 * The treatment-center directory as an in-memory index: nearest centers that pass a search's filters,
 * exact to the great circle, with no I/O. The same answer as sorting every center by `haversineMiles`
 * (geo.ts), keeping those within the cap, ordering by distance then id, and cutting at the limit.
 *
 * Layout: centers sorted into latitude bands of BAND_DEGREES, by longitude within a band, in flat typed
 * arrays. A search reads the box around a circle (`boundingBox`: bands by index, longitudes by binary
 * search), keeps the matches inside the circle in a small sorted list of the best `limit`, and widens the
 * circle (to the cap at most) only when it held fewer than `limit` matches: when it holds `limit`, the
 * nearest `limit` anywhere lie inside it. Each list of values (types of care, medications, ...) and each
 * flag is a bit of a per-center bitmask, so a filter is a few AND operations. Bits are assigned from the
 * values centers actually carry, so values outside Haven's vocabulary (kept by the import or typed by an
 * admin) still match when searched for.
 */

/** What the index reads from a center (a `site` row or anything shaped like one). */
export interface IndexableCenter {
  id: string;
  latitude: number | null;
  longitude: number | null;
  services: readonly string[];
  medications: readonly string[];
  payment: readonly string[];
  languages: readonly string[];
  ageGroups: readonly string[];
  genders: readonly string[];
  populations: readonly string[];
  telehealth: boolean;
  sameDay: boolean;
  walkIn: boolean;
}

export interface NearCenter<T> {
  center: T;
  /** Great-circle miles from the origin, unrounded (`haversineMiles`). */
  miles: number;
  /** The center's place in this index (0 to size - 1), for callers keeping data per center beside it. */
  slot: number;
}

export interface CenterIndex<T extends IndexableCenter> {
  /** Centers with coordinates (those without can never be found by distance). */
  readonly size: number;
  /** The `limit` nearest centers passing `filters` within `maxMiles`, nearest first, ties by id. */
  nearest(origin: GeoPoint, filters: CenterFilters, limit: number, maxMiles?: number): NearCenter<T>[];
}

/** Height of a latitude band: ~17 miles, so a small circle reads one or two bands. */
const BAND_DEGREES = 0.25;
const BANDS = Math.ceil(180 / BAND_DEGREES);
const BANDS_PER_DEGREE = Math.round(1 / BAND_DEGREES);
/**
 * A center's record, in doubles: its place, cos(latitude), unit vector, then its bitmask (32-bit words,
 * two to a double): one cache line of 8 doubles for up to 64 bits, longer only for more values.
 */
const LNG = 0;
const LAT = 1;
const COS_LAT = 2;
const X = 3;
const Y = 4;
const Z = 5;
const MASK = 6;
/** The first circle is sized to hold this many times the matches asked for, by the local density. */
const FIRST_ROOM = 1.5;
const MIN_FIRST_MILES = 2;
/** The first circle where the 3 x 3 degrees around the origin hold no center at all. */
const EMPTY_AREA_MILES = 100;
/** Added to the radius for the box only, so float rounding can never leave a center in the circle out. */
const BOX_PAD_MILES = 0.01;

type ListField =
  | 'services'
  | 'medications'
  | 'payment'
  | 'languages'
  | 'ageGroups'
  | 'genders'
  | 'populations';
/** Each filter list and the center list it is matched against. */
const LISTS: readonly (readonly [keyof CenterFilters, ListField])[] = [
  ['care', 'services'],
  ['medications', 'medications'],
  ['payment', 'payment'],
  ['languages', 'languages'],
  ['ageGroups', 'ageGroups'],
  ['genders', 'genders'],
  ['populations', 'populations'],
];
const FLAGS = ['telehealth', 'sameDay', 'walkIn'] as const;

/** As geo.ts writes it (`deg * PI / 180` and `deg * (PI / 180)` can differ in the last bit). */
const rad = (deg: number) => (deg * Math.PI) / 180;
/** The squared chord between two points `miles` apart on the great circle. */
const chordSquared = (miles: number) => 4 * Math.sin(Math.min(Math.PI, miles / EARTH_RADIUS_MILES) / 2) ** 2;
/**
 * A squared chord widened by more than the float error of computing it (~1e-16 on each unit-vector
 * coordinate) and of the haversine: anything beyond it is certainly farther, by the exact distance too.
 * The widening is far under BOX_PAD_MILES, so a center it lets in never has nearer ones outside the box.
 */
const near = (chord: number) => chord * (1 + 1e-9) + 1e-15;
const bandOf = (lat: number) => Math.min(BANDS - 1, Math.max(0, Math.floor((lat + 90) / BAND_DEGREES)));

export function buildCenterIndex<T extends IndexableCenter>(all: readonly T[]): CenterIndex<T> {
  // Like the SQL box search before it: a center needs a real latitude and longitude to be found.
  const centers = all.filter(
    (c) =>
      c.latitude !== null &&
      c.longitude !== null &&
      Math.abs(c.latitude) <= 90 &&
      Math.abs(c.longitude) <= 180,
  );
  const n = centers.length;

  // Bits: the three flags first, then every (list, value) pair that some center has.
  const bitOf = LISTS.map(() => new Map<string, number>());
  let bits = FLAGS.length;
  for (const c of centers) {
    LISTS.forEach(([, field], g) => {
      for (const v of c[field]) if (!bitOf[g]!.has(v)) bitOf[g]!.set(v, bits++);
    });
  }
  const words = Math.ceil(bits / 32);
  const stride = Math.max(8, MASK + Math.ceil(words / 2));
  /** Where center k's mask words start in the 32-bit view of the records. */
  const maskAt = (k: number) => (k * stride + MASK) * 2;

  // Sorted by band, then longitude, then id (any fixed order works; this one is reproducible).
  const order = centers
    .map((c, i) => ({ i, band: bandOf(c.latitude!), lng: c.longitude!, id: c.id }))
    .sort((a, b) => a.band - b.band || a.lng - b.lng || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const bandStart = new Int32Array(BANDS + 1);
  for (const o of order) bandStart[o.band + 1]!++;
  for (let b = 0; b < BANDS; b++) bandStart[b + 1]! += bandStart[b]!;
  // How many centers carry each bit: how far the first circle must reach.
  const bitCount = new Int32Array(bits);

  // One record of 8 doubles (a cache line) per center, in band order: what a search reads of it.
  const rec = new Float64Array(n * stride);
  const masks = new Uint32Array(rec.buffer);
  const ids: string[] = new Array(n);
  const items: T[] = new Array(n);
  order.forEach(({ i }, k) => {
    const c = centers[i]!;
    const cos = Math.cos(rad(c.latitude!));
    const r = k * stride;
    rec[r + LNG] = c.longitude!;
    rec[r + LAT] = c.latitude!;
    rec[r + COS_LAT] = cos;
    // A unit vector: the squared chord between two points orders them as the great circle does.
    rec[r + X] = cos * Math.cos(rad(c.longitude!));
    rec[r + Y] = cos * Math.sin(rad(c.longitude!));
    rec[r + Z] = Math.sin(rad(c.latitude!));
    ids[k] = c.id;
    items[k] = c;
    FLAGS.forEach((flag, bit) => {
      if (c[flag]) {
        masks[maskAt(k)]! |= 1 << bit;
        bitCount[bit]!++;
      }
    });
    LISTS.forEach(([, field], g) => {
      for (const v of c[field]) {
        const bit = bitOf[g]!.get(v)!;
        masks[maskAt(k) + (bit >>> 5)]! |= 1 << (bit & 31);
        bitCount[bit]!++;
      }
    });
  });

  // Where each band's centers reach each whole degree of longitude: `bucket[band * 361 + d]` is the
  // first center of the band at or east of longitude d - 180 (d = 360: the band's end).
  const bucket = new Int32Array(BANDS * 361);
  for (let band = 0; band < BANDS; band++) {
    let k = bandStart[band]!;
    const end = bandStart[band + 1]!;
    for (let d = 0; d <= 360; d++) {
      while (k < end && (d === 360 || rec[k * stride + LNG]! < d - 180)) k++;
      bucket[band * 361 + d] = k;
    }
  }

  let best = new Int32Array(64);
  let bestMiles = new Float64Array(64);
  let bestChord = new Float64Array(64);

  /** The filters as masks, or null when some list asks only for values no center has (nothing matches). */
  type Compiled = { groups: Uint32Array[]; flags: number; share: number } | null;
  // A caller passing the same filters object again (the finder keeps its recent ones) skips the work.
  const compiled = new WeakMap<CenterFilters, Compiled>();
  function compiledFor(filters: CenterFilters): Compiled {
    let query = compiled.get(filters);
    if (query === undefined) {
      query = compile(filters);
      compiled.set(filters, query);
    }
    return query;
  }
  function compile(filters: CenterFilters): Compiled {
    const groups: Uint32Array[] = [];
    // About what share of all centers pass (as if the lists were independent).
    let share = 1;
    for (let g = 0; g < LISTS.length; g++) {
      const wanted = filters[LISTS[g]![0]] as readonly string[];
      if (wanted.length === 0) continue;
      const mask = new Uint32Array(words);
      let carriers = 0;
      for (const v of wanted) {
        const bit = bitOf[g]!.get(v);
        if (bit === undefined) continue;
        mask[bit >>> 5]! |= 1 << (bit & 31);
        carriers += bitCount[bit]!;
      }
      if (carriers === 0) return null;
      groups.push(mask);
      share *= Math.min(1, carriers / n);
    }
    let flags = 0;
    FLAGS.forEach((flag, bit) => {
      if (filters[flag]) {
        flags |= 1 << bit;
        share *= bitCount[bit]! / n;
      }
    });
    return { groups, flags, share };
  }

  /**
   * A circle likely to hold `wanted` centers (passing or not), from the density of the 3 x 3 degrees
   * around the origin, with room to spare: one pass mostly suffices. Only speed depends on it.
   */
  function firstRadius(origin: GeoPoint, wanted: number): number {
    const row = Math.min(179, Math.floor(origin.lat + 90));
    const col = Math.min(359, Math.floor(origin.lng + 180));
    let count = 0;
    let area = 0;
    for (let r = Math.max(0, row - 1); r <= Math.min(179, row + 1); r++) {
      const cellArea = MILES_PER_DEGREE_LATITUDE ** 2 * Math.max(0.01, Math.cos(rad(r - 89.5)));
      for (let dc = -1; dc <= 1; dc++) {
        const d = (col + dc + 360) % 360;
        for (let band = r * BANDS_PER_DEGREE; band < (r + 1) * BANDS_PER_DEGREE; band++) {
          count += bucket[band * 361 + d + 1]! - bucket[band * 361 + d]!;
        }
        area += cellArea;
      }
    }
    if (count === 0) return EMPTY_AREA_MILES;
    return Math.max(MIN_FIRST_MILES, Math.sqrt((FIRST_ROOM * wanted * area) / (Math.PI * count)));
  }

  function nearest(
    origin: GeoPoint,
    filters: CenterFilters,
    limit: number,
    maxMiles = MAX_SEARCH_MILES,
  ): NearCenter<T>[] {
    const query = compiledFor(filters);
    if (!query || limit < 1 || n === 0 || !(maxMiles >= 0)) return [];
    const { groups, flags, share } = query;
    const originCos = Math.cos(rad(origin.lat));
    const ox = originCos * Math.cos(rad(origin.lng));
    const oy = originCos * Math.sin(rad(origin.lng));
    const oz = Math.sin(rad(origin.lat));

    // The best `limit` so far, sorted by (miles, id): positions into the arrays above, miles, chord².
    // Scratch space kept between searches (a search runs to the end without yielding).
    if (best.length < limit) {
      best = new Int32Array(limit);
      bestMiles = new Float64Array(limit);
      bestChord = new Float64Array(limit);
    }
    let radius = Math.min(firstRadius(origin, limit / Math.max(share, 1e-9)), maxMiles);
    for (;;) {
      let found = 0;
      const box = boundingBox(origin, radius + BOX_PAD_MILES);
      const inCircle = near(chordSquared(radius));
      const first = bandOf(box.minLat);
      const last = bandOf(box.maxLat);
      // Bands nearest first (the origin's, then outward), so the kept list fills with near centers early;
      // once it is full, a band whose nearer edge lies beyond the worst kept ends its direction (a
      // latitude difference never exceeds the great-circle distance), and the longitudes read shrink
      // to the box around the worst kept.
      let up = bandOf(origin.lat);
      let down = up - 1;
      let minLng = box.minLng;
      let maxLng = box.maxLng;
      let shrunkTo = Number.POSITIVE_INFINITY;
      while (up <= last || down >= first) {
        const upGap =
          up <= last ? Math.max(0, up * BAND_DEGREES - 90 - origin.lat) : Number.POSITIVE_INFINITY;
        const downGap =
          down >= first
            ? Math.max(0, origin.lat - ((down + 1) * BAND_DEGREES - 90))
            : Number.POSITIVE_INFINITY;
        const goingUp = upGap <= downGap;
        const band = goingUp ? up++ : down--;
        if (found === limit) {
          const worst = bestMiles[limit - 1]!;
          if ((goingUp ? upGap : downGap) * MILES_PER_DEGREE_LATITUDE > worst + BOX_PAD_MILES) {
            if (goingUp) up = last + 1;
            else down = first - 1;
            continue;
          }
          if (worst < shrunkTo) {
            shrunkTo = worst;
            const tight = boundingBox(origin, worst + BOX_PAD_MILES);
            minLng = Math.max(box.minLng, tight.minLng);
            maxLng = Math.min(box.maxLng, tight.maxLng);
          }
        }
        const end = bandStart[band + 1]!;
        // First center of the band at or east of the western edge: found within its degree.
        const degree = band * 361 + Math.min(359, Math.floor(minLng + 180));
        let k = bucket[degree]!;
        let hi = bucket[degree + 1]!;
        while (k < hi) {
          const mid = (k + hi) >>> 1;
          if (rec[mid * stride + LNG]! < minLng) k = mid + 1;
          else hi = mid;
        }
        for (; k < end && rec[k * stride + LNG]! <= maxLng; k++) {
          const r = k * stride;
          const la = rec[r + LAT]!;
          const base = (r + MASK) * 2;
          if ((masks[base]! & flags) !== flags) continue;
          let pass = true;
          for (let g = 0; g < groups.length && pass; g++) {
            const mask = groups[g]!;
            pass = false;
            for (let w = 0; w < words; w++) {
              if ((masks[base + w]! & mask[w]!) !== 0) {
                pass = true;
                break;
              }
            }
          }
          if (!pass) continue;
          // Squared chord between unit vectors: a few multiplications, in the great circle's order.
          const dx = rec[r + X]! - ox;
          const dy = rec[r + Y]! - oy;
          const dz = rec[r + Z]! - oz;
          const chord = dx * dx + dy * dy + dz * dz;
          if (chord > inCircle) continue;
          // Only a center that may beat the worst kept gets its exact distance.
          if (found === limit && chord > near(bestChord[limit - 1]!)) continue;
          // haversineMiles (geo.ts) step for step, with the cosines computed once: the same float result.
          const sinLat = Math.sin(rad(la - origin.lat) / 2);
          const sinLng = Math.sin(rad(rec[r + LNG]! - origin.lng) / 2);
          const h = sinLat ** 2 + originCos * rec[r + COS_LAT]! * sinLng ** 2;
          const miles = 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
          // Insert into the sorted best list when it beats the worst kept (or the list is not full).
          if (found === limit) {
            const worst = bestMiles[limit - 1]!;
            if (miles > worst || (miles === worst && ids[k]! > ids[best[limit - 1]!]!)) continue;
          } else {
            found++;
          }
          let at = found - 1;
          while (at > 0) {
            const m = bestMiles[at - 1]!;
            if (m < miles || (m === miles && ids[best[at - 1]!]! < ids[k]!)) break;
            best[at] = best[at - 1]!;
            bestMiles[at] = m;
            bestChord[at] = bestChord[at - 1]!;
            at--;
          }
          best[at] = k;
          bestMiles[at] = miles;
          bestChord[at] = chord;
        }
      }
      // A full list holds only centers inside the circle, so nothing outside the box can beat them.
      if (found === limit || radius >= maxMiles) {
        // The circle test above is a hair generous; the cap is exact.
        while (found > 0 && bestMiles[found - 1]! > maxMiles) found--;
        const out: NearCenter<T>[] = new Array(found);
        for (let i = 0; i < found; i++)
          out[i] = { center: items[best[i]!]!, miles: bestMiles[i]!, slot: best[i]! };
        return out;
      }
      // Too few: widen by the area the missing matches need at the density seen (at least doubling).
      const grow = found === 0 ? 4 : Math.max(2, Math.sqrt(limit / found) * 1.2);
      radius = Math.min(maxMiles, radius * grow);
    }
  }

  return { size: n, nearest };
}
