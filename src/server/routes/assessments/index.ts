import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  assessmentList,
  assessmentListQuery,
  chartLangQuery,
  patientParams,
  submitAssessmentRequest,
  submittedAssessment,
} from '../../../shared/assessments.js';
import { errorBody } from '../../../shared/auth.js';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { listAssessments } from '../../services/assessments/list-assessments.js';
import { submitAssessment } from '../../services/assessments/submit-assessment.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };

/** Instrument responses in a patient's chart (issue 3). */
export const assessmentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/patients/:id/assessments',
    {
      config: requires('assessment:write'),
      schema: {
        tags: ['assessments'],
        summary: 'Record an instrument response: scored, stored, audited; safety flags raise alerts',
        params: patientParams,
        querystring: chartLangQuery,
        body: submitAssessmentRequest,
        response: { 201: submittedAssessment, ...errors },
      },
    },
    async (req, reply) => {
      const stored = await submitAssessment({
        db: app.database.db,
        audit: app.audit,
        session: req.actor!,
        auditActor: auditActorOf(req),
        patientId: req.params.id,
        input: req.body,
        lang: req.query.lang,
      });
      return reply.status(201).send(stored);
    },
  );

  app.get(
    '/patients/:id/assessments',
    {
      config: requires('assessment:read'),
      schema: {
        tags: ['assessments'],
        summary: 'A patient’s instrument responses, newest first; corrected ones carry amendedBy',
        params: patientParams,
        querystring: assessmentListQuery,
        response: { 200: assessmentList, ...errors },
      },
    },
    async (req) =>
      listAssessments({
        db: app.database.db,
        audit: app.audit,
        session: req.actor!,
        auditActor: auditActorOf(req),
        patientId: req.params.id,
        instrumentId: req.query.instrumentId,
        lang: req.query.lang,
      }),
  );
};
