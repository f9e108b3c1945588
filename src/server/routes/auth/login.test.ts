import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestClinic, signIn, TEST_PASSWORD } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, user } from '../../../db/schema/index.js';

describe('staff and patient sign-in', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['nurse', 'patient', 'counselor', 'prescriber']);
  });
  afterAll(() => t.app.close());

  it('signs in, shows who I am, and logout really ends the session', async () => {
    const nurse = clinic.users.nurse;
    const { res, cookie, status } = await signIn(t, nurse.email.toUpperCase());
    expect(res.statusCode).toBe(200);
    expect(status).toBe('ok');
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      email: nurse.email,
      role: 'nurse',
      displayName: 'Test nurse',
      organization: { id: clinic.org.id, name: 'Test Clinic' },
      mfaEnabled: false,
    });

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie },
      payload: {},
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');

    const events = await t.db.select().from(auditEvent).where(eq(auditEvent.actorUserId, nurse.id));
    expect(events.map((e) => `${e.action}:${e.outcome}`)).toEqual([
      'auth.login:success',
      'auth.logout:success',
    ]);
    expect(events[0]).toMatchObject({
      actorRole: 'nurse',
      organizationId: clinic.org.id,
      clientAddress: '127.0.0.1',
    });
  });

  it('refuses a wrong password with a clear message and audits it', async () => {
    const { res } = await signIn(t, clinic.users.counselor.email, 'not-the-right-password');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({
      error: { code: 'INVALID_CREDENTIALS', message: 'Email or password is incorrect.' },
    });
    const events = await t.db
      .select()
      .from(auditEvent)
      .where(eq(auditEvent.actorUserId, clinic.users.counselor.id));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      action: 'auth.login',
      outcome: 'failure',
      details: { reason: 'wrong-password' },
    });
  });

  it('answers an unknown email exactly like a wrong password', async () => {
    const { res } = await signIn(t, 'nobody-here@clinic.test', TEST_PASSWORD);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.message).toBe('Email or password is incorrect.');
  });

  it('locks the account after 5 failed attempts in 15 minutes, even for the right password', async () => {
    const prescriber = clinic.users.prescriber;
    const codes: number[] = [];
    for (let i = 0; i < 5; i++)
      codes.push((await signIn(t, prescriber.email, 'wrong-password-attempt')).res.statusCode);
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    const locked = await signIn(t, prescriber.email, TEST_PASSWORD);
    expect(locked.res.statusCode).toBe(423);
    expect(locked.res.json().error.code).toBe('ACCOUNT_LOCKED');
    expect(locked.res.json().error.message).toMatch(/Try again in 15 minutes/);
    expect(locked.cookie).toBe('');

    // Once the lock has passed, the right password works again and resets the counter.
    await t.db
      .update(user)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(user.id, prescriber.id));
    expect((await signIn(t, prescriber.email)).status).toBe('ok');
    const [row] = await t.db.select().from(user).where(eq(user.id, prescriber.id));
    expect(row!.failedLoginCount).toBe(0);
  });

  it('rejects malformed input with field messages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'not-an-email', password: '' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'VALIDATION',
      fields: { email: 'Enter a valid email address.', password: 'Enter your password.' },
    });
  });

  it('ends a session that has been idle too long', async () => {
    const { cookie } = await signIn(t, clinic.users.patient.email);
    const me = () => t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } });
    expect((await me()).statusCode).toBe(200);
    // Patients get 30 idle minutes; 31 minutes later the session is over.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(Date.now() + 31 * 60_000);
      expect((await me()).statusCode).toBe(401);
    } finally {
      vi.useRealTimers();
    }
  });

  it('gives staff a 15-minute idle window and patients a longer one', async () => {
    const staff = await signIn(t, clinic.users.nurse.email);
    const patient = await signIn(t, clinic.users.patient.email);
    const expiry = async (cookie: string) =>
      new Date(
        (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie } })).json()
          .sessionExpiresAt,
      );
    const minutesLeft = (d: Date) => Math.round((d.getTime() - Date.now()) / 60_000);
    expect(minutesLeft(await expiry(staff.cookie))).toBe(15);
    expect(minutesLeft(await expiry(patient.cookie))).toBe(30);
  });
});

describe('login rate limit', () => {
  it('answers 429 after the configured number of attempts per minute', async () => {
    const t = await createTestApp({ config: { loginRatePerMinute: 3 } });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 4; i++)
        codes.push((await signIn(t, 'x@clinic.test', 'whatever-password')).res.statusCode);
      expect(codes).toEqual([401, 401, 401, 429]);
      const last = await signIn(t, 'x@clinic.test', 'whatever-password');
      expect(last.res.json().error.code).toBe('RATE_LIMITED');
    } finally {
      await t.app.close();
    }
  });
});
