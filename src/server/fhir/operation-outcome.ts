import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { STATUS_BY_CODE } from '../errors.js';

export const FHIR_JSON = 'application/fhir+json; charset=utf-8';

/** IssueType codes (hl7.org/fhir/R4/valueset-issue-type.html) for the statuses FHIR routes send. */
const ISSUE_BY_STATUS: Record<number, OperationOutcomeIssue['code']> = {
  400: 'invalid',
  401: 'login',
  403: 'forbidden',
  404: 'not-found',
  429: 'throttled',
};

export function operationOutcome(status: number, diagnostics: string): OperationOutcome {
  return {
    resourceType: 'OperationOutcome',
    issue: [{ severity: 'error', code: ISSUE_BY_STATUS[status] ?? 'exception', diagnostics }],
  };
}

/**
 * The FHIR counterpart of the errors plugin: FHIR clients expect an OperationOutcome, not Haven's JSON error
 * shape. Same rules: domain messages are safe to show, a 5xx says only "Internal error" and is logged.
 */
export function fhirErrorHandler(err: FastifyError, req: FastifyRequest, reply: FastifyReply) {
  let status = err instanceof DomainError ? STATUS_BY_CODE[err.code] : (err.statusCode ?? 500);
  let message = err instanceof DomainError ? err.message : 'The request is not valid.';
  if (status === 429) message = 'Too many requests. Wait a minute and try again.';
  if (status >= 500) {
    req.log.error({ err }, 'unhandled error');
    status = 500;
    message = 'Internal error. The problem was logged; try again later.';
  }
  return reply.status(status).type(FHIR_JSON).send(operationOutcome(status, message));
}
