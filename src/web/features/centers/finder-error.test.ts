import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { finderErrorMessage } from './finder-error';

// Stands in for i18next: returns the key, so the test sees which advice was chosen.
const t = ((key: string) => key) as unknown as TFunction;
const zip = new ApiError({
  status: 400,
  code: 'VALIDATION',
  message: "We don't know the ZIP code 00000. Check it or try a city.",
  fields: { near: "We don't know the ZIP code 00000. Check it or try a city." },
  fromServer: true,
});

describe('finderErrorMessage', () => {
  it('shows the API’s own advice in English, and the same advice translated by field otherwise', () => {
    expect(finderErrorMessage(zip, t, 'en')).toBe(
      "We don't know the ZIP code 00000. Check it or try a city.",
    );
    expect(finderErrorMessage(zip, t, 'es')).toBe('finder.results.errorNear');
    const filter = new ApiError({
      status: 400,
      code: 'VALIDATION',
      message: 'x',
      fields: { medications: 'x' },
      fromServer: true,
    });
    expect(finderErrorMessage(filter, t, 'es')).toBe('finder.results.errorFilters');
  });

  it('says what to do when the search could not run at all', () => {
    expect(
      finderErrorMessage(new ApiError({ status: 429, code: 'RATE_LIMITED', message: 'slow down' }), t, 'en'),
    ).toBe('finder.results.rateLimited');
    expect(
      finderErrorMessage(new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'x' }), t, 'en'),
    ).toBe('finder.results.network');
    expect(finderErrorMessage(new ApiError({ status: 500, code: 'INTERNAL', message: 'x' }), t, 'en')).toBe(
      'finder.results.server',
    );
    expect(finderErrorMessage(new Error('boom'), t, 'en')).toBe('finder.results.generic');
  });
});
