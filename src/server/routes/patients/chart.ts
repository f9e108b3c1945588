import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../../shared/auth.js';
import {
  addCareTeamMemberRequest,
  addProblemRequest,
  breakGlassRequest,
  breakGlassResponse,
  chartProblem,
  dischargeRequest,
  patientChart,
  patientIdParams,
  timelineQuery,
  timelineResponse,
  updateDemographicsRequest,
  updateProblemRequest,
} from '../../../shared/patient-chart.js';
import { ROLES } from '../../../shared/roles.js';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { addCareTeamMember } from '../../services/patients/add-care-team-member.js';
import { addPatientProblem } from '../../services/patients/add-patient-problem.js';
import { breakTheGlass } from '../../services/patients/break-the-glass.js';
import type { ChartCaller } from '../../services/patients/chart-caller.js';
import { dischargeEpisode } from '../../services/patients/discharge-episode.js';
import { listCareTeamCandidates } from '../../services/patients/list-care-team-candidates.js';
import { listPatientTimeline } from '../../services/patients/list-patient-timeline.js';
import { readPatientChart } from '../../services/patients/read-patient-chart.js';
import { removeCareTeamMember } from '../../services/patients/remove-care-team-member.js';
import { updatePatientDemographics } from '../../services/patients/update-patient-demographics.js';
import { updatePatientProblem } from '../../services/patients/update-patient-problem.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const uuid = (what: string) => z.uuid({ message: `Not a valid ${what} id.` });
const tags = ['patients'];

/** The patient chart (`/staff/patients/:id`): summary, demographics, problems, care team, episodes, timeline. */
export const patientChartRoutes: FastifyPluginAsyncZod = async (app) => {
  const caller = (req: FastifyRequest): ChartCaller => {
    const a = req.actor!;
    return {
      db: app.database.db,
      audit: app.audit,
      session: { userId: a.userId, role: a.role, organizationId: a.organizationId },
      actor: auditActorOf(req),
    };
  };

  app.get(
    '/patients/:id',
    {
      config: requires('patient:read'),
      schema: {
        tags,
        summary: 'Chart summary (care relationship required; audited)',
        params: patientIdParams,
        response: { 200: patientChart, ...errors },
      },
    },
    async (req) => readPatientChart({ ...caller(req), patientId: req.params.id }),
  );

  app.patch(
    '/patients/:id',
    {
      config: requires('patient:write'),
      schema: {
        tags,
        summary: 'Change demographics',
        params: patientIdParams,
        body: updateDemographicsRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await updatePatientDemographics({ ...caller(req), patientId: req.params.id, changes: req.body });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/patients/:id/problems',
    {
      config: requires('patient:write'),
      schema: {
        tags,
        summary: 'Add a problem (ICD-10-CM)',
        params: patientIdParams,
        body: addProblemRequest,
        response: { 201: chartProblem, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await addPatientProblem({ ...caller(req), patientId: req.params.id, input: req.body })),
  );

  app.patch(
    '/patients/:id/problems/:problemId',
    {
      config: requires('patient:write'),
      schema: {
        tags,
        summary: 'Resolve or re-activate a problem',
        params: patientIdParams.extend({ problemId: uuid('problem') }),
        body: updateProblemRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await updatePatientProblem({
        ...caller(req),
        patientId: req.params.id,
        problemId: req.params.problemId,
        status: req.body.status,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/clinicians',
    {
      config: requires('patient:write'),
      schema: {
        tags,
        summary: 'Clinicians of my organization who can join a care team (names and roles only)',
        response: {
          200: z.object({
            staff: z.array(z.object({ id: z.uuid(), displayName: z.string(), role: z.enum(ROLES) })),
          }),
          ...errors,
        },
      },
    },
    async (req) => ({
      staff: await listCareTeamCandidates(app.database.db, { organizationId: req.actor!.organizationId }),
    }),
  );

  app.post(
    '/patients/:id/care-team',
    {
      config: requires('patient:write'),
      schema: {
        tags,
        summary: 'Add a clinician to the care team',
        params: patientIdParams,
        body: addCareTeamMemberRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await addCareTeamMember({ ...caller(req), patientId: req.params.id, input: req.body });
      return reply.status(204).send(null);
    },
  );

  app.delete(
    '/patients/:id/care-team/:userId',
    {
      config: requires('patient:write'),
      schema: {
        tags,
        summary: 'Remove a clinician from the care team (kept in history)',
        params: patientIdParams.extend({ userId: uuid('user') }),
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await removeCareTeamMember({ ...caller(req), patientId: req.params.id, userId: req.params.userId });
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/patients/:id/episodes/:episodeId/discharge',
    {
      config: requires('patient:write'),
      schema: {
        tags,
        summary: 'Discharge: close an episode of care with date and reason',
        params: patientIdParams.extend({ episodeId: uuid('episode') }),
        body: dischargeRequest,
        response: { 204: z.null(), ...errors },
      },
    },
    async (req, reply) => {
      await dischargeEpisode({
        ...caller(req),
        patientId: req.params.id,
        episodeId: req.params.episodeId,
        input: req.body,
      });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/patients/:id/timeline',
    {
      config: requires('patient:read'),
      schema: {
        tags,
        summary: 'Everything that happened to the patient, newest first (filter with kind=a,b)',
        params: patientIdParams,
        querystring: timelineQuery,
        response: { 200: timelineResponse, ...errors },
      },
    },
    async (req) => ({
      items: await listPatientTimeline({
        ...caller(req),
        patientId: req.params.id,
        kinds: req.query.kind,
        limit: req.query.limit,
      }),
    }),
  );

  app.post(
    '/patients/:id/break-glass',
    {
      config: requires('break-glass:use'),
      schema: {
        tags,
        summary: 'Emergency access to a chart outside my care relationship (time-limited, director alerted)',
        params: patientIdParams,
        body: breakGlassRequest,
        response: { 201: breakGlassResponse, ...errors },
      },
    },
    async (req, reply) =>
      reply
        .status(201)
        .send(await breakTheGlass({ ...caller(req), patientId: req.params.id, reason: req.body.reason })),
  );
};
