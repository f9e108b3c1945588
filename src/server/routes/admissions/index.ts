import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  admissionAccepted,
  admissionOptions,
  admissionOptionsQuery,
  admissionRequest,
  assigneeList,
  convertInquiryRequest,
  convertInquiryResponse,
  inquiryDetail,
  inquiryEventRequest,
  inquiryList,
  inquiryListQuery,
  inquiryUpdateRequest,
  staffInquiryRequest,
} from '../../../shared/admissions.js';
import { errorBody } from '../../../shared/auth.js';
import { publicRoute, requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { convertInquiry } from '../../services/admissions/convert-inquiry.js';
import { createInquiry } from '../../services/admissions/create-inquiry.js';
import { getInquiry } from '../../services/admissions/get-inquiry.js';
import { listAdmissionOptions } from '../../services/admissions/list-admission-options.js';
import { listAssignees } from '../../services/admissions/list-assignees.js';
import { listInquiries } from '../../services/admissions/list-inquiries.js';
import { logInquiryEvent } from '../../services/admissions/log-inquiry-event.js';
import {
  raiseWaitingAlerts,
  startWaitingAlertTimer,
} from '../../services/admissions/raise-waiting-alerts.js';
import { submitAdmissionRequest } from '../../services/admissions/submit-admission-request.js';
import { updateInquiry } from '../../services/admissions/update-inquiry.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const params = z.object({ id: z.uuid({ message: 'Not a valid inquiry id.' }) });

/** The public admission request is small and rare: 5 a minute per address stops floods, not people. */
export const ADMISSION_RATE_PER_MINUTE = 5;

/**
 * Admissions (issue 4 part 5, issue 5 part 1): the public request, the staff queue and conversion. Every read
 * and write of inquiry data is audited by the services (withAuditedAccess).
 */
export const admissionRoutes: FastifyPluginAsyncZod = async (app) => {
  const deps = { db: app.database.db, audit: app.audit };
  const contactHours = app.config.inquiryContactHours;
  const staffActor = (req: FastifyRequest) => {
    const a = req.actor!;
    return { ...auditActorOf(req), userId: a.userId, role: a.role, organizationId: a.organizationId };
  };

  // Waiting callers are not forgotten even when nobody opens the queue.
  const stopTimer = startWaitingAlertTimer({
    db: app.database.db,
    contactHours,
    onError: (err) => app.log.error({ err }, 'raising inquiry-waiting alerts failed; will retry'),
  });
  app.addHook('onClose', async () => stopTimer());

  app.post(
    '/inquiries',
    {
      config: {
        ...publicRoute('admission request from the public site; no account needed (rate limited, honeypot)'),
        rateLimit: { max: ADMISSION_RATE_PER_MINUTE, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['admissions'],
        summary: 'Ask for admission (public): stored as an inquiry for the admissions team',
        body: admissionRequest,
        response: { 202: admissionAccepted, 400: errorBody, 429: errorBody },
      },
    },
    async (req, reply) => {
      const { accepted, stored } = await submitAdmissionRequest({
        ...deps,
        actor: auditActorOf(req),
        input: req.body,
      });
      if (!stored) req.log.info('admission request honeypot filled; nothing stored');
      return reply.status(202).send(accepted);
    },
  );

  app.get(
    '/admissions/options',
    {
      config: {
        ...publicRoute('locations the public admission form offers (published site names)'),
        rateLimit: { max: 60, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['admissions'],
        summary: 'Locations to choose from on the public admission form',
        querystring: admissionOptionsQuery,
        response: { 200: admissionOptions, 400: errorBody, 429: errorBody },
      },
    },
    async (req) => listAdmissionOptions(app.database.db, req.query.organizationId),
  );

  app.get(
    '/inquiries',
    {
      config: requires('inquiry:read'),
      schema: {
        tags: ['admissions'],
        summary: 'The admissions queue: today first, then overdue, then by follow-up time',
        querystring: inquiryListQuery,
        response: { 200: inquiryList, ...errors },
      },
    },
    async (req) => {
      const now = new Date();
      await raiseWaitingAlerts(app.database.db, now, {
        contactHours,
        organizationId: req.actor!.organizationId,
      });
      const inquiries = await listInquiries({
        ...deps,
        actor: staffActor(req),
        query: req.query,
        contactHours,
        now,
      });
      return { inquiries };
    },
  );

  app.get(
    '/inquiries/:id',
    {
      config: requires('inquiry:read'),
      schema: {
        tags: ['admissions'],
        summary: 'One inquiry with its contact log',
        params,
        response: { 200: inquiryDetail, ...errors },
      },
    },
    async (req) => getInquiry({ ...deps, actor: staffActor(req), inquiryId: req.params.id, contactHours }),
  );

  app.post(
    '/admissions/inquiries',
    {
      config: requires('inquiry:write'),
      schema: {
        tags: ['admissions'],
        summary: 'Enter an inquiry taken by phone, walk-in or referral',
        body: staffInquiryRequest,
        response: { 201: inquiryDetail, ...errors },
      },
    },
    async (req, reply) => {
      const actor = staffActor(req);
      const created = await createInquiry({
        ...deps,
        actor,
        organizationId: actor.organizationId,
        input: req.body,
        byUserId: actor.userId,
      });
      const detail = await getInquiry({ ...deps, actor, inquiryId: created.id, contactHours });
      return reply.status(201).send(detail);
    },
  );

  app.get(
    '/admissions/assignees',
    {
      config: requires('inquiry:read'),
      schema: {
        tags: ['admissions'],
        summary: 'Staff who work the queue, for assignment',
        response: { 200: assigneeList, ...errors },
      },
    },
    async (req) => ({ staff: await listAssignees(app.database.db, req.actor!.organizationId) }),
  );

  app.patch(
    '/inquiries/:id',
    {
      config: requires('inquiry:write'),
      schema: {
        tags: ['admissions'],
        summary: 'Change status (with reason), assignment, follow-up time, while-you-wait checklist, details',
        params,
        body: inquiryUpdateRequest,
        response: { 200: inquiryDetail, ...errors },
      },
    },
    async (req) =>
      updateInquiry({
        ...deps,
        actor: staffActor(req),
        inquiryId: req.params.id,
        update: req.body,
        contactHours,
      }),
  );

  app.post(
    '/inquiries/:id/events',
    {
      config: requires('inquiry:write'),
      schema: {
        tags: ['admissions'],
        summary: 'Log a call, text or email with its outcome, or add a note',
        params,
        body: inquiryEventRequest,
        response: { 201: inquiryDetail, ...errors },
      },
    },
    async (req, reply) => {
      const detail = await logInquiryEvent({
        ...deps,
        actor: staffActor(req),
        inquiryId: req.params.id,
        entry: req.body,
        contactHours,
      });
      return reply.status(201).send(detail);
    },
  );

  app.post(
    '/inquiries/:id/convert',
    {
      // Converting registers a patient: the permission that allows it.
      config: requires('patient:create'),
      schema: {
        tags: ['admissions'],
        summary: 'Convert to a patient (pre-admission), carrying the inquiry’s details over',
        params,
        body: convertInquiryRequest,
        response: { 201: convertInquiryResponse, ...errors },
      },
    },
    async (req, reply) => {
      const result = await convertInquiry({
        ...deps,
        actor: staffActor(req),
        inquiryId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(result);
    },
  );
};
