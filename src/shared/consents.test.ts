import { describe, expect, it } from 'vitest';
import {
  CONSENT_KINDS,
  INFORMATION_CATEGORIES,
  PURPOSES,
  TPO_RECIPIENT_CLASSES,
} from '../domain/consent/consent.js';
import { COURT_ORDER_SECTIONS } from '../domain/consent/court-order.js';
import {
  CONSENT_KIND_VALUES,
  COURT_ORDER_SECTION_VALUES,
  INFORMATION_CATEGORY_VALUES,
  PURPOSE_VALUES,
  RECIPIENT_CLASS_VALUES,
} from './consents.js';

describe('consent vocabularies shared with the web', () => {
  it('equal the domain’s lists (shared may not import domain, so they are repeated)', () => {
    expect(INFORMATION_CATEGORY_VALUES).toEqual(INFORMATION_CATEGORIES);
    expect(CONSENT_KIND_VALUES).toEqual(CONSENT_KINDS);
    expect(PURPOSE_VALUES).toEqual(PURPOSES);
    expect(RECIPIENT_CLASS_VALUES).toEqual(TPO_RECIPIENT_CLASSES);
    expect(COURT_ORDER_SECTION_VALUES).toEqual(COURT_ORDER_SECTIONS);
  });
});
