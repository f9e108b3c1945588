import { DomainError, type DomainErrorCode } from '../domain/errors.js';

export const STATUS_BY_CODE: Record<DomainErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LOCKED: 423,
  RATE_LIMITED: 429,
};

/**
 * A DomainError with a more specific code for API clients (e.g. `INVALID_CREDENTIALS` within
 * `UNAUTHENTICATED`): the category picks the status, the public code tells the client what happened.
 */
export class ApiError extends DomainError {
  constructor(
    code: DomainErrorCode,
    public readonly publicCode: string,
    message: string,
    fields?: Record<string, string>,
  ) {
    super(code, message, fields);
  }
}
