import type { LoggerOptions } from 'pino';

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

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: { paths: redactPaths(), censor: '[redacted]' },
    serializers: {
      // Query strings can carry search terms such as a patient's name: log the path only.
      req(req: { method: string; url: string; id: string }) {
        return { method: req.method, path: req.url.split('?')[0], id: req.id };
      },
    },
  };
}
