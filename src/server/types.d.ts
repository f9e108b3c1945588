import type { Database } from '../db/connect.js';
import type { RouteAccess } from './access.js';
import type { AuditWriter } from './audit/audit-writer.js';
import type { AppConfig } from './config.js';
import type { Keys } from './security/keys.js';
import type { SessionCache } from './services/auth/session-cache.js';
import type { SessionActor } from './services/auth/session-store.js';

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyInstance {
    config: AppConfig;
    database: Database;
    keys: Keys;
    audit: AuditWriter;
    sessionCache: SessionCache;
  }
  interface FastifyRequest {
    actor: SessionActor | null;
  }
}
