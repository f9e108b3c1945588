import { describe, expect, it } from 'vitest';
import { createStatementBatcher, type ItemResult } from './statement-batcher.js';

/** A fake statement that records each batch and answers when released. */
function fakeStatement(answer: (n: number) => ItemResult<string> = (n) => ({ ok: true, value: `row ${n}` })) {
  const batches: number[][] = [];
  const waiting: (() => void)[] = [];
  const run = async (items: number[]) => {
    batches.push(items);
    await new Promise<void>((release) => waiting.push(release));
    return items.map(answer);
  };
  const releaseAll = () => {
    for (const release of waiting.splice(0)) release();
  };
  return { run, batches, releaseAll };
}

/** A few turns of the event loop: enough for the batcher to send what it holds. */
const settled = async () => {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('createStatementBatcher', () => {
  it('sends calls made together as one batch, and each caller gets its own answer', async () => {
    const s = fakeStatement();
    const call = createStatementBatcher(s.run, { inFlight: 2, max: 10 });
    const answers = Promise.all([1, 2, 3].map(call));
    await settled();
    s.releaseAll();
    expect(await answers).toEqual(['row 1', 'row 2', 'row 3']);
    expect(s.batches).toEqual([[1, 2, 3]]);
  });

  it('holds calls while the batches in flight are busy, then sends them together, at most `max` at a time', async () => {
    const s = fakeStatement();
    const call = createStatementBatcher(s.run, { inFlight: 1, max: 2 });
    const first = call(1);
    await settled();
    const later = [2, 3, 4].map(call);
    await settled();
    expect(s.batches).toEqual([[1]]);
    s.releaseAll();
    await first;
    await settled();
    expect(s.batches).toEqual([[1], [2, 3]]);
    s.releaseAll();
    await settled();
    s.releaseAll();
    expect(await Promise.all(later)).toEqual(['row 2', 'row 3', 'row 4']);
    expect(s.batches).toEqual([[1], [2, 3], [4]]);
  });

  it('refuses only the call its answer refuses', async () => {
    const s = fakeStatement((n) =>
      n === 2 ? { ok: false, error: new Error('no such patient') } : { ok: true, value: `row ${n}` },
    );
    const call = createStatementBatcher(s.run, { inFlight: 1, max: 10 });
    const results = Promise.allSettled([1, 2, 3].map(call));
    await settled();
    s.releaseAll();
    expect((await results).map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
  });

  it('runs each call of a failed batch again alone, so one bad call does not fail the others', async () => {
    const batches: number[][] = [];
    const run = async (items: number[]) => {
      batches.push(items);
      if (items.includes(2)) throw new Error('invalid input syntax for type uuid');
      return items.map((n) => ({ ok: true as const, value: `row ${n}` }));
    };
    const call = createStatementBatcher(run, { inFlight: 1, max: 10 });
    const results = await Promise.allSettled([1, 2, 3].map(call));
    expect(results).toEqual([
      { status: 'fulfilled', value: 'row 1' },
      { status: 'rejected', reason: new Error('invalid input syntax for type uuid') },
      { status: 'fulfilled', value: 'row 3' },
    ]);
    expect(batches).toEqual([[1, 2, 3], [1], [2], [3]]);
  });
});
