import { Writable } from 'node:stream';
import Fastify, { type FastifyServerOptions } from 'fastify';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/support/test-app.js';
import { loggerOptions, RequestLogController, requestChildLogger } from './logger.js';

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

describe('request logging', () => {
  async function appWithLogs() {
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const app = Fastify({
      logger: { ...loggerOptions('info'), stream },
      childLoggerFactory: requestChildLogger as unknown as FastifyServerOptions['childLoggerFactory'],
      logController: new RequestLogController(),
    });
    app.get('/patients/:id', async (req) => {
      req.log.info({ patient: { name: 'Maria Lopez', dateOfBirth: '1990-04-01' } }, 'chart read');
      req.log.child({ patientId: 'p-1' }).warn({ email: 'maria.lopez@example.org' }, 'consent missing');
      return { ok: true };
    });
    await app.ready();
    return { app, lines: () => lines.map((l) => JSON.parse(l)) };
  }

  it('tags every line of a request with its id and still redacts patient data', async () => {
    const { app, lines } = await appWithLogs();
    const res = await app.inject({ method: 'GET', url: '/patients/p-1?name=Lopez' });
    expect(res.statusCode).toBe(200);
    const logged = lines();
    expect(logged.map((l) => l.msg)).toEqual(['chart read', 'consent missing', 'request completed']);
    const reqId = logged[0].reqId;
    expect(reqId).toMatch(/^req-/);
    expect(logged.every((l) => l.reqId === reqId)).toBe(true);
    expect(logged[0].patient).toEqual({ name: '[redacted]', dateOfBirth: '[redacted]' });
    expect(logged[1]).toMatchObject({ patientId: 'p-1', email: '[redacted]' });
    // One line per request, with the path but never the query string.
    expect(logged[2]).toMatchObject({
      req: { method: 'GET', path: '/patients/p-1' },
      res: { statusCode: 200 },
    });
    expect(logged[2].responseTime).toBeTypeOf('number');
    const text = JSON.stringify(logged);
    for (const secret of ['Maria Lopez', '1990-04-01', 'maria.lopez', 'name=Lopez']) {
      expect(text).not.toContain(secret);
    }
    // Another request gets another id.
    await app.inject({ method: 'GET', url: '/patients/p-1' });
    expect(lines().at(-1).reqId).not.toBe(reqId);
    await app.close();
  });

  it('is how the app logs requests', async () => {
    const t = await createTestApp();
    await t.app.inject({ method: 'GET', url: '/healthz', headers: { cookie: 'haven_session=secret-token' } });
    const logged = t.logs.map((l) => JSON.parse(l));
    const done = logged.filter((l) => l.msg === 'request completed');
    expect(done).toHaveLength(1);
    expect(done[0]).toMatchObject({ req: { method: 'GET', path: '/healthz' }, res: { statusCode: 200 } });
    expect(done[0].reqId).toMatch(/^[0-9a-f-]{36}$/);
    expect(logged.some((l) => l.msg === 'incoming request')).toBe(false);
    expect(t.logs.join('')).not.toContain('secret-token');
    await t.app.close();
  });
});
