import { describe, expect, it } from 'vitest';
import { externalKey, mapDirectoryRow } from './directory-row.js';
import type { Gazetteer } from './origin.js';

const gazetteer: Gazetteer = {
  zip: (zip) => (zip === '62701' ? { lat: 39.8, lng: -89.65, city: 'Springfield', state: 'IL' } : undefined),
  city: () => undefined,
};
const row = (over: Record<string, string> = {}) => ({
  name1: 'Fictional Harbor Recovery',
  name2: '',
  street1: '100 Example Street',
  street2: '',
  city: 'Springfield',
  state: 'il',
  zip: '62701-1234',
  phone: '(555) 555-0100',
  website: 'www.example.org',
  latitude: '39.81',
  longitude: '-89.64',
  type_facility: 'SA',
  services: 'OTP METH; BU,MD SF SP CT ZZTOP',
  ...over,
});
const map = (over?: Record<string, string>) => mapDirectoryRow(row(over), gazetteer, '2026-02-01');

describe('mapDirectoryRow', () => {
  it('maps the directory codes to the finder vocabulary and keeps unknown codes', () => {
    const r = map();
    if (!r.ok) throw new Error(r.reason);
    expect(r.center).toMatchObject({
      name: 'Fictional Harbor Recovery',
      state: 'IL',
      postalCode: '62701',
      latitude: 39.81,
      website: 'http://www.example.org',
      services: ['opioid-treatment-program'],
      medications: ['buprenorphine', 'methadone'],
      payment: ['medicaid', 'self-pay'],
      languages: ['en', 'es'],
      telehealth: true,
      lastVerified: '2026-02-01',
      rawServiceCodes: ['ZZTOP'],
    });
  });

  it('reads one column per code as well (1/Y = offered)', () => {
    const r = map({ services: '', vet: '1', fem: 'Y', nu: '0', qqq: 'yes' });
    if (!r.ok) throw new Error(r.reason);
    expect(r.center.populations).toEqual(['veterans']);
    expect(r.center.genders).toEqual(['female']);
    expect(r.center.medications).toEqual([]);
    expect(r.center.rawServiceCodes).toEqual(['QQQ']);
  });

  it('places a row without coordinates at its ZIP centre, or refuses it when the ZIP is unknown', () => {
    const placed = map({ latitude: '', longitude: '' });
    expect(placed.ok && [placed.center.latitude, placed.center.longitude]).toEqual([39.8, -89.65]);
    expect(map({ latitude: '', zip: '00001' })).toEqual({
      ok: false,
      reason: 'no coordinates and ZIP 00001 unknown',
    });
  });

  it('says why a row cannot be used', () => {
    expect(map({ name1: ' ' })).toEqual({ ok: false, reason: 'missing name (name1)' });
    expect(map({ zip: '6270' })).toEqual({ ok: false, reason: 'bad ZIP "6270"' });
    expect(map({ state: 'Illinois' })).toEqual({
      ok: false,
      reason: 'bad state "Illinois" (use the 2-letter code)',
    });
  });

  it('drops links that are not http(s) and joins name2 to the name', () => {
    const r = map({ website: 'javascript:alert(1)', name2: 'Bridge Program' });
    expect(r.ok && [r.center.website, r.center.name]).toEqual([
      null,
      'Fictional Harbor Recovery — Bridge Program',
    ]);
  });

  it('keys a facility by its directory id, else by its normalised name, street and ZIP', () => {
    expect(externalKey({ frid: 'abc123' })).toBe('samhsa:abc123');
    expect(externalKey(row({ name1: 'FICTIONAL  Harbor Recovery.' }))).toBe(externalKey(row()));
    expect(externalKey(row({ zip: '62702' }))).not.toBe(externalKey(row()));
  });

  it('hashes the mapped values, so a changed phone changes the hash and nothing else does', () => {
    const a = map();
    const b = map({ services: 'ZZTOP CT SP SF MD BU METH OTP' });
    const c = map({ phone: '(555) 555-0199' });
    expect(a.ok && b.ok && a.center.sourceHash === b.center.sourceHash).toBe(true);
    expect(a.ok && c.ok && a.center.sourceHash === c.center.sourceHash).toBe(false);
  });
});
