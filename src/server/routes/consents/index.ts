import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { errorBody } from '../../../shared/auth.js';
import {
  accountingQuery,
  consentList,
  consentView,
  courtOrderList,
  courtOrderView,
  createConsentRequest,
  createCourtOrderRequest,
  discloseRequest,
  discloseResponse,
  disclosureList,
  disclosureRefusedBody,
  revokeConsentRequest,
} from '../../../shared/consents.js';
import { requires } from '../../access.js';
import { auditActorOf } from '../../audit/audit-writer.js';
import type { ChartCaller } from '../../services/consents/consent-records.js';
import { listConsents } from '../../services/consents/list-consents.js';
import { listCourtOrders } from '../../services/consents/list-court-orders.js';
import { readScan, type ScannedDocument } from '../../services/consents/read-scan.js';
import { recordConsent } from '../../services/consents/record-consent.js';
import { recordCourtOrder } from '../../services/consents/record-court-order.js';
import { revokeConsent } from '../../services/consents/revoke-consent.js';
import { DisclosureRefusedError, discloseRecords } from '../../services/disclosures/disclose-records.js';
import { disclosurePdf } from '../../services/disclosures/disclosure-pdf.js';
import { listDisclosures } from '../../services/disclosures/list-disclosures.js';
import { listOwnDisclosures } from '../../services/disclosures/list-own-disclosures.js';

const errors = { 400: errorBody, 401: errorBody, 403: errorBody, 404: errorBody, 409: errorBody };
const patientParams = z.object({ id: z.uuid({ message: 'Not a valid patient id.' }) });

/**
 * 42 CFR Part 2 consents and disclosures of one patient (REFERENCE.md 7.1). Every route reads or writes the
 * chart through withChartAccess (care relationship + audit row).
 */
export const consentRoutes: FastifyPluginAsyncZod = async (app) => {
  const caller = (req: FastifyRequest): ChartCaller => {
    const a = req.actor!;
    return {
      deps: { db: app.database.db, audit: app.audit },
      session: { userId: a.userId, role: a.role, organizationId: a.organizationId },
      actor: auditActorOf(req),
    };
  };

  app.get(
    '/patients/:id/consents',
    {
      config: requires('consent:read'),
      schema: {
        tags: ['consents'],
        summary: 'A patient’s consents with their status (active, expired, revoked)',
        params: patientParams,
        response: { 200: consentList, ...errors },
      },
    },
    async (req) => ({ consents: await listConsents({ ...caller(req), patientId: req.params.id }) }),
  );

  app.post(
    '/patients/:id/consents',
    {
      config: requires('consent:write'),
      // A paper consent's scan may be up to 2 MB, i.e. about 2.8 MB as base64.
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: ['consents'],
        summary: 'Record a signed consent (e-signature on this device, or a paper consent with its scan)',
        params: patientParams,
        body: createConsentRequest,
        response: { 201: consentView, ...errors },
      },
    },
    async (req, reply) => {
      const created = await recordConsent({ ...caller(req), patientId: req.params.id, input: req.body });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/patients/:id/consents/:consentId/revoke',
    {
      config: requires('consent:write'),
      schema: {
        tags: ['consents'],
        summary: 'Record the patient’s written revocation (effective from now on)',
        params: patientParams.extend({ consentId: z.uuid({ message: 'Not a valid consent id.' }) }),
        body: revokeConsentRequest,
        response: { 200: consentView, ...errors },
      },
    },
    async (req) =>
      revokeConsent({
        ...caller(req),
        patientId: req.params.id,
        consentId: req.params.consentId,
        statement: req.body.statement,
      }),
  );

  app.get(
    '/patients/:id/court-orders',
    {
      config: requires('consent:read'),
      schema: {
        tags: ['consents'],
        summary: 'A patient’s recorded court orders (42 CFR part 2 subpart E) with their status',
        params: patientParams,
        response: { 200: courtOrderList, ...errors },
      },
    },
    async (req) => ({ courtOrders: await listCourtOrders({ ...caller(req), patientId: req.params.id }) }),
  );

  app.post(
    '/patients/:id/court-orders',
    {
      config: requires('consent:write'),
      // Like a paper consent, the order's scan may be up to 2 MB (about 2.8 MB as base64).
      bodyLimit: 4 * 1024 * 1024,
      schema: {
        tags: ['consents'],
        summary: 'Record a court order authorizing disclosure (42 CFR 2.64-2.66): court, case, scope, expiry',
        params: patientParams,
        body: createCourtOrderRequest,
        response: { 201: courtOrderView, ...errors },
      },
    },
    async (req, reply) => {
      const created = await recordCourtOrder({ ...caller(req), patientId: req.params.id, input: req.body });
      return reply.status(201).send(created);
    },
  );

  app.post(
    '/patients/:id/disclosures',
    {
      config: requires('disclosure:create'),
      schema: {
        tags: ['disclosures'],
        summary:
          'Release records under a consent (or a recorded court order); refused with reasons otherwise',
        params: patientParams,
        body: discloseRequest,
        response: { 201: discloseResponse, ...errors, 403: disclosureRefusedBody },
      },
    },
    async (req, reply) => {
      try {
        const released = await discloseRecords({ ...caller(req), patientId: req.params.id, input: req.body });
        return reply.status(201).send(released);
      } catch (err) {
        if (!(err instanceof DisclosureRefusedError)) throw err;
        return reply
          .status(403)
          .send({ error: { code: err.publicCode, message: err.message, reasons: err.reasons } });
      }
    },
  );

  app.get(
    '/patients/:id/disclosures',
    {
      config: requires('disclosure:read'),
      schema: {
        tags: ['disclosures'],
        summary: 'Accounting of disclosures (42 CFR 2.25): the prior `years` (default 3), newest first',
        params: patientParams,
        querystring: accountingQuery,
        response: { 200: disclosureList, ...errors },
      },
    },
    async (req) => listDisclosures({ ...caller(req), patientId: req.params.id, years: req.query.years }),
  );

  app.get(
    '/me/disclosures',
    {
      config: requires('own-record:read'),
      schema: {
        tags: ['disclosures'],
        summary: 'The signed-in patient’s own accounting of disclosures (prior `years`, default 3)',
        querystring: accountingQuery,
        response: { 200: disclosureList, ...errors },
      },
    },
    async (req) => {
      const a = req.actor!;
      return listOwnDisclosures({
        deps: { db: app.database.db, audit: app.audit },
        actor: { ...auditActorOf(req), userId: a.userId, organizationId: a.organizationId },
        years: req.query.years,
      });
    },
  );

  // The scan of a paper consent or court order, as the file it was recorded from.
  for (const [document, path] of [
    ['consent', 'consents'],
    ['court-order', 'court-orders'],
  ] as [ScannedDocument, string][]) {
    app.get(
      `/patients/:id/${path}/:documentId/scan`,
      {
        config: requires('consent:read'),
        schema: {
          tags: ['consents'],
          summary: `The scan (PDF, PNG or JPEG) of a ${document === 'consent' ? 'paper consent' : 'court order'}`,
          params: patientParams.extend({ documentId: z.uuid({ message: `Not a valid ${document} id.` }) }),
          response: errors,
        },
      },
      async (req, reply) => {
        const scan = await readScan({
          ...caller(req),
          patientId: req.params.id,
          document,
          documentId: req.params.documentId,
        });
        return (
          reply
            .header('content-type', scan.mediaType)
            .header('content-disposition', `inline; filename="${scan.fileName}"`)
            .header('cache-control', 'no-store')
            // A Buffer bypasses the JSON serializer; the response schemas describe only the error bodies.
            .send(scan.bytes as never)
        );
      },
    );
  }

  app.get(
    '/patients/:id/disclosures/:disclosureId/pdf',
    {
      config: requires('disclosure:read'),
      schema: {
        tags: ['disclosures'],
        summary: 'The released document (PDF) of a recorded disclosure',
        params: patientParams.extend({ disclosureId: z.uuid({ message: 'Not a valid disclosure id.' }) }),
        response: errors,
      },
    },
    async (req, reply) => {
      const pdf = await disclosurePdf({
        ...caller(req),
        patientId: req.params.id,
        disclosureId: req.params.disclosureId,
      });
      return (
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `inline; filename="release-${req.params.disclosureId}.pdf"`)
          .header('cache-control', 'no-store')
          // A Buffer bypasses the JSON serializer; the response schemas describe only the error bodies.
          .send(pdf as never)
      );
    },
  );
};
