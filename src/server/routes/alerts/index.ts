import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { alertIdParams, alertList, alertListQuery, caseloadResponse } from '../../../shared/alerts.js';
import { errorBody } from '../../../shared/auth.js';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { acknowledgeAlert } from '../../services/alerts/acknowledge-alert.js';
import { listAlerts } from '../../services/alerts/list-alerts.js';
import { listCaseload } from '../../services/alerts/list-caseload.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Alerts for the people who must act, and the caseload they sit in. */
export const alertRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/alerts',
    {
      config: requires('alert:read'),
      schema: {
        tags: ['alerts'],
        summary: 'Alerts for my care-team patients (all for directors) and for my role',
        querystring: alertListQuery,
        response: { 200: alertList, ...errors },
      },
    },
    async (req) =>
      listAlerts({
        db: app.database.db,
        audit: app.audit,
        session: req.actor!,
        auditActor: auditActorOf(req),
        status: req.query.status,
      }),
  );

  app.post(
    '/alerts/:id/acknowledge',
    {
      config: requires('alert:write'),
      schema: {
        tags: ['alerts'],
        summary: 'Acknowledge an open alert (it stays on record; it is not resolved)',
        params: alertIdParams,
        response: { 200: z.object({ id: z.uuid(), acknowledgedAt: z.string() }), ...errors },
      },
    },
    async (req) =>
      acknowledgeAlert({
        db: app.database.db,
        audit: app.audit,
        session: req.actor!,
        auditActor: auditActorOf(req),
        alertId: req.params.id,
      }),
  );

  app.get(
    '/caseload',
    {
      config: requires('patient:read'),
      schema: {
        tags: ['alerts'],
        summary: 'Patients whose care team I am on, with their open alert counts',
        response: { 200: caseloadResponse, ...errors },
      },
    },
    async (req) =>
      listCaseload({
        db: app.database.db,
        audit: app.audit,
        session: req.actor!,
        auditActor: auditActorOf(req),
      }),
  );
};
