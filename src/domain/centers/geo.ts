/**
 * Great-circle maths for the center finder. Haversine on a sphere of the Earth's mean radius is within
 * about 0.5% of the ellipsoid distance, far below what matters when choosing a clinic to drive to.
 */

export const EARTH_RADIUS_MILES = 3958.7613;
export const MILES_PER_DEGREE_LATITUDE = (Math.PI * EARTH_RADIUS_MILES) / 180; // ~69.09

export interface GeoPoint {
  lat: number;
  lng: number;
}

const rad = (deg: number) => (deg * Math.PI) / 180;

export function haversineMiles(a: GeoPoint, b: GeoPoint): number {
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}

export interface BoundingBox {
  minLat: number;
  maxLat: number;
  minLng: number;
  maxLng: number;
}

/**
 * A latitude/longitude box that contains every point within `miles` of `center`, for an index range scan
 * before the exact distance. Longitude degrees shrink with cos(latitude), so the box widens toward the
 * poles; near a pole (or when it would wrap past 180 degrees) it takes every longitude rather than
 * splitting in two, which over-fetches but never misses.
 */
export function boundingBox(center: GeoPoint, miles: number): BoundingBox {
  const dLat = miles / MILES_PER_DEGREE_LATITUDE;
  const minLat = Math.max(-90, center.lat - dLat);
  const maxLat = Math.min(90, center.lat + dLat);
  // The widest longitude span is at the box's edge nearest the pole.
  const widestLat = Math.max(Math.abs(minLat), Math.abs(maxLat));
  const cos = Math.cos(rad(widestLat));
  const dLng = cos < 1e-6 ? 360 : miles / (MILES_PER_DEGREE_LATITUDE * cos);
  if (dLng >= 180 || center.lng - dLng < -180 || center.lng + dLng > 180) {
    return { minLat, maxLat, minLng: -180, maxLng: 180 };
  }
  return { minLat, maxLat, minLng: center.lng - dLng, maxLng: center.lng + dLng };
}

/** The farthest a search reaches: rural searches still find something, nothing absurdly far is offered. */
export const MAX_SEARCH_MILES = 250;

export const roundMiles = (miles: number) => Math.round(miles * 10) / 10;
