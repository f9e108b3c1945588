import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Database } from '../db/connect.js';
import type { RouteAccess } from './access.js';
import { publicRoute } from './access.js';
import { createAuditWriter } from './audit/audit-writer.js';
import { startSealer } from './audit/sealer.js';
import type { AppConfig } from './config.js';
import { loggerOptions, RequestLogController, requestChildLogger } from './logger.js';
import { csrfPlugin } from './plugins/csrf.js';
import { errorsPlugin } from './plugins/errors.js';
import { guardPlugin } from './plugins/guard.js';
import { securityHeadersPlugin } from './plugins/security-headers.js';
import { sessionPlugin } from './plugins/session.js';
import { webPlugin } from './plugins/web.js';
import { responseSerializerCompiler } from './response-serializer.js';
import { admissionRoutes } from './routes/admissions/index.js';
import { alertRoutes } from './routes/alerts/index.js';
import { asamRoutes } from './routes/asam/index.js';
import { assessmentRoutes } from './routes/assessments/index.js';
import { authRoutes } from './routes/auth/index.js';
import { meRoutes } from './routes/auth/me.js';
import { centerRoutes } from './routes/centers/index.js';
import { consentRoutes } from './routes/consents/index.js';
import { fhirRoutes } from './routes/fhir/index.js';
import { healthRoutes } from './routes/health/index.js';
import { instrumentRoutes } from './routes/instruments/index.js';
import { patientChartRoutes } from './routes/patients/chart.js';
import { patientSearchRoutes } from './routes/patients/search.js';
import { siteConfigRoutes } from './routes/site-config/index.js';
import { userRoutes } from './routes/users/index.js';
import { deriveKeys, resolveSessionSecret } from './security/keys.js';
import { followSessionChanges } from './services/auth/follow-session-changes.js';
import { createSessionCache } from './services/auth/session-cache.js';

export interface BuildOptions {
  config: AppConfig;
  /** The opened (and migrated) database; the app closes it on close. */
  database: Database;
  /** Where to send logs (tests capture them); defaults to stdout. */
  logStream?: NodeJS.WritableStream;
}

/** Every route with its declared access, for the route-policy test and the docs. */
export interface RouteRecord {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

/** Builds a ready app; never listens (only main.ts does). */
export async function buildApp({ config, database, logStream }: BuildOptions) {
  const app = Fastify({
    logger: logStream
      ? { ...loggerOptions(config.logLevel), stream: logStream }
      : loggerOptions(config.logLevel),
    childLoggerFactory: requestChildLogger as unknown as FastifyServerOptions['childLoggerFactory'],
    logController: new RequestLogController(),
    trustProxy: config.trustProxy,
    bodyLimit: 1_048_576,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(responseSerializerCompiler);

  // Keep the route options themselves: hooks of child plugins (docs, static files) set `config.access`
  // after this root hook has seen the route.
  const routeOptions: { method: string | string[]; url: string; config?: { access?: RouteAccess } }[] = [];
  app.addHook('onRoute', (r) => {
    routeOptions.push(r);
  });
  app.decorate('routeRecords', {
    getter: (): RouteRecord[] =>
      routeOptions.flatMap((r) =>
        [r.method].flat().map((method) => ({ method, url: r.url, access: r.config?.access })),
      ),
  });

  app.decorate('config', config);
  app.decorate('database', database);
  app.decorate('keys', deriveKeys(resolveSessionSecret(config)));
  const sealer = startSealer(database.db, (err) => app.log.error({ err }, 'audit sealer failed; will retry'));
  app.decorate('audit', createAuditWriter(sealer));
  const sessionCache = createSessionCache({ ttlSeconds: config.sessionCacheSeconds });
  app.decorate('sessionCache', sessionCache);
  const stopFollowingSessions = await followSessionChanges(database, sessionCache, app.log);
  app.addHook('onClose', async () => {
    await stopFollowingSessions();
    await sealer.stop();
    await sealer.flush().catch(() => {});
    await database.close();
  });

  await app.register(errorsPlugin);
  await app.register(securityHeadersPlugin, {
    hsts: config.cookieSecure,
    imageSources: config.map ? [config.map.imageSource] : [],
  });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifyCookie);
  await app.register(csrfPlugin);
  await app.register(sessionPlugin);
  await app.register(guardPlugin);

  await app.register(fastifySwagger, {
    openapi: {
      info: { title: 'Haven API', version: '1' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'haven_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(async (docs) => {
    docs.addHook('onRoute', (route) => {
      route.config = { ...((route.config as object | undefined) ?? {}), ...publicRoute('API documentation') };
    });
    await docs.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  });

  await app.register(healthRoutes);
  await app.register(
    async (api) => {
      await api.register(authRoutes);
      await api.register(meRoutes);
      await api.register(userRoutes);
      await api.register(instrumentRoutes);
      await api.register(assessmentRoutes);
      await api.register(alertRoutes);
      await api.register(asamRoutes);
      await api.register(centerRoutes);
      await api.register(siteConfigRoutes);
      await api.register(admissionRoutes);
      await api.register(consentRoutes);
      await api.register(patientChartRoutes);
      await api.register(patientSearchRoutes);
    },
    { prefix: '/api/v1' },
  );
  await app.register(fhirRoutes, { prefix: '/fhir/R4' });
  await app.register(webPlugin);
  await app.ready();
  return app;
}

export type App = Awaited<ReturnType<typeof buildApp>>;

declare module 'fastify' {
  interface FastifyInstance {
    routeRecords: RouteRecord[];
  }
}

export type { FastifyInstance };
