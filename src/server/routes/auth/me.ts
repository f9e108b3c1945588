import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody, meResponse } from '../../../shared/auth.js';
import { requires } from '../../access.js';

export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me',
    {
      config: requires('self:read'),
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user, role and organization',
        response: { 200: meResponse, 401: errorBody },
      },
    },
    async (req) => {
      const a = req.actor!;
      return {
        id: a.userId,
        email: a.email,
        displayName: a.displayName,
        role: a.role,
        organization: { id: a.organizationId, name: a.organizationName },
        mfaEnabled: a.mfaEnabled,
        sessionExpiresAt: new Date(
          Math.min(a.idleExpiresAt.getTime(), a.absoluteExpiresAt.getTime()),
        ).toISOString(),
      };
    },
  );
};
