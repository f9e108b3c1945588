import type { Resource } from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestPatient, signIn } from '../../../../test/support/factories.js';
import { loadFhirValidator } from '../../../../test/support/fhir-validator.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { answersWithTotal } from '../../../domain/instruments/answer-fixtures.js';
import { cows } from '../../../domain/instruments/cows.js';

describe('FHIR QuestionnaireResponse and Observation of stored responses', () => {
  let t: TestApp;
  let validate: (r: Resource) => void;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  let cookie: string;
  let outsider: string;
  let patientId: string;
  beforeAll(async () => {
    t = await createTestApp();
    validate = await loadFhirValidator();
    clinic = await createTestClinic(t.db, ['counselor', 'nurse']);
    cookie = (await signIn(t, clinic.users.counselor.email)).cookie;
    outsider = (await signIn(t, clinic.users.nurse.email)).cookie;
    patientId = (
      await createTestPatient(t.db, {
        organizationId: clinic.org.id,
        careTeam: [{ userId: clinic.users.counselor.id }],
      })
    ).id;
  });
  afterAll(() => t.app.close());

  const submit = async (payload: object) =>
    (
      await t.app.inject({
        method: 'POST',
        url: `/api/v1/patients/${patientId}/assessments`,
        headers: { cookie },
        payload,
      })
    ).json<{ id: string }>().id;
  const read = (path: string, as = cookie) =>
    t.app.inject({ method: 'GET', url: `/fhir/R4/${path}`, headers: { cookie: as } });

  it('PHQ-9: a valid QuestionnaireResponse and a LOINC-coded total Observation with its band', async () => {
    const id = await submit({
      instrumentId: 'phq9',
      answers: { q1: 2, q2: 2, q3: 1, q4: 2, q5: 1, q6: 1, q7: 1, q8: 0, q9: 1, difficulty: 1 },
    });
    const qrRes = await read(`QuestionnaireResponse/${id}`);
    if (qrRes.statusCode !== 200) throw new Error(qrRes.body);
    expect(qrRes.headers['content-type']).toContain('application/fhir+json');
    const qr = qrRes.json();
    validate(qr);
    expect(qr).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      id,
      status: 'completed',
      questionnaire: 'https://haven.example/fhir/Questionnaire/phq9|1.0.0',
      subject: { reference: `Patient/${patientId}` },
    });
    expect(qr.item[8]).toMatchObject({
      linkId: 'q9',
      answer: [{ valueCoding: { code: '1', display: 'Several days' } }],
    });

    const obs = (await read(`Observation/${id}`)).json();
    validate(obs);
    expect(obs).toMatchObject({
      resourceType: 'Observation',
      status: 'final',
      code: { coding: [{ system: 'http://loinc.org', code: '44261-6' }] },
      valueInteger: 11,
      interpretation: [{ coding: [{ code: 'moderate', display: 'Moderate' }] }],
      subject: { reference: `Patient/${patientId}` },
      derivedFrom: [{ reference: `QuestionnaireResponse/${id}` }],
    });
    expect(typeof obs.effectiveDateTime).toBe('string');
  });

  it('COWS (no LOINC total): local code, amended status on a correction; ASQ: the band as the value', async () => {
    const first = await submit({
      instrumentId: 'cows',
      answers: answersWithTotal(cows, 8),
      context: { minutesSinceLastUse: 600 },
    });
    const fixed = await submit({
      instrumentId: 'cows',
      answers: answersWithTotal(cows, 13),
      amendsId: first,
    });
    const obs = (await read(`Observation/${fixed}`)).json();
    validate(obs);
    expect(obs).toMatchObject({
      status: 'amended',
      code: { coding: [{ system: 'urn:haven:instrument-total', code: 'cows' }] },
      valueInteger: 13,
      interpretation: [{ coding: [{ code: 'moderate' }] }],
    });
    const original = (await read(`QuestionnaireResponse/${first}`)).json();
    validate(original);
    expect(original.extension[0].valueBoolean).toBe(true);
    validate((await read(`QuestionnaireResponse/${fixed}`)).json());

    const asq = await submit({
      instrumentId: 'asq',
      answers: { q1: 'yes', q2: 'no', q3: 'no', q4: 'no', q5: 'no' },
    });
    const asqObs = (await read(`Observation/${asq}`)).json();
    validate(asqObs);
    expect(asqObs.valueCodeableConcept.coding[0].code).toBe('non-acute-positive');
    validate((await read(`QuestionnaireResponse/${asq}`)).json());
  });

  it('OperationOutcome 403 outside the care team, 404 for unknown ids', async () => {
    const id = await submit({ instrumentId: 'gad2', answers: { q1: 1, q2: 1 } });
    const denied = await read(`Observation/${id}`, outsider);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().resourceType).toBe('OperationOutcome');
    const missing = await read('QuestionnaireResponse/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
    expect((await read('Observation/not-a-uuid')).statusCode).toBe(404);
  });
});
