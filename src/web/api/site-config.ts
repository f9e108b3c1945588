import { useEffect, useState } from 'react';
import type { SiteConfig } from '../../shared/site-config';
import { apiFetch } from './client';

/**
 * The public site's configured settings (GET /api/v1/site-config): the admissions phone and the finder's map.
 *
 * Read without the query library on purpose: the home page shows the phone and must stay small (the query
 * library loads only with the pages that need it, see query-layout.tsx). The settings change only when the
 * server restarts, so one fetch serves the whole visit (the response may also come from the HTTP cache);
 * a failed fetch is tried again by the next page that asks.
 */
let pending: Promise<SiteConfig> | null = null;
let loaded: SiteConfig | null = null;

/** Checked by hand, like api/client.ts's error bodies, to keep zod out of the public bundle. */
function isSiteConfig(value: unknown): value is SiteConfig {
  const v = value as Partial<Record<keyof SiteConfig, unknown>> | null;
  if (typeof v !== 'object' || v === null) return false;
  const phone = v.admissionsPhone as Record<string, unknown> | null | undefined;
  const map = v.map as Record<string, unknown> | null | undefined;
  const phoneOk = phone === null || (typeof phone?.display === 'string' && typeof phone.tel === 'string');
  const mapOk = map === null || (typeof map?.tileUrl === 'string' && typeof map.attribution === 'string');
  return phoneOk && mapOk;
}

export function loadSiteConfig(): Promise<SiteConfig> {
  if (loaded) return Promise.resolve(loaded);
  pending ??= apiFetch('/api/v1/site-config')
    .then((body) => {
      if (!isSiteConfig(body)) throw new Error('Unexpected site configuration');
      loaded = body;
      return body;
    })
    .finally(() => {
      pending = null;
    });
  return pending;
}

/** The settings once loaded; undefined while loading, or if they could not be loaded (show nothing optional). */
export function useSiteConfig(): SiteConfig | undefined {
  const [config, setConfig] = useState<SiteConfig | undefined>(() => loaded ?? undefined);
  useEffect(() => {
    if (config) return;
    let live = true;
    loadSiteConfig().then(
      (value) => {
        if (live) setConfig(value);
      },
      () => {}, // optional extras: the page works without them
    );
    return () => {
      live = false;
    };
  }, [config]);
  return config;
}
