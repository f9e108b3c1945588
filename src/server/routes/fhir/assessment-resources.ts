import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { getInstrument } from '../../../domain/instruments/registry.js';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { FHIR_JSON, operationOutcome } from '../../fhir/operation-outcome.js';
import { toQuestionnaireResponse, toTotalObservation } from '../../fhir/questionnaire-response.js';
import { getAssessment } from '../../services/assessments/list-assessments.js';

const params = z.object({ id: z.string().min(1).max(64) });
const resource = (type: string) => z.looseObject({ resourceType: z.literal(type) });
const outcome = z.looseObject({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.unknown()) });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Stored instrument responses as FHIR R4 (issue 3): QuestionnaireResponse/<id> (answers) and Observation/<id>
 * (the total), both ids being the response's id. Read through the chart door: care relationship + audit.
 */
export function registerAssessmentResources(app: FastifyInstance) {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  for (const type of ['QuestionnaireResponse', 'Observation'] as const) {
    typed.get(
      `/${type}/:id`,
      {
        config: requires('assessment:read'),
        schema: {
          tags: ['fhir'],
          summary:
            type === 'Observation'
              ? 'The total score of a stored instrument response as a FHIR R4 Observation'
              : 'A stored instrument response as a FHIR R4 QuestionnaireResponse',
          params,
          response: { 200: resource(type), 403: outcome, 404: outcome },
        },
      },
      async (req, reply) => {
        const notFound = (r: FastifyReply) =>
          r
            .status(404)
            .type(FHIR_JSON)
            .send({ ...operationOutcome(404, `${type}/${req.params.id} is not known.`) });
        if (!UUID.test(req.params.id)) return notFound(reply);
        const found = await getAssessment({
          db: app.database.db,
          audit: app.audit,
          session: req.actor!,
          auditActor: auditActorOf(req),
          id: req.params.id,
          action: type === 'Observation' ? 'observation.read' : 'questionnaire-response.read',
        });
        const def = found ? getInstrument(found.row.instrumentId) : undefined;
        if (!found || !def) return notFound(reply);
        const body =
          type === 'Observation'
            ? toTotalObservation(def, found.row)
            : toQuestionnaireResponse(def, found.row, { superseded: found.superseded });
        return reply.type(FHIR_JSON).send({ ...body });
      },
    );
  }
}
