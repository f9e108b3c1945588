import { z } from 'zod';

/**
 * GET /api/v1/site-config: the public site's settings that come from the server's configuration (README
 * "Configuration"). The web app reads it with a hand-written check (src/web/api/site-config.ts) so the public
 * bundle stays free of zod; keep the two in step.
 */
export const siteConfig = z.object({
  /** The program's admissions line (HAVEN_ADMISSIONS_PHONE); null: not configured, not shown. */
  admissionsPhone: z
    .object({
      /** As people read it: (555) 010-0199. */
      display: z.string(),
      /** E.164 for tel: links: +15550100199. */
      tel: z.string(),
    })
    .nullable(),
  /** The finder's map tiles (HAVEN_MAP_TILE_URL, HAVEN_MAP_ATTRIBUTION); null: list only. */
  map: z
    .object({
      /** Leaflet URL template: https://tile.openstreetmap.org/{z}/{x}/{y}.png */
      tileUrl: z.string(),
      /** The provider's credit, HTML as Leaflet shows it. */
      attribution: z.string(),
    })
    .nullable(),
});
export type SiteConfig = z.infer<typeof siteConfig>;
