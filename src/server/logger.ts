import { type FastifyReply, type FastifyRequest, LogController } from 'fastify';
import type { Bindings, ChildLoggerOptions, Logger, LoggerOptions } from 'pino';

/**
 * Field names that may carry patient data or credentials. Whatever object a log line carries, these keys
 * are censored at any of the first three levels of nesting.
 */
export const REDACTED_KEYS = [
  'password',
  'newPassword',
  'token',
  'secret',
  'cookie',
  'authorization',
  'email',
  'phone',
  'name',
  'firstName',
  'lastName',
  'legalName',
  'preferredName',
  'displayName',
  'dateOfBirth',
  'birthDate',
  'address',
  'addressLine',
  'ssn',
  'mrn',
  'answers',
  'notes',
  'note',
  'body',
  'diagnosis',
];

function redactPaths(): string[] {
  const paths: string[] = [];
  for (const key of REDACTED_KEYS) {
    paths.push(key, `*.${key}`, `*.*.${key}`);
  }
  paths.push('req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]');
  return paths;
}

/** Where a request's child logger keeps its request id (see `requestChildLogger`). */
const REQUEST_ID = Symbol('haven.requestId');
const NO_BINDINGS = Object.freeze({});

type WithRequestId = { [REQUEST_ID]?: string };

/**
 * Fastify's `childLoggerFactory`: the logger every request gets as `req.log`. Pino runs a child's bindings
 * through redaction when the child is made, and with our `*.key` paths that is slow (5-30 microseconds on
 * these machines, the largest single cost of a cheap request: GET /api/v1/me went from 33-38 to 25-27
 * microseconds of CPU without it) although the only binding is the request id Fastify made.
 * So the child is made without bindings and keeps the id on itself; the `mixin` in `loggerOptions` adds it
 * to each line actually written, where redaction runs as before. Any other bindings take pino's own path.
 */
export function requestChildLogger(logger: Logger, bindings: Bindings, opts: ChildLoggerOptions): Logger {
  const keys = Object.keys(bindings);
  if (keys.length !== 1 || keys[0] !== 'reqId' || typeof bindings.reqId !== 'string') {
    return logger.child(bindings, opts);
  }
  // Without options pino takes its quicker path; Fastify passes `{}` when the route sets none.
  const child = logger.child(NO_BINDINGS, Object.keys(opts).length > 0 ? opts : undefined) as Logger &
    WithRequestId;
  child[REQUEST_ID] = bindings.reqId;
  return child;
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths(), censor: '[redacted]' },
    // The request id of `requestChildLogger`, on every line of a request (and of its own children).
    mixin: (_obj, _level, logger) => {
      const reqId = (logger as WithRequestId)[REQUEST_ID];
      return reqId === undefined ? {} : { reqId };
    },
    serializers: {
      // Query strings can carry search terms such as a patient's name: log the path only.
      req(req: { method: string; url: string; id: string }) {
        return { method: req.method, path: req.url.split('?')[0], id: req.id };
      },
    },
  };
}

/**
 * One line per finished request ("request completed": method, path without the query, status, time)
 * instead of Fastify's two ("incoming request" and "request completed"); error lines are Fastify's own.
 * Half the lines, so half the redaction work, at `info`.
 */
export class RequestLogController extends LogController {
  override incomingRequest() {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply) {
    if (error || this.isLogDisabled(request)) {
      super.requestCompleted(error, request, reply);
      return;
    }
    reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}
