import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundingBox, haversineMiles, roundMiles } from './geo.js';

describe('haversineMiles', () => {
  it('matches the published great-circle distance between two airports (LAX-JFK ~2,475 mi)', () => {
    const lax = { lat: 33.9425, lng: -118.4081 };
    const jfk = { lat: 40.6397, lng: -73.7789 };
    expect(haversineMiles(lax, jfk)).toBeGreaterThan(2465);
    expect(haversineMiles(lax, jfk)).toBeLessThan(2480);
  });

  it('is zero for the same point and symmetric', () => {
    const p = { lat: 39.8, lng: -89.65 };
    const q = { lat: 41.88, lng: -87.63 };
    expect(haversineMiles(p, p)).toBe(0);
    expect(haversineMiles(p, q)).toBeCloseTo(haversineMiles(q, p), 9);
  });

  it('rounds distances to one decimal', () => {
    expect(roundMiles(3.1234)).toBe(3.1);
    expect(roundMiles(0.05)).toBe(0.1);
  });
});

describe('boundingBox', () => {
  it('contains every point within the radius (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -70, max: 70, noNaN: true }),
        fc.double({ min: -170, max: 170, noNaN: true }),
        fc.double({ min: 0, max: 2 * Math.PI, noNaN: true }),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        fc.constantFrom(25, 50, 100, 250),
        (lat, lng, bearing, fraction, miles) => {
          // Walk `fraction * miles` from the center along `bearing` (spherical destination formula).
          const d = (fraction * miles) / 3958.7613;
          const φ1 = (lat * Math.PI) / 180;
          const φ2 = Math.asin(Math.sin(φ1) * Math.cos(d) + Math.cos(φ1) * Math.sin(d) * Math.cos(bearing));
          const λ2 =
            (lng * Math.PI) / 180 +
            Math.atan2(
              Math.sin(bearing) * Math.sin(d) * Math.cos(φ1),
              Math.cos(d) - Math.sin(φ1) * Math.sin(φ2),
            );
          const p = { lat: (φ2 * 180) / Math.PI, lng: (λ2 * 180) / Math.PI };
          const box = boundingBox({ lat, lng }, miles);
          expect(p.lat).toBeGreaterThanOrEqual(box.minLat);
          expect(p.lat).toBeLessThanOrEqual(box.maxLat);
          expect(p.lng).toBeGreaterThanOrEqual(box.minLng);
          expect(p.lng).toBeLessThanOrEqual(box.maxLng);
        },
      ),
    );
  });

  it('spans about 0.36 degrees of latitude each way for 25 miles', () => {
    const box = boundingBox({ lat: 39.8, lng: -89.65 }, 25);
    expect(box.maxLat - 39.8).toBeCloseTo(0.362, 2);
    expect(box.maxLng - -89.65).toBeGreaterThan(0.362);
  });

  it('takes every longitude near a pole or across the antimeridian', () => {
    expect(boundingBox({ lat: 89.9, lng: 0 }, 25)).toMatchObject({ minLng: -180, maxLng: 180 });
    expect(boundingBox({ lat: 51, lng: 179.9 }, 25)).toMatchObject({ minLng: -180, maxLng: 180 });
  });
});
