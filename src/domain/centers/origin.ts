import { DomainError } from '../errors.js';
import type { GeoPoint } from './geo.js';

/** A place a search starts from, with the words shown back to the person ("Springfield, IL 62701"). */
export interface Origin extends GeoPoint {
  label: string;
}

export interface Place extends GeoPoint {
  city: string;
  state: string;
}

/** Offline place lookups (the server backs it with the `zipcodes` package); injected to keep this pure. */
export interface Gazetteer {
  zip(zip: string): Place | undefined;
  /** The centroid of a city's ZIP codes, or undefined when the state has no such city. */
  city(name: string, state: string): Place | undefined;
}

const reject = (message: string) => {
  throw new DomainError('VALIDATION', message, { near: message });
};

const LAT_LNG = /^(-?\d{1,3}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)$/;
const ZIP = /^(\d{5})(?:-\d{4})?$/;
const CITY_STATE = /^([A-Za-z][A-Za-z .'-]*?)\s*,\s*([A-Za-z]{2})$/;

/**
 * Turns what a person typed into an origin: a ZIP code ("62701" or ZIP+4), "City, ST", or "lat,lng".
 * Every refusal says what to try instead, because the person reading it may be in a hurry and upset.
 */
export function parseOrigin(input: string, gazetteer: Gazetteer): Origin {
  const text = input.trim().replace(/\s+/g, ' ');
  const latLng = LAT_LNG.exec(text);
  if (latLng) {
    const lat = Number(latLng[1]);
    const lng = Number(latLng[2]);
    if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
      reject(
        'Coordinates must be a latitude from -90 to 90 and a longitude from -180 to 180, like 39.8,-89.65.',
      );
    }
    return { lat, lng, label: `${lat.toFixed(4)}, ${lng.toFixed(4)}` };
  }
  const zip = ZIP.exec(text);
  if (zip) {
    const place = gazetteer.zip(zip[1]!);
    if (!place) reject(`We don't know the ZIP code ${zip[1]}. Check it or try a city.`);
    return { lat: place!.lat, lng: place!.lng, label: `${place!.city}, ${place!.state} ${zip[1]}` };
  }
  if (/^\d+(-\d*)?$/.test(text)) reject(`A ZIP code has 5 digits, like 62701; "${text}" does not.`);
  const cityState = CITY_STATE.exec(text);
  if (cityState) {
    const state = cityState[2]!.toUpperCase();
    const place = gazetteer.city(cityState[1]!, state);
    if (!place)
      reject(
        `We don't know a city called ${cityState[1]} in ${state}. Check the spelling or try a ZIP code.`,
      );
    return { lat: place!.lat, lng: place!.lng, label: `${place!.city}, ${place!.state}` };
  }
  return reject(
    'Enter a ZIP code (like 62701), a city and state (like Springfield, IL), or coordinates (like 39.8,-89.65).',
  );
}
