import { describe, expect, it } from 'vitest';
import { createResultCache } from './search-cache.js';

describe('createResultCache', () => {
  it('shares one load between concurrent callers and serves it until it expires', async () => {
    let t = 0;
    let loads = 0;
    const cache = createResultCache<number>({ ttlMs: 5000, maxEntries: 10, now: () => t });
    const load = async () => ++loads;
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    t = 4999;
    expect(await cache.get('k', load)).toBe(1);
    t = 5000;
    expect(await cache.get('k', load)).toBe(2);
  });

  it('forgets failures and evicts the oldest entry when full', async () => {
    const cache = createResultCache<string>({ ttlMs: 5000, maxEntries: 2 });
    await expect(cache.get('x', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('x', async () => 'ok')).toBe('ok');
    await cache.get('y', async () => 'y');
    await cache.get('z', async () => 'z');
    expect(await cache.get('x', async () => 'reloaded')).toBe('reloaded');
  });
});
