import fastJsonStringify from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Response bodies: each route's zod response schema is the allow-list of what may leave the server
 * (STYLE.md habit 2). fastify-type-provider-zod serializes by re-running zod over the body and then
 * `JSON.stringify`, a few microseconds even for a small body, on every response. When a schema is plain
 * data (closed objects, arrays, strings, numbers, booleans, enums, nullable versions of these), this
 * compiles it once, at boot, with fast-json-stringify (Fastify's own serializer), which writes exactly
 * the declared properties and nothing else, with the same values as the zod path (byte for byte, except
 * that optional properties follow the required ones; JSON gives member order no meaning). Schemas with
 * anything else (unions, records, open objects, dates, transforms, defaults, recursion) keep the zod
 * serializer. What this gives up is zod's re-check of types on the way out (a handler returning a
 * number where a string is declared is written as text instead of failing); TypeScript checks handlers
 * against the same schemas at compile time.
 */

type JsonSchema = { [key: string]: unknown };

/** Keywords that only constrain values (zod checks them on input); the serializer does not need them. */
const CONSTRAINTS = new Set([
  'format',
  'pattern',
  'minLength',
  'maxLength',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'multipleOf',
  'minItems',
  'maxItems',
  'description',
  'title',
  'examples',
]);
const SHAPE = new Set([
  'type',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'items',
  'enum',
  'const',
]);
const SCALARS = new Set(['string', 'number', 'integer', 'boolean', 'null']);

function isNull(s: unknown): boolean {
  return (
    typeof s === 'object' && s !== null && (s as JsonSchema).type === 'null' && Object.keys(s).length === 1
  );
}

/** The same schema reduced to what fast-json-stringify needs, or null when it is not plain data. */
function plain(s: JsonSchema): JsonSchema | null {
  // zod writes `.nullable()` as anyOf [the type, null].
  if (Array.isArray(s.anyOf)) {
    const others = Object.keys(s).filter((k) => k !== 'anyOf' && !CONSTRAINTS.has(k));
    const [a, b] = s.anyOf as JsonSchema[];
    if (others.length > 0 || s.anyOf.length !== 2 || isNull(a) === isNull(b)) return null;
    const inner = plain(isNull(a) ? b! : a!);
    if (!inner || typeof inner.type !== 'string' || inner.type === 'null') return null;
    return { ...inner, type: [inner.type, 'null'] };
  }
  for (const key of Object.keys(s)) if (!SHAPE.has(key) && !CONSTRAINTS.has(key)) return null;
  if (s.enum !== undefined || s.const !== undefined) {
    const values = (s.enum as unknown[] | undefined) ?? [s.const];
    return values.every((v) => typeof v === 'string') ? { type: 'string' } : null;
  }
  // `.nullable()` of a scalar: type [the type, null].
  if (Array.isArray(s.type)) {
    const [a, b, ...more] = s.type as unknown[];
    const scalar = a === 'null' ? b : a;
    if (more.length > 0 || (a !== 'null' && b !== 'null') || typeof scalar !== 'string' || scalar === 'null')
      return null;
    if (!SCALARS.has(scalar) || s.enum !== undefined || s.const !== undefined) return null;
    return { type: [scalar === 'integer' ? 'number' : scalar, 'null'] };
  }
  // A record of strings to plain values (z.record(z.string(), ...)): every key is data, as with zod.
  if (s.type === 'object' && s.properties === undefined && typeof s.additionalProperties === 'object') {
    const names = s.propertyNames as JsonSchema | undefined;
    if (names !== undefined && !(names.type === 'string' && Object.keys(names).length === 1)) return null;
    const values = plain(s.additionalProperties as JsonSchema);
    return values && { type: 'object', additionalProperties: values };
  }
  if (s.type === 'object') {
    if (s.additionalProperties !== false || s.propertyNames !== undefined) return null;
    const properties: JsonSchema = {};
    for (const [name, value] of Object.entries((s.properties as JsonSchema | undefined) ?? {})) {
      const p = plain(value as JsonSchema);
      if (!p) return null;
      properties[name] = p;
    }
    return { type: 'object', properties, required: s.required ?? [], additionalProperties: false };
  }
  if (s.type === 'array') {
    if (typeof s.items !== 'object' || s.items === null || Array.isArray(s.items)) return null;
    const items = plain(s.items as JsonSchema);
    return items && { type: 'array', items };
  }
  // Integers are written as numbers: the same text for every integer, without fast-json-stringify's rounding.
  if (typeof s.type === 'string' && SCALARS.has(s.type))
    return { type: s.type === 'integer' ? 'number' : s.type };
  return null;
}

/** fast-json-stringify's input for a zod response schema, or null when it must stay with zod. */
export function plainJsonSchema(schema: z.core.$ZodType): JsonSchema | null {
  let json: JsonSchema;
  try {
    json = z.toJSONSchema(schema, {
      io: 'output',
      unrepresentable: 'throw',
      target: 'draft-7',
    }) as JsonSchema;
  } catch {
    return null;
  }
  const { $schema: _dialect, ...root } = json;
  return plain(root);
}

/** Writes a body of this schema as JSON: compiled with fast-json-stringify when plain, else through zod. */
export function compileResponseSerializer(schema: z.core.$ZodType): (data: unknown) => string {
  const json = plainJsonSchema(schema);
  if (json) return fastJsonStringify(json);
  return zodSerializerCompiler({ schema, method: '', url: '' } as never) as (data: unknown) => string;
}

/** For `app.setSerializerCompiler`: the compiled writer for plain schemas, zod's for the rest. */
export const responseSerializerCompiler: FastifySerializerCompiler<z.core.$ZodType> = (route) => {
  const json = route.schema instanceof z.core.$ZodType ? plainJsonSchema(route.schema) : null;
  if (json) return fastJsonStringify(json);
  return zodSerializerCompiler(route as never) as (data: unknown) => string;
};
