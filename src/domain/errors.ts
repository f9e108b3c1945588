/**
 * Typed errors thrown inside the domain. One mapper at the edge (server error plugin) turns each code into an
 * HTTP status and the JSON error shape (STYLE.md habit 4; Documenso's AppError, Medplum's OperationOutcome).
 */
export type DomainErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'CONFLICT'
  | 'LOCKED'
  | 'RATE_LIMITED';

export class DomainError extends Error {
  override readonly name = 'DomainError';

  /**
   * @param code what went wrong, for the edge mapper.
   * @param message safe to show to the caller; never internal detail or patient data beyond what they sent.
   * @param fields per-field messages (e.g. `{ q9: 'An answer is required.' }`) for forms.
   * @param options `cause` keeps the underlying error (Kysely/Drizzle habit).
   */
  constructor(
    public readonly code: DomainErrorCode,
    message: string,
    public readonly fields?: Record<string, string>,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export function isDomainError(error: unknown, code?: DomainErrorCode): error is DomainError {
  return error instanceof DomainError && (code === undefined || error.code === code);
}
