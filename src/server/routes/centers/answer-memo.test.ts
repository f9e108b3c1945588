import { describe, expect, it } from 'vitest';
import { createAnswerMemo } from './answer-memo.js';

describe('createAnswerMemo', () => {
  const body = (text: string) => Buffer.from(text);

  it('keeps an answer from its second miss, for the index that gave it', () => {
    const memo = createAnswerMemo({ maxEntries: 10 });
    const index = {};
    expect(memo.get(index, '/a')).toBeUndefined();
    memo.add(index, '/a', body('one'));
    expect(memo.get(index, '/a')).toBeUndefined();
    memo.add(index, '/a', body('two'));
    expect(memo.get(index, '/a')?.toString()).toBe('two');
    // A reloaded directory is a new index: nothing kept for the old one is given.
    const reloaded = {};
    expect(memo.get(reloaded, '/a')).toBeUndefined();
    expect(memo.get(index, '/a')).toBeUndefined();
  });

  it('keeps at most maxEntries answers, the oldest leaving first, each in a buffer of its own', () => {
    const memo = createAnswerMemo({ maxEntries: 2 });
    const index = {};
    const slab = Buffer.allocUnsafeSlow(1024);
    slab.write('abcdef');
    for (const url of ['/a', '/b', '/c']) {
      memo.add(index, url, slab.subarray(0, 3));
      memo.add(index, url, slab.subarray(0, 3));
    }
    expect(memo.get(index, '/a')).toBeUndefined();
    const kept = memo.get(index, '/c')!;
    expect(kept.toString()).toBe('abc');
    expect(kept.buffer).not.toBe(slab.buffer);
    expect(memo.get(index, '/b')?.toString()).toBe('abc');
  });
});
