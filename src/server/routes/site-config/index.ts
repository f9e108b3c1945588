import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { type SiteConfig, siteConfig } from '../../../shared/site-config.js';
import { publicRoute } from '../../access.js';

/** Settings change only with a restart; browsers and proxies may reuse them for five minutes. */
export const SITE_CONFIG_CACHE_CONTROL = 'public, max-age=300';

/** The public site's configured settings (program phone, map tiles): configuration only, no data. */
export const siteConfigRoutes: FastifyPluginAsyncZod = async (app) => {
  const { admissionsPhone, map } = app.config;
  const body: SiteConfig = {
    admissionsPhone: admissionsPhone ? { display: admissionsPhone.display, tel: admissionsPhone.tel } : null,
    map: map ? { tileUrl: map.tileUrl, attribution: map.attribution } : null,
  };

  app.get(
    '/site-config',
    {
      config: publicRoute('public site settings from configuration (admissions phone, map tiles); no data'),
      schema: {
        tags: ['site'],
        summary:
          'Public site settings: the admissions phone and the finder map tiles (null when not configured)',
        response: { 200: siteConfig },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', SITE_CONFIG_CACHE_CONTROL);
      return body;
    },
  );
};
