import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../../shared/auth.js';
import { assignRoleRequest, createUserRequest, orgUser, orgUserList } from '../../../shared/users.js';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { assignRole } from '../../services/users/assign-role.js';
import { createUser } from '../../services/users/create-user.js';
import { listUsers } from '../../services/users/list-users.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/admin/users',
    {
      config: requires('user:read'),
      schema: {
        tags: ['admin'],
        summary: 'Users of my organization',
        response: { 200: orgUserList, ...errors },
      },
    },
    async (req) => ({
      users: await listUsers(app.database.db, { organizationId: req.actor!.organizationId }),
    }),
  );

  app.post(
    '/admin/users',
    {
      config: requires('user:create'),
      schema: {
        tags: ['admin'],
        summary: 'Create a staff user',
        body: createUserRequest,
        response: { 201: orgUser, ...errors },
      },
    },
    async (req, reply) => {
      const actor = { ...auditActorOf(req), organizationId: req.actor!.organizationId };
      const created = await createUser({ db: app.database.db, audit: app.audit, actor, input: req.body });
      return reply.status(201).send(created);
    },
  );

  app.put(
    '/admin/users/:userId/role',
    {
      config: requires('role:assign'),
      schema: {
        tags: ['admin'],
        summary: 'Change a user’s role in my organization',
        params: z.object({ userId: z.uuid({ message: 'Not a valid user id.' }) }),
        body: assignRoleRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      const a = req.actor!;
      await assignRole({
        db: app.database.db,
        audit: app.audit,
        sessionCache: app.sessionCache,
        actor: { ...auditActorOf(req), userId: a.userId, role: a.role, organizationId: a.organizationId },
        targetUserId: req.params.userId,
        role: req.body.role,
      });
      return reply.status(204).send(null);
    },
  );
};
