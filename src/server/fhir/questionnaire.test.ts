import type { Questionnaire } from '@medplum/fhirtypes';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFhirValidator } from '../../../test/support/fhir-validator.js';
import { asq } from '../../domain/instruments/asq.js';
import { phq9 } from '../../domain/instruments/phq9.js';
import { instruments } from '../../domain/instruments/registry.js';
import { answerSystem, toQuestionnaire } from './questionnaire.js';

describe('instrument definitions as FHIR R4 Questionnaires', () => {
  let validate: Awaited<ReturnType<typeof loadFhirValidator>>;
  beforeAll(async () => {
    validate = await loadFhirValidator();
  });

  it.each(instruments.map((def) => [def.id, def] as const))(
    '%s validates against the R4 StructureDefinitions',
    (_id, def) => {
      expect(() => validate(toQuestionnaire(def))).not.toThrow();
    },
  );

  it('rejects broken Questionnaires (the validator really runs)', () => {
    const broken = (change: (q: Record<string, unknown> & Questionnaire) => void) => {
      const q = structuredClone(toQuestionnaire(phq9)) as Record<string, unknown> & Questionnaire;
      change(q);
      return q;
    };
    expect(() => validate(broken((q) => Reflect.deleteProperty(q, 'status')))).toThrow(
      /Questionnaire\.status/,
    );
    expect(() => validate(broken((q) => Object.assign(q, { status: 42 })))).toThrow(/expected string/);
    expect(() => validate(broken((q) => Object.assign(q, { colour: 'red' })))).toThrow(/colour/);
    expect(() => validate(broken((q) => Reflect.deleteProperty(q.item![0]!, 'linkId')))).toThrow(/linkId/);
    // An invariant (que-3: display items carry no code), not only structure.
    expect(() =>
      validate(broken((q) => Object.assign(q.item![0]!, { type: 'display', answerOption: undefined }))),
    ).toThrow(/que-3/);
    // Known limit: terminology bindings are not checked, so an unknown code passes here. The fhirtypes union
    // types catch codes such as `status` at compile time instead.
    expect(() => validate(broken((q) => Object.assign(q, { status: 'bogus' })))).not.toThrow();
  });

  it('keeps the published order, values as codes, points as ordinalValue and LOINC item codes', () => {
    const q = toQuestionnaire(phq9);
    expect(q).toMatchObject({
      status: 'active',
      url: 'https://haven.example/fhir/Questionnaire/phq9',
      version: '1.0.0',
    });
    expect(q.code).toEqual([{ system: 'http://loinc.org', code: '44249-1' }]);
    expect(q.item!.map((i) => i.linkId)).toEqual(phq9.items.map((i) => i.id));
    const q9 = q.item!.find((i) => i.linkId === 'q9')!;
    expect(q9).toMatchObject({ type: 'choice', required: true, code: [{ code: '44260-8' }] });
    expect(q9.answerOption!.map((o) => [o.valueCoding!.code, o.extension![0]!.valueDecimal])).toEqual([
      ['0', 0],
      ['1', 1],
      ['2', 2],
      ['3', 3],
    ]);
    // The functional question is recorded, not scored: optional, and no points a tool could add up.
    const difficulty = q.item!.find((i) => i.linkId === 'difficulty')!;
    expect(difficulty.required).toBe(false);
    expect(difficulty.answerOption!.every((o) => o.extension === undefined)).toBe(true);
  });

  it('carries Spanish text in the translation extension', () => {
    const q1 = toQuestionnaire(phq9).item![0]!;
    expect(q1._text!.extension![0]!.extension).toContainEqual({
      url: 'content',
      valueString: 'Poco interés o placer en hacer las cosas',
    });
  });

  it('expresses ASQ question 5 skip logic as enableWhen (any of 1-4 yes or declined)', () => {
    const q5 = toQuestionnaire(asq).item!.find((i) => i.linkId === 'q5')!;
    expect(q5.enableBehavior).toBe('any');
    expect(q5.enableWhen).toHaveLength(8);
    expect(q5.enableWhen).toContainEqual({
      question: 'q3',
      operator: '=',
      answerCoding: { system: answerSystem('asq'), code: 'declined' },
    });
  });
});
