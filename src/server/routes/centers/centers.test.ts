import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestCenter, MILE_OF_LATITUDE } from '../../../../test/support/centers.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { site } from '../../../db/schema/index.js';
import type { CenterSearchResponse } from '../../../shared/centers.js';
import { announceCenterChanges } from '../../services/centers/center-directory.js';

// Springfield, IL 62701 as the `zipcodes` table places it.
const ORIGIN = { lat: 39.8, lng: -89.6495 };
const north = (miles: number) => ({ lat: ORIGIN.lat + miles * MILE_OF_LATITUDE, lng: ORIGIN.lng });

describe('GET /api/v1/centers (public finder)', () => {
  let t: TestApp;
  beforeAll(async () => {
    // Its own database: the assertions count every center near the origin.
    t = await createTestApp({ isolated: true });
    // A clinic a mile away, an OTP at five, a telehealth practice at ten, and a rural program 120 miles out.
    await createTestCenter(t.db, {
      ...north(1),
      name: 'Fictional One Mile Clinic',
      services: ['outpatient'],
      medications: ['buprenorphine'],
      payment: ['medicaid'],
    });
    await createTestCenter(t.db, {
      ...north(5),
      name: 'Fictional Five Mile OTP',
      services: ['opioid-treatment-program'],
      medications: ['methadone'],
      payment: ['self-pay'],
      languages: ['en', 'es'],
    });
    await createTestCenter(t.db, {
      ...north(10),
      name: 'Fictional Ten Mile Telehealth',
      services: ['outpatient'],
      medications: ['buprenorphine', 'naltrexone'],
      payment: ['private-insurance'],
      telehealth: true,
    });
    await createTestCenter(t.db, {
      ...north(120),
      name: 'Fictional Rural Program',
      medications: ['buprenorphine'],
      payment: ['medicaid'],
    });
  });
  afterAll(() => t.app.close());

  const search = async (query: string) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/v1/centers?${query}` });
    return { res, body: res.json<CenterSearchResponse>() };
  };
  const names = (body: CenterSearchResponse) => body.centers.map((c) => c.name);

  it('finds the nearest centers to a ZIP code first, with distances in miles', async () => {
    const { res, body } = await search('near=62701&limit=3');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    expect(body.origin).toEqual({ ...ORIGIN, label: 'Springfield, IL 62701' });
    expect(names(body)).toEqual([
      'Fictional One Mile Clinic',
      'Fictional Five Mile OTP',
      'Fictional Ten Mile Telehealth',
    ]);
    expect(body.centers.map((c) => c.distanceMiles)).toEqual([1, 5, 10]);
    expect(body.centers[0]).toMatchObject({
      external: true,
      lastVerified: '2026-01-15',
      medications: ['buprenorphine'],
      addressLine: '1 Example Street',
    });
  });

  it('widens the search circle until it has enough centers, so rural searches still find one', async () => {
    const { body } = await search('near=62701&limit=4');
    expect(names(body).at(-1)).toBe('Fictional Rural Program');
    expect(body.centers.at(-1)!.distanceMiles).toBe(120);
  });

  it('searches from coordinates and from "City, ST", nearest first', async () => {
    const byPoint = await search(`near=${north(5).lat},${ORIGIN.lng}&limit=2`);
    expect(byPoint.res.statusCode).toBe(200);
    expect(names(byPoint.body)).toEqual(['Fictional Five Mile OTP', 'Fictional One Mile Clinic']);
    expect(byPoint.body.centers[0]!.distanceMiles).toBe(0);

    const byCity = await search(`near=${encodeURIComponent('springfield, il')}&limit=4`);
    expect(byCity.res.statusCode).toBe(200);
    expect(byCity.body.origin.label).toBe('Springfield, IL');
    const distances = byCity.body.centers.map((c) => c.distanceMiles);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(byCity.body.centers).toHaveLength(4);
  });

  it('combines values within a filter with OR and filters with AND', async () => {
    const bup = await search('near=62701&medications=buprenorphine');
    expect(names(bup.body)).toEqual([
      'Fictional One Mile Clinic',
      'Fictional Ten Mile Telehealth',
      'Fictional Rural Program',
    ]);
    const either = await search('near=62701&medications=buprenorphine,methadone&limit=3');
    expect(either.body.centers).toHaveLength(3);
    const both = await search('near=62701&medications=buprenorphine&payment=medicaid');
    expect(names(both.body)).toEqual(['Fictional One Mile Clinic', 'Fictional Rural Program']);
    const tele = await search('near=62701&telehealth=true&care=outpatient');
    expect(names(tele.body)).toEqual(['Fictional Ten Mile Telehealth']);
    const spanish = await search('near=62701&language=Spanish');
    expect(names(spanish.body)).toEqual(['Fictional Five Mile OTP']);
    const none = await search('near=62701&medications=methadone&payment=medicaid');
    expect(none.body.centers).toEqual([]);
  });

  it('answers a search asked again from memory with the same body, and says so', async () => {
    const first = await search('near=62701&limit=2&payment=self-pay');
    const second = await search('near=62701&limit=2&payment=self-pay');
    const again = await search('near=62701&limit=2&payment=self-pay');
    // Kept from its second asking on (a search never repeated costs no memory).
    expect([first, second, again].map((s) => s.res.headers['x-cache'])).toEqual(['miss', 'miss', 'hit']);
    expect(second.res.body).toBe(first.res.body);
    expect(again.res.body).toBe(first.res.body);
    expect(again.res.headers['content-type']).toMatch(/^application\/json/);
    expect(names(again.body)).toEqual(['Fictional Five Mile OTP']);
  });

  it('finds a center added or removed since its last search', async () => {
    for (let i = 0; i < 3; i++) {
      expect(names((await search('near=62701&limit=1')).body)).toEqual(['Fictional One Mile Clinic']);
    }
    const added = await createTestCenter(t.db, { ...north(0.5), name: 'Fictional Half Mile Clinic' });
    // The answer kept for the old directory is not given for the new one.
    const after = await search('near=62701&limit=1');
    expect(after.res.headers['x-cache']).toBe('miss');
    expect(names(after.body)).toEqual(['Fictional Half Mile Clinic']);
    await t.db.delete(site).where(eq(site.id, added.id));
    announceCenterChanges(t.db);
    expect(names((await search('near=62701&limit=1')).body)).toEqual(['Fictional One Mile Clinic']);
  });

  it('refuses what it cannot search with a message a person can act on', async () => {
    const zip = await search('near=00000');
    expect(zip.res.statusCode).toBe(400);
    expect(zip.res.json().error).toMatchObject({
      code: 'VALIDATION',
      message: "We don't know the ZIP code 00000. Check it or try a city.",
    });
    const city = await search(`near=${encodeURIComponent('Nowhereville, IL')}`);
    expect(city.res.json().error.message).toMatch(/We don't know a city called Nowhereville in IL/);
    const medication = await search('near=62701&medications=aspirin');
    expect(medication.res.statusCode).toBe(400);
    expect(medication.res.json().error.fields).toHaveProperty('medications');
    const missing = await search('limit=5');
    expect(missing.res.statusCode).toBe(400);
    expect(missing.res.json().error.fields).toHaveProperty('near');
    const limit = await search('near=62701&limit=500');
    expect(limit.res.json().error.fields.limit).toBe('Use a number from 1 to 50.');
  });

  it('is documented in the OpenAPI description', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    const op = doc.paths['/api/v1/centers'].get;
    expect(op.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['near', 'limit', 'medications', 'payment', 'telehealth']),
    );
  });
});
