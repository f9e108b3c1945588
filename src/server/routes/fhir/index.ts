import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getInstrument } from '../../../domain/instruments/registry.js';
import { instrumentParams } from '../../../shared/instruments.js';
import { publicRoute } from '../../access.js';
import { FHIR_JSON, fhirErrorHandler, operationOutcome } from '../../fhir/operation-outcome.js';
import { toQuestionnaire } from '../../fhir/questionnaire.js';
import { DEFINITION_CACHE_CONTROL } from '../instruments/index.js';
import { registerAssessmentResources } from './assessment-resources.js';
import { fhirPatientRoutes } from './patient.js';

// Loose on purpose: a FHIR resource's shape is checked against the R4 StructureDefinitions in tests, not here.
// (Replies spread the fhirtypes interfaces, which lack the index signature a loose schema's type needs.)
const questionnaire = z.looseObject({ resourceType: z.literal('Questionnaire') });
const outcome = z.looseObject({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.unknown()) });

/** FHIR R4 read endpoints, mounted under /fhir/R4. */
export const fhirRoutes: FastifyPluginAsyncZod = async (app) => {
  // Encapsulated: only routes of this plugin answer errors with an OperationOutcome.
  app.setErrorHandler(fhirErrorHandler);
  await app.register(fhirPatientRoutes);
  registerAssessmentResources(app);

  app.get(
    '/Questionnaire/:id',
    {
      config: {
        ...publicRoute('published instrument definition as a FHIR Questionnaire'),
        rateLimit: { max: 300, timeWindow: '1 minute' },
      },
      schema: {
        tags: ['fhir'],
        summary: 'An instrument as a FHIR R4 Questionnaire',
        params: instrumentParams,
        response: { 200: questionnaire, 404: outcome },
      },
    },
    async (req, reply) => {
      const def = getInstrument(req.params.id);
      if (!def) {
        const diagnostics = `Questionnaire/${req.params.id} is not known.`;
        return reply
          .status(404)
          .type(FHIR_JSON)
          .send({ ...operationOutcome(404, diagnostics) });
      }
      return reply
        .header('cache-control', DEFINITION_CACHE_CONTROL)
        .type(FHIR_JSON)
        .send({ ...toQuestionnaire(def) });
    },
  );
};
