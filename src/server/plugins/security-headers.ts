import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/** Strict CSP for the SPA: no inline or remote scripts; Mantine needs inline styles. */
export const CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'", "'unsafe-inline'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  frameAncestors: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  upgradeInsecureRequests: null,
};

/**
 * Runs Helmet once at boot against a recording response and replays the resulting headers on every
 * reply. (@fastify/helmet rebuilds Helmet for every request: ~30% of the CPU of a cheap route, measured.)
 */
export function computeSecurityHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const res = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, res as never, (err?: unknown) => {
    if (err) throw err;
  });
  return headers;
}

export interface SecurityHeadersOptions {
  hsts: boolean;
  /** Extra img-src sources, e.g. the configured map tile server (only when one is configured). */
  imageSources?: string[];
}

export const securityHeadersPlugin = fp(
  async (app: FastifyInstance, opts: SecurityHeadersOptions) => {
    const directives = {
      ...CSP_DIRECTIVES,
      imgSrc: [...CSP_DIRECTIVES.imgSrc, ...(opts.imageSources ?? [])],
    };
    const headers = computeSecurityHeaders({
      contentSecurityPolicy: { useDefaults: false, directives },
      strictTransportSecurity: opts.hsts ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    });
    app.addHook('onRequest', async (_req, reply) => {
      reply.headers(headers);
    });
  },
  { name: 'haven-security-headers' },
);
