import { z } from 'zod';

const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');

/** Every environment variable Haven reads, with its default (README "Configuration" lists them). */
export const envSchema = z.object({
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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('production'),
});

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
    logLevel: e.LOG_LEVEL,
  };
}

function parseTrustProxy(value: string): boolean | string {
  if (value === '0' || value === 'false' || value === '') return false;
  if (value === '1' || value === 'true') return true;
  return value;
}
