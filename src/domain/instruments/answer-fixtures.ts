/**
 * Test support (imported by *.test.ts only): builds answer sets that reach an exact total, so band tests can
 * walk both sides of every cut point of instruments with sparse point sets (e.g. COWS).
 */
import { expect } from 'vitest';
import { DomainError } from '../errors.js';
import type { InstrumentDefinition, OptionValue } from './types.js';

/**
 * Answers for every required scored item summing to `total`, each item as high as possible in published order.
 * `fixed` answers are kept as given (and count toward the total when numeric).
 */
export function answersWithTotal(
  def: InstrumentDefinition,
  total: number,
  fixed: Record<string, OptionValue> = {},
): Record<string, OptionValue> {
  const free = def.items.filter((item) => item.kind === 'scored' && !item.optional && !(item.id in fixed));
  const fixedSum = Object.values(fixed).reduce<number>((sum, v) => sum + (typeof v === 'number' ? v : 0), 0);
  const values = free.map((item) => item.options.map((o) => o.value as number));
  // reachable[i] = totals the items i..end can make.
  const reachable: Set<number>[] = Array.from({ length: free.length + 1 }, () => new Set<number>());
  reachable[free.length]!.add(0);
  for (let i = free.length - 1; i >= 0; i--) {
    for (const rest of reachable[i + 1]!) for (const v of values[i]!) reachable[i]!.add(rest + v);
  }
  let remaining = total - fixedSum;
  if (!reachable[0]!.has(remaining)) throw new Error(`${def.id}: total ${total} is not reachable.`);
  const answers: Record<string, OptionValue> = { ...fixed };
  free.forEach((item, i) => {
    const pick = [...values[i]!].sort((a, b) => b - a).find((v) => reachable[i + 1]!.has(remaining - v))!;
    answers[item.id] = pick;
    remaining -= pick;
  });
  return answers;
}

/** Asserts a DomainError('VALIDATION') whose fields and message name the item. */
export function expectRejected(run: () => unknown, itemId: string): DomainError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const error = caught as DomainError;
  expect(error.code).toBe('VALIDATION');
  expect(error.fields).toHaveProperty([itemId]);
  expect(error.message).toContain(itemId);
  return error;
}
