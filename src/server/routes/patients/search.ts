import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBody } from '../../../shared/auth.js';
import { patientSearchQuery, patientSearchResult } from '../../../shared/patient-search.js';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { searchPatients } from '../../services/patients/search-patients.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody };

/** `GET /api/v1/patients?q=`: find a patient by name (typos forgiven), date of birth or MRN. */
export const patientSearchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/patients',
    {
      config: requires('patient:search'),
      schema: {
        tags: ['patients'],
        summary: 'Find patients by name, date of birth (YYYY-MM-DD or MM/DD/YYYY) or MRN',
        querystring: patientSearchQuery,
        response: { 200: patientSearchResult, ...errors },
      },
    },
    async (req) => {
      const a = req.actor!;
      return {
        patients: await searchPatients({
          db: app.database.db,
          audit: app.audit,
          session: { userId: a.userId, role: a.role, organizationId: a.organizationId },
          actor: auditActorOf(req),
          q: req.query.q,
          limit: req.query.limit,
        }),
      };
    },
  );
};
