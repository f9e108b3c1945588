import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { type Gazetteer, parseOrigin } from './origin.js';

const springfield = { lat: 39.8, lng: -89.65, city: 'Springfield', state: 'IL' };
const gazetteer: Gazetteer = {
  zip: (zip) => (zip === '62701' ? springfield : undefined),
  city: (name, state) => (name.toLowerCase() === 'springfield' && state === 'IL' ? springfield : undefined),
};
const messageOf = (input: string) => {
  try {
    parseOrigin(input, gazetteer);
  } catch (err) {
    expect(err).toBeInstanceOf(DomainError);
    return (err as DomainError).message;
  }
  throw new Error(`expected ${input} to be refused`);
};

describe('parseOrigin', () => {
  it('reads a ZIP code, with or without the +4, and labels it with its city', () => {
    expect(parseOrigin('62701', gazetteer)).toEqual({
      lat: 39.8,
      lng: -89.65,
      label: 'Springfield, IL 62701',
    });
    expect(parseOrigin(' 62701-1234 ', gazetteer).label).toBe('Springfield, IL 62701');
  });

  it('reads "City, ST" in any case', () => {
    expect(parseOrigin('springfield, il', gazetteer)).toEqual({
      lat: 39.8,
      lng: -89.65,
      label: 'Springfield, IL',
    });
  });

  it('reads coordinates', () => {
    expect(parseOrigin('41.8781,-87.6298', gazetteer)).toEqual({
      lat: 41.8781,
      lng: -87.6298,
      label: '41.8781, -87.6298',
    });
    expect(parseOrigin('41.8781, -87.6298', gazetteer).lat).toBe(41.8781);
  });

  it('refuses with a message a person can act on', () => {
    expect(messageOf('00000')).toBe("We don't know the ZIP code 00000. Check it or try a city.");
    expect(messageOf('6270')).toBe('A ZIP code has 5 digits, like 62701; "6270" does not.');
    expect(messageOf('Shelbyville, IL')).toBe(
      "We don't know a city called Shelbyville in IL. Check the spelling or try a ZIP code.",
    );
    expect(messageOf('95,200')).toMatch(/latitude from -90 to 90/);
    expect(messageOf('near my house')).toMatch(/^Enter a ZIP code \(like 62701\)/);
  });
});
