import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { meResponse } from '../shared/auth.js';
import { centerSearchResponse } from '../shared/centers.js';
import { compileResponseSerializer, plainJsonSchema } from './response-serializer.js';

const viaZod = (schema: z.ZodType) =>
  zodSerializerCompiler({ schema, method: 'GET', url: '/x' } as never) as (data: unknown) => string;

const chart = z.object({
  id: z.uuid(),
  name: z.string(),
  age: z.int().nullable(),
  nickname: z.string().nullable().optional(),
  status: z.enum(['active', 'discharged']),
  kind: z.literal('chart'),
  tags: z.array(z.string()),
  contacts: z.array(z.object({ phone: z.string(), primary: z.boolean() })),
  notes: z.record(z.string(), z.string()).optional(),
  site: z.object({ id: z.uuid(), score: z.number() }).nullable(),
});

const row = {
  id: '0c5a1d3e-8a4b-4c2d-9e1f-123456789abc',
  name: 'Fictional "Quoted" Name \u2028 é',
  age: 41,
  status: 'active',
  kind: 'chart',
  tags: ['a', 'b'],
  contacts: [{ phone: '555-0100', primary: true }],
  notes: { intake: 'x' },
  site: { id: '0c5a1d3e-8a4b-4c2d-9e1f-123456789abd', score: 0.1 + 0.2 },
};

describe('compileResponseSerializer', () => {
  it('writes the same JSON as the zod serializer for plain data', () => {
    expect(plainJsonSchema(chart)).not.toBeNull();
    const fast = compileResponseSerializer(chart);
    for (const data of [
      row,
      { ...row, age: null, nickname: null, site: null, notes: undefined },
      { ...row, tags: [] },
    ]) {
      expect(JSON.parse(fast(data))).toEqual(JSON.parse(viaZod(chart)(data)));
    }
    // Byte for byte when every property is required (optional ones otherwise come last).
    const required = chart.omit({ nickname: true, notes: true });
    expect(compileResponseSerializer(required)(row)).toBe(viaZod(required)(row));
  });

  it('lets out only the declared fields, at every depth (the allow-list)', () => {
    const fast = compileResponseSerializer(chart);
    const leaky = {
      ...row,
      passwordHash: 'argon2id$secret',
      contacts: [{ phone: '555-0100', primary: true, ssn: '000-00-0000' }],
      site: { ...row.site, internalNote: 'do not show' },
    };
    const out = fast(leaky);
    for (const secret of ['passwordHash', 'argon2id', 'ssn', '000-00-0000', 'internalNote']) {
      expect(out).not.toContain(secret);
    }
    expect(JSON.parse(out)).toEqual(JSON.parse(viaZod(chart)(row)));
  });

  it('refuses a body missing a required field', () => {
    const { name: _name, ...incomplete } = row;
    expect(() => compileResponseSerializer(chart)(incomplete)).toThrow(/name/);
  });

  it('leaves everything but plain data to zod', () => {
    const union = z.object({ value: z.union([z.string(), z.number()]) });
    const open = z.looseObject({ id: z.string() });
    const dated = z.object({ at: z.date() });
    const transformed = z.object({ n: z.string().transform((s) => s.length) });
    for (const schema of [union, open, dated, transformed]) expect(plainJsonSchema(schema)).toBeNull();
    // Still checked on the way out, as before.
    expect(() => compileResponseSerializer(union)({ value: true })).toThrow();
    expect(compileResponseSerializer(open)({ id: 'a', extra: 1 })).toBe('{"id":"a","extra":1}');
  });

  it('compiles the schemas of the hottest routes', () => {
    expect(plainJsonSchema(meResponse)).not.toBeNull();
    expect(plainJsonSchema(centerSearchResponse)).not.toBeNull();
  });
});
