import { describe, expect, it } from 'vitest';
import { buildCenterIndex } from '../../../domain/centers/center-index.js';
import { normaliseFilters } from '../../../domain/centers/filters.js';
import { centerSearchResponse } from '../../../shared/centers.js';
import { compileResponseSerializer } from '../../response-serializer.js';
import { type ListedCenter, toResult } from '../../services/centers/center-directory.js';
import { createSearchBodyWriter } from './search-body.js';

const listed = (i: number, extra: Partial<ListedCenter> = {}): ListedCenter & { secret?: string } => ({
  id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
  name: `Fictional Center ${i}`,
  addressLine: `${i} Example Street`,
  addressLine2: i % 2 ? null : `Suite ${i}`,
  city: 'Springfield',
  state: 'IL',
  postalCode: '62701',
  latitude: 39.8 + i / 100,
  longitude: -89.65 - i / 70,
  phone: i % 3 ? '(555) 010-0100' : null,
  website: null,
  hours: i % 4 ? null : 'Mon–Fri 8–5, "walk-ins" welcome\nSat closed \u2028',
  services: ['outpatient'],
  medications: i % 2 ? ['buprenorphine'] : [],
  payment: ['medicaid', 'self-pay'],
  languages: ['en', 'es'],
  ageGroups: [],
  genders: ['female'],
  populations: [],
  telehealth: i % 2 === 0,
  sameDay: false,
  walkIn: true,
  external: i % 5 !== 0,
  lastVerified: i % 3 ? '2026-01-15' : null,
  ...extra,
});

describe('createSearchBodyWriter', () => {
  it('writes exactly what the response schema serializer writes, and nothing it would not', () => {
    const centers = Array.from({ length: 60 }, (_, i) =>
      // A field the response schema does not declare must never leave the server.
      Object.assign(listed(i), { secret: 'raw_service_codes', sourceHash: 'abc' }),
    );
    const index = buildCenterIndex(centers);
    const write = createSearchBodyWriter();
    const serialize = compileResponseSerializer(centerSearchResponse);
    const origin = { lat: 40.1, lng: -90.1, label: 'Fictional "Town", IL 62701' };
    for (const [filters, limit] of [
      [normaliseFilters({}), 20],
      [normaliseFilters({ medications: 'buprenorphine' }), 50],
      [normaliseFilters({ care: 'detox' }), 20],
      [normaliseFilters({ telehealth: 'true' }), 1],
    ] as const) {
      // Twice: the second time from the pieces kept from the first.
      for (let round = 0; round < 2; round++) {
        const found = index.nearest(origin, filters, limit);
        const body = write(origin, index, found).toString();
        expect(body).toBe(serialize({ origin, centers: found.map(toResult) }));
        expect(body).not.toContain('secret');
        expect(body).not.toContain('sourceHash');
      }
    }
  });
});
