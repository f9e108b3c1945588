import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorBody,
  loginRequest,
  loginResponse,
  mfaEnrollResponse,
  mfaVerifyRequest,
  mfaVerifyResponse,
} from '../../../shared/auth.js';
import { publicRoute, requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { login } from '../../services/auth/login.js';
import { enrollMfa, verifyMfa } from '../../services/auth/mfa.js';
import { endSession } from '../../services/auth/session-store.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = () => ({
    db: app.database.db,
    keys: app.keys,
    audit: app.audit,
    policy: app.config,
    sessionCache: app.sessionCache,
  });

  app.post(
    '/auth/login',
    {
      config: {
        ...publicRoute('signing in'),
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: loginRequest,
        response: {
          200: loginResponse,
          400: errorBody,
          401: errorBody,
          403: errorBody,
          423: errorBody,
          429: errorBody,
        },
      },
    },
    async (req, reply) => {
      const result = await login({
        ...deps(),
        requireMfa: app.config.requireMfa,
        actor: auditActorOf(req),
        email: req.body.email,
        password: req.body.password,
        organizationId: req.body.organizationId,
      });
      setSessionCookie(app, reply, result.token);
      return { status: result.status };
    },
  );

  app.post(
    '/auth/logout',
    {
      config: requires('self:read', { allowMfaPending: true }),
      schema: { tags: ['auth'], summary: 'End the session', response: { 204: z.null(), 401: errorBody } },
    },
    async (req, reply) => {
      const actor = req.actor!;
      const ended = await app.database.db.transaction(async (tx) => {
        const change = await endSession(tx, actor.tokenHash);
        await app.audit.record(tx, auditActorOf(req), { action: 'auth.logout', outcome: 'success' });
        return change;
      });
      // Other servers forget it through the notification; this one must not wait for it.
      app.sessionCache.forget(ended);
      clearSessionCookie(app, reply);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/auth/mfa/enroll',
    {
      config: {
        ...requires('self:read', { allowMfaPending: true }),
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Start TOTP enrolment: returns the secret and a QR code',
        response: { 200: mfaEnrollResponse, 401: errorBody, 409: errorBody },
      },
    },
    async (req) => enrollMfa({ ...deps(), actor: auditActorOf(req), session: req.actor! }),
  );

  app.post(
    '/auth/mfa/verify',
    {
      config: {
        ...requires('self:read', { allowMfaPending: true }),
        rateLimit: { max: app.config.loginRatePerMinute, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['auth'],
        summary: 'Verify a TOTP or recovery code; completes sign-in or enrolment',
        body: mfaVerifyRequest,
        response: { 200: mfaVerifyResponse, 400: errorBody, 401: errorBody, 409: errorBody, 423: errorBody },
      },
    },
    async (req, reply) => {
      const result = await verifyMfa({
        ...deps(),
        actor: auditActorOf(req),
        session: req.actor!,
        code: req.body.code,
      });
      if (result.token) setSessionCookie(app, reply, result.token);
      return {
        status: 'ok' as const,
        ...(result.recoveryCodes ? { recoveryCodes: result.recoveryCodes } : {}),
      };
    },
  );
};
