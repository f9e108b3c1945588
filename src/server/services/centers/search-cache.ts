/**
 * A short-lived memo for public, non-personal search results. PGlite answers one query at a time, so a
 * burst of identical searches (a shared link, a busy city) would queue behind each other; serving them
 * from memory for a few seconds, and letting concurrent misses share one query, keeps the finder fast.
 * Results are at most `ttlMs` stale after an import. Never use this for patient data.
 */
export interface ResultCache<T> {
  get(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function createResultCache<T>(opts: {
  ttlMs: number;
  maxEntries: number;
  now?: () => number;
}): ResultCache<T> {
  const now = opts.now ?? Date.now;
  const entries = new Map<string, { expires: number; value: Promise<T> }>();
  return {
    get(key, load) {
      const t = now();
      const hit = entries.get(key);
      if (hit && hit.expires > t) return hit.value;
      if (hit) entries.delete(key);
      if (opts.ttlMs <= 0) return load();
      // Oldest first in a Map: drop the oldest entry when full.
      if (entries.size >= opts.maxEntries) entries.delete(entries.keys().next().value!);
      const value = load();
      entries.set(key, { expires: t + opts.ttlMs, value });
      // A failed load is not remembered: the next caller tries again.
      value.catch(() => {
        if (entries.get(key)?.value === value) entries.delete(key);
      });
      return value;
    },
    clear: () => entries.clear(),
  };
}
