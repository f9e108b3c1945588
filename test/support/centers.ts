import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connect.js';
import { site } from '../../src/db/schema/index.js';
import { announceCenterChanges } from '../../src/server/services/centers/center-directory.js';

/** One mile north of a point, in degrees of latitude (for placing test centers at known distances). */
export const MILE_OF_LATITUDE = 1 / 69.09;

export type TestCenterValues = typeof site.$inferInsert & { latitude: number; longitude: number };

/** The values of an imported (external) center with a unique key, at a point; override any field. */
export function testCenterValues(
  values: Partial<typeof site.$inferInsert> & { lat: number; lng: number },
): TestCenterValues {
  const { lat, lng, ...rest } = values;
  return {
    external: true,
    externalKey: `test:${randomUUID()}`,
    name: `Fictional Test Center ${randomUUID().slice(0, 8)}`,
    addressLine: '1 Example Street',
    city: 'Springfield',
    state: 'IL',
    postalCode: '62701',
    languages: ['en'],
    lastVerified: '2026-01-15',
    ...rest,
    latitude: lat,
    longitude: lng,
  };
}

/** An imported (external) center with a unique key; override any field. The finder sees it at once. */
export async function createTestCenter(
  db: Db,
  values: Partial<typeof site.$inferInsert> & { lat: number; lng: number },
) {
  const [row] = await db.insert(site).values(testCenterValues(values)).returning();
  // As a site edit would: the app's finder sees the new center on its next search.
  announceCenterChanges(db);
  return row!;
}
