import { useEffect, useState } from 'react';
import { ApiError, apiFetch } from './client';

/**
 * A GET for public pages that must stay within the first-load budget (issue "Public site", part 6; see
 * query-layout.tsx): the few behaviours the center finder and the admission form need from a query library,
 * in a page-sized hook.
 * The previous result stays on screen while the next loads (a changed filter does not blank the list), a
 * result is reused for `maxAgeMs` (Back shows it at once), a superseded request is aborted so an older answer
 * never replaces a newer one, and a network or server failure is tried once more before it is shown.
 */
export interface PublicGet<T> {
  data: T | undefined;
  error: unknown;
  isFetching: boolean;
  isError: boolean;
}

const MAX_ENTRIES = 50;
const cache = new Map<string, { at: number; value: unknown }>();

function remember(url: string, value: unknown) {
  cache.delete(url);
  cache.set(url, { at: Date.now(), value });
  // Maps keep insertion order: the first key is the least recently stored.
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
}

function fresh<T>(url: string, maxAgeMs: number): T | undefined {
  const hit = cache.get(url);
  return hit && Date.now() - hit.at < maxAgeMs ? (hit.value as T) : undefined;
}

const worthRetrying = (error: unknown) =>
  !(error instanceof ApiError) || error.status === 0 || error.status >= 500;

async function getWithOneRetry(url: string, signal: AbortSignal): Promise<unknown> {
  try {
    return await apiFetch(url, { signal });
  } catch (error) {
    if (signal.aborted || !worthRetrying(error)) throw error;
    await new Promise((resolve) => setTimeout(resolve, 1000));
    if (signal.aborted) throw error;
    return apiFetch(url, { signal });
  }
}

/** GET `url` (null: nothing to fetch yet). `read` checks the body's shape and may narrow its type. */
export function usePublicGet<T>(
  url: string | null,
  { maxAgeMs, read }: { maxAgeMs: number; read: (body: unknown) => T },
): PublicGet<T> {
  const [state, setState] = useState<{ data: T | undefined; error: unknown; isFetching: boolean }>(() => ({
    data: url ? fresh<T>(url, maxAgeMs) : undefined,
    error: null,
    isFetching: false,
  }));

  // biome-ignore lint/correctness/useExhaustiveDependencies: `read` is a parser, not state; a new closure each render must not refetch
  useEffect(() => {
    if (!url) {
      setState((s) => ({ ...s, error: null, isFetching: false }));
      return;
    }
    const cached = fresh<T>(url, maxAgeMs);
    if (cached !== undefined) {
      setState({ data: cached, error: null, isFetching: false });
      return;
    }
    const controller = new AbortController();
    setState((s) => ({ ...s, isFetching: true }));
    getWithOneRetry(url, controller.signal)
      .then((body) => {
        const value = read(body);
        remember(url, value);
        if (!controller.signal.aborted) setState({ data: value, error: null, isFetching: false });
      })
      .catch((error: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ ...s, error, isFetching: false }));
      });
    return () => controller.abort();
  }, [url, maxAgeMs]);

  return { ...state, isError: state.error !== null };
}
