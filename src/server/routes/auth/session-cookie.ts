import type { FastifyInstance, FastifyReply } from 'fastify';
import { SESSION_COOKIE } from '../../plugins/session.js';

export function setSessionCookie(app: FastifyInstance, reply: FastifyReply, token: string) {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: app.config.cookieSecure,
    // No maxAge: a browser-session cookie; the server enforces idle and absolute expiry.
  });
}

export function clearSessionCookie(app: FastifyInstance, reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'strict',
    secure: app.config.cookieSecure,
  });
}
