import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError } from '../../domain/errors.js';
import { ApiError, STATUS_BY_CODE } from '../errors.js';

function send(
  reply: FastifyReply,
  status: number,
  code: string,
  message: string,
  fields?: Record<string, string>,
) {
  return reply.status(status).send({ error: { code, message, ...(fields ? { fields } : {}) } });
}

/** The one place that turns errors into `{ error: { code, message, fields? } }`. */
export const errorsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((err: FastifyError, req: FastifyRequest, reply: FastifyReply) => {
      if (hasZodFastifySchemaValidationErrors(err)) {
        const fields: Record<string, string> = {};
        for (const issue of err.validation) {
          const path: string =
            (issue.instancePath ?? '').replace(/^\//, '').replaceAll('/', '.') ||
            String(err.validationContext);
          fields[path] ??= issue.message ?? 'Invalid value.';
        }
        const first = Object.entries(fields)[0];
        const message = first ? `Check ${first[0]}: ${first[1]}` : 'The request is not valid.';
        return send(reply, 400, 'VALIDATION', message, fields);
      }
      if (err instanceof DomainError) {
        const code = err instanceof ApiError ? err.publicCode : err.code;
        return send(reply, STATUS_BY_CODE[err.code], code, err.message, err.fields);
      }
      const status = err.statusCode ?? 500;
      if (status === 429) {
        return send(reply, 429, 'RATE_LIMITED', 'Too many requests. Wait a minute and try again.');
      }
      if (status >= 400 && status < 500) {
        // Fastify's own client errors (bad JSON, wrong content type, body too large): safe, generic messages.
        const messages: Record<string, string> = {
          FST_ERR_CTP_INVALID_MEDIA_TYPE: 'Send the request body as JSON (content-type: application/json).',
          FST_ERR_CTP_BODY_TOO_LARGE: 'The request body is too large.',
          FST_ERR_CTP_EMPTY_JSON_BODY: 'The request body is empty; send a JSON object.',
          FST_ERR_CTP_INVALID_JSON_BODY: 'The request body is not valid JSON.',
        };
        const message =
          messages[err.code] ??
          (err.code?.startsWith('FST_ERR_CTP')
            ? 'The request body is not valid JSON.'
            : 'The request is not valid.');
        return send(reply, status, 'BAD_REQUEST', message);
      }
      req.log.error({ err }, 'unhandled error');
      return send(reply, 500, 'INTERNAL', 'Internal error. The problem was logged; try again later.');
    });
  },
  { name: 'haven-errors' },
);
