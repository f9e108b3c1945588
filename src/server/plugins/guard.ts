import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { can } from '../../domain/access/policy.js';
import { auditActorOf } from '../audit/audit-writer.js';
import { ApiError } from '../errors.js';

/**
 * Deny by default: every route must declare `config.access`. Runs before validation, so an anonymous
 * caller learns nothing about a route's input schema. Public routes pass; others need a finished
 * sign-in and a role holding the declared permission. Refusals of signed-in users are audited.
 */
export const guardPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', async (req) => {
      const access = req.routeOptions.config?.access;
      if (!access) {
        // 404 handler and static files register no access: they serve no data.
        if (req.is404) return;
        req.log.error({ route: req.routeOptions.url }, 'route declares no access: refused');
        throw new ApiError('FORBIDDEN', 'FORBIDDEN', 'This route is not available.');
      }
      if ('public' in access) return;
      const actor = req.actor;
      if (!actor) throw new ApiError('UNAUTHENTICATED', 'UNAUTHENTICATED', 'Sign in to continue.');
      if (actor.mfaPending && !access.allowMfaPending) {
        throw new ApiError(
          'UNAUTHENTICATED',
          'MFA_REQUIRED',
          'Finish signing in with the code from your authenticator app.',
        );
      }
      if (!can(actor.role, access.permission)) {
        await app.audit.record(app.database.db, auditActorOf(req), {
          action: 'access.denied',
          outcome: 'denied',
          resourceType: 'route',
          resourceId: `${req.method} ${req.routeOptions.url}`,
          details: { permission: access.permission },
        });
        throw new ApiError('FORBIDDEN', 'FORBIDDEN', 'Your role does not allow this action.');
      }
    });
  },
  { name: 'haven-guard', dependencies: ['haven-session'] },
);
