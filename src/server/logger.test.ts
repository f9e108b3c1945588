import { Writable } from 'node:stream';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loggerOptions } from './logger.js';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: pino(loggerOptions('info'), stream), lines };
}

describe('log redaction', () => {
  it('censors patient data and credentials wherever they appear', () => {
    const { logger, lines } = capture();
    logger.info(
      {
        email: 'maria.lopez@example.org',
        body: { password: 'correct horse battery', dateOfBirth: '1990-04-01' },
        patient: { name: 'Maria Lopez', mrn: 'MRN-991' },
        deep: { patient: { phone: '555-0100' } },
        count: 3,
      },
      'request handled',
    );
    const out = lines.join('');
    for (const secret of [
      'maria.lopez',
      'correct horse',
      '1990-04-01',
      'Maria Lopez',
      'MRN-991',
      '555-0100',
    ]) {
      expect(out).not.toContain(secret);
    }
    const parsed = JSON.parse(lines[0]!);
    expect(parsed.count).toBe(3);
    expect(parsed.patient.name).toBe('[redacted]');
  });

  it('logs the request path without its query string', () => {
    const { logger, lines } = capture();
    logger.info({ req: { method: 'GET', url: '/api/v1/patients?name=Lopez', id: 'r1' } });
    expect(lines.join('')).not.toContain('Lopez');
    expect(JSON.parse(lines[0]!).req.path).toBe('/api/v1/patients');
  });
});
