import { z } from 'zod';
import { parseUsPhone, type UsPhone } from '../shared/phone.js';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Every environment variable Haven reads, with its default (README "Configuration" lists them). */
export const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    HAVEN_DATA_DIR: z.string().min(1).default('./data'),
    HAVEN_DEMO: flag.optional(),
    HAVEN_DEMO_PASSWORD: z.string().min(12).default('haven-demo-2026'),
    HAVEN_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    HAVEN_REQUIRE_MFA: flag.optional(),
    HAVEN_COOKIE_SECURE: flag.optional(),
    HAVEN_STAFF_IDLE_MINUTES: z.coerce.number().int().min(1).max(240).default(15),
    HAVEN_PATIENT_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
    HAVEN_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(72).default(12),
    HAVEN_SESSION_CACHE_SECONDS: z.coerce.number().int().min(0).max(300).default(30),
    HAVEN_LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
    HAVEN_INQUIRY_CONTACT_HOURS: z.coerce.number().min(0.25).max(168).default(4),
    HAVEN_WEB_DIR: z.string().min(1).default('./dist/web'),
    /** Off by default: X-Forwarded-For is believed only from the proxies named here (or `1` for any). */
    HAVEN_TRUST_PROXY: z.string().default('0'),
    /** Unset: the fictional demo number in demo mode, none otherwise. Empty: none. */
    HAVEN_ADMISSIONS_PHONE: z
      .string()
      .trim()
      .refine((v) => v === '' || parseUsPhone(v) !== null, {
        message: 'must be a US phone number with its area code, like (217) 555-0123, or empty for none',
      })
      .optional(),
    HAVEN_MAP_TILE_URL: z
      .string()
      .trim()
      .default('')
      .superRefine((v, ctx) => {
        const problem = v === '' ? null : tileUrlProblem(v);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      }),
    HAVEN_MAP_ATTRIBUTION: z.string().trim().max(1000).default(''),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    NODE_ENV: z.string().default('production'),
  })
  .superRefine((e, ctx) => {
    // Every public tile service (OpenStreetMap's included) requires its credit on the map.
    if (e.HAVEN_MAP_TILE_URL && !e.HAVEN_MAP_ATTRIBUTION) {
      ctx.addIssue({
        code: 'custom',
        path: ['HAVEN_MAP_ATTRIBUTION'],
        message: 'is required with HAVEN_MAP_TILE_URL: the credit your tile provider asks to show on the map',
      });
    }
  });

/**
 * Why a Leaflet tile URL template cannot be used, or null when it can: an absolute http(s) URL with {z}, {x}
 * and {y}, optionally {s} (as the first label of the host) and {r}, and no user name or password.
 */
function tileUrlProblem(template: string): string | null {
  if (!/^https?:\/\//.test(template)) return 'must start with https:// (or http://)';
  for (const part of ['{z}', '{x}', '{y}']) {
    if (!template.includes(part))
      return `must contain ${part}, like https://tile.openstreetmap.org/{z}/{x}/{y}.png`;
  }
  const unknown = template.match(/\{(?![zxysr]\})[^}]*\}/);
  if (unknown) return `has the placeholder ${unknown[0]}; only {s}, {z}, {x}, {y} and {r} are filled in`;
  const host = hostPart(template);
  if (host.includes('{s}') && !/^\{s\}\.[^{}]+$/.test(host))
    return 'may use {s} only as the first part of the host name';
  try {
    const url = new URL(template.replace(/\{[sxyzr]\}/g, 'a'));
    if (url.username || url.password) return 'must not contain a user name or password';
  } catch {
    return 'is not a valid URL';
  }
  return null;
}

/** The host[:port] of a URL template, placeholders still in it. */
const hostPart = (template: string) => template.replace(/^https?:\/\//, '').split(/[/?#]/)[0]!;

/**
 * The Content-Security-Policy source that lets the browser load the tiles: scheme, host and port, with a
 * leading `{s}.` (tile servers a., b., c.) as the `*.` wildcard.
 */
export function tileImageSource(template: string): string {
  const scheme = template.startsWith('https://') ? 'https://' : 'http://';
  return (
    scheme +
    hostPart(template)
      .replace(/^\{s\}\./, '*.')
      .toLowerCase()
  );
}

export interface AppConfig {
  port: number;
  host: string;
  database: { url: string } | { dataDir: string };
  databasePoolSize: number;
  demo: { enabled: boolean; password: string };
  /** Secret key material for session-token hashing and MFA secret encryption. */
  sessionSecret: string | null;
  requireMfa: boolean;
  cookieSecure: boolean;
  staffIdleMinutes: number;
  patientIdleMinutes: number;
  sessionMaxHours: number;
  /**
   * How long a server may answer from its in-process copy of a session; 0 turns the cache off. Ends and
   * role changes are pushed to every server at once; this bounds staleness only if such a push is lost.
   */
  sessionCacheSeconds: number;
  loginRatePerMinute: number;
  /** An admission request nobody has contacted within this many hours raises an `inquiry-waiting` alert. */
  inquiryContactHours: number;
  webDir: string;
  /** Fastify `trustProxy`: false, true, or the proxy addresses (comma-separated IPs/CIDRs). */
  trustProxy: boolean | string;
  /** The program's admissions line on the public site; null hides it. */
  admissionsPhone: UsPhone | null;
  /** The finder's map; null shows the list only. */
  map: {
    /** Leaflet tile URL template. */
    tileUrl: string;
    /** The tile provider's credit (HTML, shown in the map's corner). */
    attribution: string;
    /** What the Content-Security-Policy's img-src must allow for the tiles. */
    imageSource: string;
  } | null;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
}

export class ConfigError extends Error {}

/** Validates the environment once at boot; the message names every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  // Demo data by default only on the embedded database; explicit settings always win.
  const demo = e.HAVEN_DEMO ?? !e.DATABASE_URL;
  return {
    port: e.PORT,
    host: e.HOST,
    database: e.DATABASE_URL ? { url: e.DATABASE_URL } : { dataDir: e.HAVEN_DATA_DIR },
    databasePoolSize: e.DATABASE_POOL_SIZE,
    demo: { enabled: demo, password: e.HAVEN_DEMO_PASSWORD },
    sessionSecret: e.HAVEN_SESSION_SECRET ?? null,
    requireMfa: e.HAVEN_REQUIRE_MFA ?? !demo,
    // The issue asks for Secure cookies outside development; browsers accept them on http://localhost.
    cookieSecure: e.HAVEN_COOKIE_SECURE ?? e.NODE_ENV !== 'development',
    staffIdleMinutes: e.HAVEN_STAFF_IDLE_MINUTES,
    patientIdleMinutes: e.HAVEN_PATIENT_IDLE_MINUTES,
    sessionMaxHours: e.HAVEN_SESSION_MAX_HOURS,
    sessionCacheSeconds: e.HAVEN_SESSION_CACHE_SECONDS,
    loginRatePerMinute: e.HAVEN_LOGIN_RATE_PER_MINUTE,
    inquiryContactHours: e.HAVEN_INQUIRY_CONTACT_HOURS,
    webDir: e.HAVEN_WEB_DIR,
    trustProxy: parseTrustProxy(e.HAVEN_TRUST_PROXY),
    admissionsPhone: admissionsPhone(e.HAVEN_ADMISSIONS_PHONE, demo),
    map: e.HAVEN_MAP_TILE_URL
      ? {
          tileUrl: e.HAVEN_MAP_TILE_URL,
          attribution: e.HAVEN_MAP_ATTRIBUTION,
          imageSource: tileImageSource(e.HAVEN_MAP_TILE_URL),
        }
      : null,
    logLevel: e.LOG_LEVEL,
  };
}

/** A fictional number (555-01xx is reserved for fiction), so a demo's "Call us" button is visible but reaches nobody. */
export const DEMO_ADMISSIONS_PHONE = '(555) 010-0199';

function admissionsPhone(value: string | undefined, demo: boolean): UsPhone | null {
  if (value === undefined) return demo ? parseUsPhone(DEMO_ADMISSIONS_PHONE) : null;
  return value === '' ? null : parseUsPhone(value);
}

function parseTrustProxy(value: string): boolean | string {
  if (value === '0' || value === 'false' || value === '') return false;
  if (value === '1' || value === 'true') return true;
  return value;
}
