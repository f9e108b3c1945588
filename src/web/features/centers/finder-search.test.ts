import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  centersApiQuery,
  coordinatesNear,
  finderSearchParams,
  isCoordinates,
  readFinderSearch,
  withoutFilters,
} from './finder-search';

const read = (query: string) => readFinderSearch(new URLSearchParams(query));

describe('the finder search in the query string', () => {
  it('reads a shared link into the search it describes', () => {
    const search = read(
      'near=62701&medications=buprenorphine,methadone&payment=medicaid&telehealth=true&view=map&limit=40',
    );
    expect(search.near).toBe('62701');
    // Vocabulary order, whatever order the link had.
    expect(search.filters.medications).toEqual(['methadone', 'buprenorphine']);
    expect(search.filters.payment).toEqual(['medicaid']);
    expect(search.filters.care).toEqual([]);
    expect(search.flags).toEqual({ sameDay: false, walkIn: false, telehealth: true });
    expect(search.limit).toBe(40);
    expect(search.view).toBe('map');
    expect(activeFilterCount(search)).toBe(4);
  });

  it('drops what it does not know and keeps the limit within what the API allows', () => {
    const search = read(
      'near=%20Springfield,%20IL%20&medications=aspirin,naltrexone&walkIn=yes&limit=900&view=3d',
    );
    expect(search.near).toBe('Springfield, IL');
    expect(search.filters.medications).toEqual(['naltrexone']);
    expect(search.flags.walkIn).toBe(false);
    expect(search.limit).toBe(50);
    expect(search.view).toBe('list');
    expect(read('limit=-3').limit).toBe(20);
  });

  it('writes the same search back with the defaults left out, and round-trips', () => {
    const query = 'near=62701&care=outpatient,opioid-treatment-program&sameDay=true&view=map';
    const params = finderSearchParams(read(query));
    expect(params.toString()).toBe(
      'near=62701&care=outpatient%2Copioid-treatment-program&sameDay=true&view=map',
    );
    expect(read(params.toString())).toEqual(read(query));
    expect(finderSearchParams(read('')).toString()).toBe('');
  });

  it('asks the API with its own parameter names, always with a limit and never with the view', () => {
    expect(centersApiQuery(read('near=62701&language=es&walkIn=true&view=map'))).toBe(
      'near=62701&language=es&walkIn=true&limit=20',
    );
  });

  it('clears every filter but keeps the place and the view', () => {
    const cleared = withoutFilters(read('near=62701&gender=female&telehealth=true&limit=50&view=map'));
    expect(activeFilterCount(cleared)).toBe(0);
    expect(finderSearchParams(cleared).toString()).toBe('near=62701&view=map');
  });

  it('tells coordinates from places, and rounds a device position to about 100 m', () => {
    expect(coordinatesNear(39.799_123, -89.644_987)).toBe('39.799,-89.645');
    expect(isCoordinates('39.799,-89.645')).toBe(true);
    expect(isCoordinates('39.8, -89.6')).toBe(true);
    expect(isCoordinates('62701')).toBe(false);
    expect(isCoordinates('Springfield, IL')).toBe(false);
  });
});
