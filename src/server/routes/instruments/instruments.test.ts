import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import type { InstrumentDefinitionResponse } from '../../../shared/instruments.js';

const ALL_IDS = [
  'cows',
  'phq9',
  'phq2',
  'gad7',
  'gad2',
  'asq',
  'dsm5-oud',
  'taps1',
  'craving',
  'sows',
  'signs-checklist',
];

describe('public instrument API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.app.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const score = (id: string, answers: Record<string, unknown>) =>
    t.app.inject({ method: 'POST', url: `/api/v1/instruments/${id}/score`, payload: { answers } });
  const definition = async (id: string) =>
    (await get(`/api/v1/instruments/${id}`)).json<InstrumentDefinitionResponse>();

  it('lists every instrument id without signing in, cacheable', async () => {
    const res = await get('/api/v1/instruments');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const body = res.json();
    expect(body.ids).toEqual(ALL_IDS);
    expect(body.instruments[1]).toEqual({
      id: 'phq9',
      version: '1.0.0',
      title: 'Patient Health Questionnaire (PHQ-9)',
    });
  });

  it('serves PHQ-9 items in the published order with the published points', async () => {
    const phq9 = await definition('phq9');
    expect(phq9.items.map((i) => i.id)).toEqual([
      'q1',
      'q2',
      'q3',
      'q4',
      'q5',
      'q6',
      'q7',
      'q8',
      'q9',
      'difficulty',
    ]);
    expect(phq9.items[0]).toMatchObject({
      text: 'Little interest or pleasure in doing things',
      kind: 'scored',
    });
    expect(phq9.items[8]!.options).toEqual([
      { value: 0, label: 'Not at all' },
      { value: 1, label: 'Several days' },
      { value: 2, label: 'More than half the days' },
      { value: 3, label: 'Nearly every day' },
    ]);
    expect(phq9.items[9]).toMatchObject({ kind: 'info', optional: true });
    expect(phq9.scoreRange).toEqual({ min: 0, max: 27 });
    expect(phq9.bands.map((b) => b.id)).toEqual([
      'minimal',
      'mild',
      'moderate',
      'moderately-severe',
      'severe',
    ]);
    expect(phq9.flags[0]).toMatchObject({ id: 'suicide-risk', severity: 'critical' });
  });

  it('serves ASQ as yes/no items, with question 5 skip logic as data', async () => {
    const asq = await definition('asq');
    expect(asq.items[0]!.options.map((o) => o.value)).toEqual(['yes', 'no', 'declined']);
    expect(asq.items[4]).toMatchObject({
      id: 'q5',
      options: [
        { value: 'yes', label: 'Yes' },
        { value: 'no', label: 'No' },
      ],
      askedWhen: { anyOf: ['q1', 'q2', 'q3', 'q4'], answerIn: ['yes', 'declined'] },
    });
  });

  it('serves Spanish text and labels with lang=es, and refuses other languages', async () => {
    const phq9 = (await get('/api/v1/instruments/phq9?lang=es')).json<InstrumentDefinitionResponse>();
    expect(phq9.lang).toBe('es');
    expect(phq9.items[0]!.text).toBe('Poco interés o placer en hacer las cosas');
    expect(phq9.items[0]!.options[0]).toEqual({ value: 0, label: 'Ningún día' });
    expect((await get('/api/v1/instruments/asq?lang=es')).json().items[0].options[0].label).toBe('Sí');
    const fr = await get('/api/v1/instruments/phq9?lang=fr');
    expect(fr.statusCode).toBe(400);
    expect(fr.json().error.fields).toHaveProperty('lang');
  });

  it('answers an unknown instrument with 404, for definitions and scoring alike', async () => {
    for (const res of [await get('/api/v1/instruments/phq10'), await score('phq10', { q1: 0 })]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error).toMatchObject({ code: 'NOT_FOUND', message: 'Unknown instrument "phq10".' });
    }
  });

  it('flags suicide risk when PHQ-9 item 9 is above 0, whatever the total, and returns only score, band, flags', async () => {
    const answers = { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0, q9: 2 };
    const res = await score('phq9', answers);
    expect(res.statusCode).toBe(200);
    // Exactly these keys: the domain's `details` never leave the server.
    expect(res.json()).toStrictEqual({ score: 2, band: 'minimal', flags: ['suicide-risk'] });
  });

  it('scores an ASQ acute positive', async () => {
    const res = await score('asq', { q1: 'no', q2: 'yes', q3: 'no', q4: 'no', q5: 'yes' });
    expect(res.json()).toStrictEqual({
      score: null,
      band: 'acute-positive',
      flags: ['asq-positive', 'asq-acute'],
    });
  });

  it('flags severe withdrawal for a COWS answered at the top of every item, built from the public definition', async () => {
    const cows = await definition('cows');
    const answers = Object.fromEntries(
      cows.items.map((i) => [i.id, Math.max(...i.options.map((o) => o.value as number))]),
    );
    const res = await score('cows', answers);
    expect(res.json()).toStrictEqual({ score: 48, band: 'severe', flags: ['severe-withdrawal'] });
  });

  it('names the missing or invalid item in a 400', async () => {
    const missing = await score('phq9', { q1: 0, q2: 0, q3: 0, q4: 0, q5: 0, q6: 0, q7: 0, q8: 0 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error).toMatchObject({
      code: 'VALIDATION',
      fields: { q9: 'Item q9 needs an answer.' },
    });
    expect(missing.json().error.message).toContain('q9');

    const invalid = await score('asq', { q1: 'maybe', q2: 'no', q3: 'no', q4: 'no' });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields).toHaveProperty('q1');
    expect(invalid.json().error.message).toContain('q1');

    const notAnObject = await t.app.inject({
      method: 'POST',
      url: '/api/v1/instruments/phq9/score',
      payload: { answers: [1, 2] },
    });
    expect(notAnObject.statusCode).toBe(400);
    expect(notAnObject.json().error.fields).toHaveProperty('answers');
  });

  it('scores anonymously without writing an audit event', async () => {
    const record = vi.spyOn(t.app.audit, 'record');
    const res = await score('craving', { craving: 7 });
    expect(res.json()).toStrictEqual({ score: 7, band: null, flags: [] });
    expect(record).not.toHaveBeenCalled();
    record.mockRestore();
  });

  it('rate limits scoring', async () => {
    const res = await score('craving', { craving: 1 });
    expect(res.headers['x-ratelimit-limit']).toBe('120');
  });

  it('documents the routes in the OpenAPI description', async () => {
    const paths = Object.keys((await get('/api/docs/json')).json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/instruments',
        '/api/v1/instruments/{id}',
        '/api/v1/instruments/{id}/score',
        '/fhir/R4/Questionnaire/{id}',
      ]),
    );
  });
});
