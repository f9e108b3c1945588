import type { Gazetteer, Place } from '../../../domain/centers/origin.js';

type ZipcodesModule = typeof import('zipcodes');

/**
 * The offline US ZIP gazetteer (`zipcodes` package: ZIP -> centre, city, state). Its 5 MB table loads on
 * first use rather than at app start, so test files and servers that never search do not pay for it;
 * the promise is shared because the table is read-only.
 */
let loading: Promise<Gazetteer> | undefined;

export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= import('zipcodes').then((m) =>
    createGazetteer((m as { default?: ZipcodesModule }).default ?? m),
  );
  return loading;
}

function createGazetteer(zipcodes: ZipcodesModule): Gazetteer {
  return {
    zip(zip) {
      const z = zipcodes.lookup(zip);
      if (z?.country !== 'US') return undefined;
      return { lat: z.latitude, lng: z.longitude, city: z.city, state: z.state };
    },
    city(name, state) {
      const zips = zipcodes.lookupByName(name.trim(), state).filter((z) => z.country === 'US');
      if (zips.length === 0) return undefined;
      // The mean of the city's ZIP centres: a fair middle for a search of 25 miles and more.
      const place: Place = {
        lat: zips.reduce((s, z) => s + z.latitude, 0) / zips.length,
        lng: zips.reduce((s, z) => s + z.longitude, 0) / zips.length,
        city: zips[0]!.city,
        state: zips[0]!.state,
      };
      return place;
    },
  };
}

/** Every US ZIP code with its centre (the synthetic-directory generator spreads facilities over them). */
export async function allUsZips(): Promise<
  { zip: string; lat: number; lng: number; city: string; state: string }[]
> {
  const m = (await import('zipcodes')) as { default?: ZipcodesModule } & ZipcodesModule;
  const zipcodes = m.default ?? m;
  return Object.values(zipcodes.codes)
    .filter((z) => z.country === 'US' && /^\d{5}$/.test(z.zip))
    .map((z) => ({ zip: z.zip, lat: z.latitude, lng: z.longitude, city: z.city, state: z.state }))
    .sort((a, b) => a.zip.localeCompare(b.zip));
}
