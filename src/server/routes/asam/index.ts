import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { recommendLevelOfCare } from '../../../domain/asam/recommend-level-of-care.js';
import {
  asamHistory,
  asamRecommendation,
  asamRecommendRequest,
  recordAsamRequest,
  recordedAsam,
} from '../../../shared/asam.js';
import { patientParams } from '../../../shared/assessments.js';
import { errorBody } from '../../../shared/auth.js';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { listAsamAssessments } from '../../services/asam/list-asam-assessments.js';
import { recordAsamAssessment } from '../../services/asam/record-asam-assessment.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** ASAM level-of-care assessments (issue 5 part 6): decision support, the clinician decides. */
export const asamRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/asam/recommend',
    {
      // Stateless: ratings in, recommendation out; nothing about a patient is sent or stored.
      config: requires('asam:write'),
      schema: {
        tags: ['asam'],
        summary: 'Decision support: the level the simplified rules (not ASAM’s official algorithm) recommend',
        body: asamRecommendRequest,
        response: { 200: asamRecommendation, ...errors },
      },
    },
    async (req) => {
      const { ratings, hasDiagnosis, acceptsMoud } = req.body;
      return recommendLevelOfCare({ ...ratings, hasDiagnosis, acceptsMoud } as Parameters<
        typeof recommendLevelOfCare
      >[0]);
    },
  );

  app.post(
    '/patients/:id/asam',
    {
      config: requires('asam:write'),
      schema: {
        tags: ['asam'],
        summary: 'Record an ASAM assessment and the chosen level of care (reason required when it differs)',
        params: patientParams,
        body: recordAsamRequest,
        response: { 201: recordedAsam, ...errors },
      },
    },
    async (req, reply) => {
      const recorded = await recordAsamAssessment({
        db: app.database.db,
        audit: app.audit,
        session: req.actor!,
        auditActor: auditActorOf(req),
        patientId: req.params.id,
        input: req.body,
      });
      return reply.status(201).send(recorded);
    },
  );

  app.get(
    '/patients/:id/asam',
    {
      config: requires('assessment:read'),
      schema: {
        tags: ['asam'],
        summary: 'A patient’s ASAM assessments and level-of-care changes',
        params: patientParams,
        response: { 200: asamHistory, ...errors },
      },
    },
    async (req) =>
      listAsamAssessments({
        db: app.database.db,
        audit: app.audit,
        session: req.actor!,
        auditActor: auditActorOf(req),
        patientId: req.params.id,
      }),
  );
};
