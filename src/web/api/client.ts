import type { ErrorBody } from '../../shared/auth';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ApiFetchOptions {
  method?: Method;
  /** Sent as JSON; mutating requests always send a body (`{}` when none). */
  body?: unknown;
  signal?: AbortSignal;
}

/** A failed API call: the HTTP status (0 when the server was unreachable) and the error body. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  /** True when `message` came from the server's error body rather than a local fallback. */
  readonly fromServer: boolean;

  constructor(init: {
    status: number;
    code: string;
    message: string;
    fields?: Record<string, string>;
    fromServer?: boolean;
    cause?: unknown;
  }) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.fields = init.fields;
    this.fromServer = init.fromServer ?? false;
  }
}

function fallbackCode(status: number): string {
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 429) return 'RATE_LIMITED';
  return `HTTP_${status}`;
}

/** Checked by hand rather than with the zod schema so the public bundle stays free of zod. */
function isErrorBody(payload: unknown): payload is ErrorBody {
  const error = (payload as { error?: unknown } | undefined)?.error as Record<string, unknown> | undefined;
  if (typeof error !== 'object' || error === null) return false;
  const { code, message, fields } = error;
  const fieldsOk =
    fields === undefined ||
    (typeof fields === 'object' &&
      fields !== null &&
      Object.values(fields).every((v) => typeof v === 'string'));
  return typeof code === 'string' && typeof message === 'string' && fieldsOk;
}

function toApiError(status: number, payload: unknown): ApiError {
  if (isErrorBody(payload)) {
    const { code, message, fields } = payload.error;
    return new ApiError({ status, code, message, fields, fromServer: true });
  }
  // Other shapes, e.g. the rate limiter's `{ statusCode, error, message }`.
  const message = (payload as { message?: unknown } | undefined)?.message;
  return typeof message === 'string'
    ? new ApiError({ status, code: fallbackCode(status), message, fromServer: true })
    : new ApiError({ status, code: fallbackCode(status), message: `Request failed with status ${status}` });
}

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Calls the same-origin JSON API with the session cookie. Resolves with the parsed body
 * (`undefined` for 204) and throws `ApiError` for any non-2xx answer or network failure.
 */
export async function apiFetch(path: string, options: ApiFetchOptions = {}): Promise<unknown> {
  const { method = 'GET', body, signal } = options;
  const mutating = method !== 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  if (mutating) headers['content-type'] = 'application/json';

  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: mutating ? JSON.stringify(body ?? {}) : undefined,
      signal,
    });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError({ status: 0, code: 'NETWORK_ERROR', message: 'Network error', cause });
  }
  if (response.status === 204) return undefined;
  const payload = await readJson(response);
  if (!response.ok) throw toApiError(response.status, payload);
  return payload;
}
