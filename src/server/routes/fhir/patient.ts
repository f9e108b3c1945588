import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import { FHIR_JSON } from '../../fhir/operation-outcome.js';
import { FHIR_PATIENT_COLUMNS, patientSearchBundle } from '../../fhir/patient.js';
import { createAuditedPatientRead } from '../../services/patients/audited-patient-read.js';
import type { ChartCaller } from '../../services/patients/chart-caller.js';
import { readFhirPatient } from '../../services/patients/read-fhir-patient.js';
import { searchFhirPatients } from '../../services/patients/search-fhir-patients.js';

// Loose on purpose, like the Questionnaire route: the resources are checked against the R4
// StructureDefinitions in tests; the mapping (src/server/fhir/patient.ts) is the allow-list of fields.
const patientResource = z.looseObject({ resourceType: z.literal('Patient'), id: z.string() });
const bundle = z.looseObject({ resourceType: z.literal('Bundle'), type: z.literal('searchset') });
const outcome = z.looseObject({ resourceType: z.literal('OperationOutcome'), issue: z.array(z.unknown()) });
const errors = { 400: outcome, 401: outcome, 403: outcome, 404: outcome };

const searchParams = z.object({
  name: z.string().max(200).optional(),
  birthdate: z.string().max(20).optional(),
  identifier: z.string().max(300).optional(),
  _count: z.coerce.number({ message: '_count must be a whole number from 1 to 100.' }).optional(),
});

/** FHIR R4 Patient read and search for signed-in staff, under the chart's care-team rules and audit. */
export const fhirPatientRoutes: FastifyPluginAsyncZod = async (app) => {
  const caller = (req: Parameters<typeof auditActorOf>[0]): ChartCaller => {
    const a = req.actor!;
    return {
      db: app.database.db,
      audit: app.audit,
      session: { userId: a.userId, role: a.role, organizationId: a.organizationId },
      actor: auditActorOf(req),
    };
  };
  const readPatient = createAuditedPatientRead(app.database.db, app.audit, FHIR_PATIENT_COLUMNS);

  app.get(
    '/Patient/:id',
    {
      config: requires('patient:read'),
      schema: {
        tags: ['fhir'],
        summary: 'A patient as a FHIR R4 Patient (care relationship required; audited)',
        params: z.object({ id: z.uuid({ message: 'Patient ids are UUIDs.' }) }),
        response: { 200: patientResource, ...errors },
      },
    },
    async (req, reply) => {
      const resource = await readFhirPatient({ ...caller(req), readPatient, patientId: req.params.id });
      // The mapping is the allow-list (see above): plain JSON.stringify, without zod's copy of the
      // resource on the way out (a twentieth of the read's CPU, measured).
      return reply
        .type(FHIR_JSON)
        .header('cache-control', 'no-store')
        .serializer(JSON.stringify)
        .send({ ...resource, id: resource.id! });
    },
  );

  app.get(
    '/Patient',
    {
      config: requires('patient:read'),
      schema: {
        tags: ['fhir'],
        summary: 'Search patients by name, birthdate and identifier (MRN); only charts the caller may open',
        querystring: searchParams,
        response: { 200: bundle, ...errors },
      },
    },
    async (req, reply) => {
      const { patients, complete } = await searchFhirPatients({ ...caller(req), input: req.query });
      const origin = `${req.protocol}://${req.host}`;
      const result = patientSearchBundle(`${origin}/fhir/R4`, `${origin}${req.url}`, patients);
      if (!complete) delete result.total;
      return reply
        .type(FHIR_JSON)
        .header('cache-control', 'no-store')
        .send({ ...result, type: 'searchset' as const });
    },
  );
};
