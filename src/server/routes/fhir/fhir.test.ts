import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFhirValidator } from '../../../../test/support/fhir-validator.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { listInstrumentIds } from '../../../domain/instruments/registry.js';

describe('FHIR R4 Questionnaire read', () => {
  let t: TestApp;
  let validate: Awaited<ReturnType<typeof loadFhirValidator>>;
  beforeAll(async () => {
    [t, validate] = await Promise.all([createTestApp(), loadFhirValidator()]);
  });
  afterAll(() => t.app.close());

  it('serves every instrument as a valid Questionnaire, without signing in', async () => {
    for (const id of listInstrumentIds()) {
      const res = await t.app.inject({ method: 'GET', url: `/fhir/R4/Questionnaire/${id}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
      const questionnaire = res.json();
      expect(questionnaire).toMatchObject({ resourceType: 'Questionnaire', id, status: 'active' });
      expect(() => validate(questionnaire)).not.toThrow();
    }
  });

  it('answers an unknown id with a 404 OperationOutcome', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/fhir/R4/Questionnaire/phq10' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toBe('application/fhir+json; charset=utf-8');
    const outcome = res.json();
    expect(outcome).toEqual({
      resourceType: 'OperationOutcome',
      issue: [{ severity: 'error', code: 'not-found', diagnostics: 'Questionnaire/phq10 is not known.' }],
    });
    expect(() => validate(outcome)).not.toThrow();
  });

  it('answers a malformed id with a 400 OperationOutcome, not the JSON API error shape', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/fhir/R4/Questionnaire/${'x'.repeat(41)}` });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ resourceType: 'OperationOutcome', issue: [{ code: 'invalid' }] });
  });
});
