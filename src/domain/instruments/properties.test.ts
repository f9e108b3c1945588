/**
 * Properties every registered instrument must keep (fast-check v4). Scored instruments: the score stays inside
 * `scoreRange`, its band contains it, and raising any one answer never lowers it. All instruments: returned flags
 * and bands are declared, and any bad answer or unknown item is rejected with an error naming it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { phq2 } from './phq2.js';
import { instruments } from './registry.js';
import type { InstrumentDefinition, InstrumentItem, OptionValue, ScoreResult } from './types.js';

const scored = instruments.filter((def) => def.scoreRange !== null);
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Order used for "higher": points for numbers; yes (and declined) above no. */
function rank(value: OptionValue): number {
  return typeof value === 'number' ? value : value === 'no' ? 0 : 1;
}

/** Any combination of options; optional and conditional items may be left out. */
function answersArb(def: InstrumentDefinition): fc.Arbitrary<Record<string, OptionValue>> {
  const model: Record<string, fc.Arbitrary<OptionValue | undefined>> = {};
  for (const item of def.items) {
    const choice = fc.constantFrom(...item.options.map((o) => o.value));
    model[item.id] = item.optional || item.askedWhen ? fc.option(choice, { nil: undefined }) : choice;
  }
  return fc
    .record(model)
    .map(
      (raw) =>
        Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<
          string,
          OptionValue
        >,
    );
}

/** The result, or null when skip logic or a cross-item rule rejects this combination. */
function tryScore(def: InstrumentDefinition, answers: Record<string, unknown>): ScoreResult | null {
  try {
    return def.score(Object.freeze({ ...answers }));
  } catch (error) {
    if (error instanceof DomainError && error.code === 'VALIDATION') return null;
    throw error;
  }
}

function validAnswersArb(def: InstrumentDefinition) {
  return answersArb(def).filter((answers) => tryScore(def, answers) !== null);
}

function checkMonotone(def: InstrumentDefinition): void {
  fc.assert(
    fc.property(validAnswersArb(def), fc.nat(), fc.nat(), (answers, itemPick, optionPick) => {
      const answered = def.items.filter((item) => answers[item.id] !== undefined);
      const item = answered[itemPick % answered.length]!;
      const current = answers[item.id]!;
      const higher = item.options.map((o) => o.value).filter((v) => rank(v) > rank(current));
      fc.pre(higher.length > 0);
      const before = tryScore(def, answers)!;
      const after = tryScore(def, { ...answers, [item.id]: higher[optionPick % higher.length]! });
      fc.pre(after !== null);
      const [b, a] = [before.score as number, after.score as number];
      if (item.kind === 'info') expect(a).toBe(b);
      else if (item.lowersScore) expect(a).toBeLessThanOrEqual(b);
      else expect(a).toBeGreaterThanOrEqual(b);
    }),
  );
}

function extreme(def: InstrumentDefinition, pick: 'max' | 'min'): Record<string, OptionValue> {
  const answers: Record<string, OptionValue> = {};
  for (const item of def.items.filter(
    (i: InstrumentItem) => !i.optional && !i.askedWhen && i.kind !== 'info',
  )) {
    const ranked = [...item.options].sort((x, y) => rank(x.value) - rank(y.value));
    const wantHigh = (pick === 'max') !== Boolean(item.lowersScore);
    answers[item.id] = (wantHigh ? ranked[ranked.length - 1] : ranked[0])!.value;
  }
  return answers;
}

describe.each(instruments.map((def) => [def.id, def] as const))('%s definition', (_id, def) => {
  it('uses kebab-case ids, unique items, and both languages everywhere', () => {
    expect(def.id).toMatch(KEBAB);
    expect(def.version).toMatch(/^\d+\.\d+\.\d+$/);
    const ids = def.items.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of [...ids, ...def.bands.map((b) => b.id), ...def.flags.map((f) => f.id)])
      expect(id).toMatch(KEBAB);
    const texts = [
      def.title,
      def.description,
      ...def.items.flatMap((i) => [i.text, ...i.options.map((o) => o.label)]),
      ...def.bands.flatMap((b) => [b.label, b.interpretation]),
      ...def.flags.map((f) => f.label),
    ];
    for (const text of texts) {
      expect(text.en.trim()).not.toBe('');
      expect(text.es.trim()).not.toBe('');
    }
    for (const flag of def.flags) {
      expect(flag.nextSteps.en.length).toBeGreaterThan(0);
      expect(flag.nextSteps.es).toHaveLength(flag.nextSteps.en.length);
    }
    expect(def.citation).not.toBe('');
    expect(def.licence).not.toBe('');
    expect(def.allowsPartial).toBe(false);
  });

  it('keeps items, bands and flags as plain data (serialisable for forms, FHIR and storage)', () => {
    const data = { items: def.items, bands: def.bands, flags: def.flags, loinc: def.loinc };
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('lists distinct options, numeric ones ascending', () => {
    for (const item of def.items) {
      const values = item.options.map((o) => o.value);
      expect(new Set(values).size).toBe(values.length);
      const numbers = values.filter((v) => typeof v === 'number');
      expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
      if (item.kind === 'yesno') expect(values).toEqual(expect.arrayContaining(['yes', 'no']));
    }
  });

  if (def.scoreRange) {
    const range = def.scoreRange;
    it('has bands that tile the score range with no gap or overlap', () => {
      if (def.bands.length === 0) return; // craving: no validated cut-offs (REFERENCE.md §1.5)
      let next = range.min;
      for (const band of def.bands) {
        expect(band.min).toBe(next);
        expect(band.max).toBeGreaterThanOrEqual(band.min!);
        next = band.max! + 1;
      }
      expect(next).toBe(range.max + 1);
    });

    it('reaches exactly the ends of its score range', () => {
      expect(def.score(extreme(def, 'min')).score).toBe(range.min);
      expect(def.score(extreme(def, 'max')).score).toBe(range.max);
    });
  } else {
    it('has rule-based bands without score bounds', () => {
      for (const band of def.bands) expect([band.min, band.max]).toEqual([null, null]);
    });
  }

  it('returns only declared bands and flags, without touching the answers', () => {
    fc.assert(
      fc.property(validAnswersArb(def), (answers) => {
        const result = tryScore(def, answers)!; // tryScore freezes its input
        const declared = def.flags.map((f) => f.id);
        for (const flag of result.flags) expect(declared).toContain(flag);
        expect(new Set(result.flags).size).toBe(result.flags.length);
        if (def.bands.length > 0) expect(def.bands.map((b) => b.id)).toContain(result.band);
        else expect(result.band).toBeNull();
      }),
    );
  });

  it('rejects a value that is not among an item’s options, naming the item', () => {
    const junk = fc.oneof(
      fc.string(),
      fc.double(),
      fc.integer({ min: -100, max: 100 }),
      fc.boolean(),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.object({ maxDepth: 1 }),
    );
    fc.assert(
      fc.property(validAnswersArb(def), fc.nat(), junk, (answers, itemPick, value) => {
        const item = def.items[itemPick % def.items.length]!;
        fc.pre(!item.options.some((o) => Object.is(o.value, value) || o.value === value));
        try {
          def.score({ ...answers, [item.id]: value });
          expect.unreachable(`accepted ${String(value)} for ${item.id}`);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('VALIDATION');
          expect((error as DomainError).fields).toHaveProperty([item.id]);
        }
      }),
    );
  });

  it('rejects an unknown item id, naming it', () => {
    const known = new Set(def.items.map((i) => i.id));
    const key = fc.string({ minLength: 1, maxLength: 30 }).filter((k) => !known.has(k));
    fc.assert(
      fc.property(validAnswersArb(def), key, fc.integer(), (answers, unknownId, value) => {
        const withExtra = { ...answers };
        Object.defineProperty(withExtra, unknownId, { value, enumerable: true });
        expect(() => def.score(withExtra)).toThrow(DomainError);
        try {
          def.score(withExtra);
        } catch (error) {
          expect(Object.hasOwn((error as DomainError).fields ?? {}, unknownId)).toBe(true);
        }
      }),
    );
  });

  it('rejects answers that are not an object', () => {
    for (const bad of [null, [], 'q1=1', 3]) {
      expect(() => def.score(bad as unknown as Record<string, unknown>)).toThrow(DomainError);
    }
  });
});

describe('scored instruments', () => {
  it('covers every instrument with a score range', () => {
    expect(scored.map((d) => d.id)).toEqual([
      'cows',
      'phq9',
      'phq2',
      'gad7',
      'gad2',
      'dsm5-oud',
      'craving',
      'sows',
    ]);
  });

  it.each(scored.map((def) => [def.id, def] as const))(
    '%s: score stays in range and inside its band',
    (_id, def) => {
      const range = def.scoreRange!;
      fc.assert(
        fc.property(validAnswersArb(def), (answers) => {
          const { score, band } = tryScore(def, answers)!;
          expect(Number.isInteger(score)).toBe(true);
          expect(score).toBeGreaterThanOrEqual(range.min);
          expect(score).toBeLessThanOrEqual(range.max);
          const found = def.bands.find((b) => b.id === band);
          if (found) expect(score).toBeGreaterThanOrEqual(found.min!);
          if (found) expect(score).toBeLessThanOrEqual(found.max!);
        }),
      );
    },
  );

  it.each(scored.map((def) => [def.id, def] as const))(
    '%s: raising one answer never lowers the score',
    (_id, def) => {
      checkMonotone(def);
    },
  );

  it('would catch a scorer that is not monotone', () => {
    const reversed: InstrumentDefinition = {
      ...phq2,
      score: (answers) => {
        const result = phq2.score(answers);
        return { ...result, score: 6 - (result.score as number) };
      },
    };
    expect(() => checkMonotone(reversed)).toThrow();
  });
});
