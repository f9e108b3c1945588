import { eq } from 'drizzle-orm';
import { authenticator } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestUser, signIn } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { auditEvent, user } from '../../../db/schema/index.js';

const cookieOf = (res: { cookies: { name: string; value: string }[] }) => {
  const c = res.cookies.find((x) => x.name === 'haven_session');
  return c ? `haven_session=${c.value}` : '';
};

describe('TOTP second factor (HAVEN_REQUIRE_MFA on)', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  beforeAll(async () => {
    t = await createTestApp({ config: { requireMfa: true } });
    clinic = await createTestClinic(t.db, ['counselor', 'patient']);
  });
  afterAll(() => t.app.close());

  it('walks a new staff member through enrolment, then asks for a code at every sign-in', async () => {
    const counselor = clinic.users.counselor;
    // First sign-in: password accepted, but nothing is reachable until MFA is set up.
    const first = await signIn(t, counselor.email);
    expect(first.status).toBe('mfa_enrollment_required');
    const blocked = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: { cookie: first.cookie },
    });
    expect(blocked.statusCode).toBe(401);
    expect(blocked.json().error.code).toBe('MFA_REQUIRED');

    const enroll = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enroll',
      headers: { cookie: first.cookie },
      payload: {},
    });
    expect(enroll.statusCode).toBe(200);
    const { secret, otpauthUrl, qrDataUrl } = enroll.json();
    expect(otpauthUrl).toContain('otpauth://totp/Haven:');
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);

    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: { cookie: first.cookie },
      payload: { code: '000000' === authenticator.generate(secret) ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error.code).toBe('INVALID_CODE');

    const ok = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: { cookie: first.cookie },
      payload: { code: authenticator.generate(secret) },
    });
    expect(ok.statusCode).toBe(200);
    const recoveryCodes: string[] = ok.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    // The session is rotated when sign-in completes: the pre-MFA token is dead.
    const rotated = cookieOf(ok);
    expect(rotated).not.toBe(first.cookie);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: first.cookie } }))
        .statusCode,
    ).toBe(401);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: rotated } });
    expect(me.json()).toMatchObject({ role: 'counselor', mfaEnabled: true });

    // The secret is stored encrypted, never in clear.
    const [row] = await t.db.select().from(user).where(eq(user.id, counselor.id));
    expect(row!.mfaSecretEncrypted).not.toContain(secret);

    // Next sign-in asks for a code; a half-signed-in session cannot replace the factor.
    const second = await signIn(t, counselor.email);
    expect(second.status).toBe('mfa_required');
    const reenroll = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enroll',
      headers: { cookie: second.cookie },
      payload: {},
    });
    expect(reenroll.statusCode).toBe(409);

    // A recovery code works once.
    const recovery = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: { cookie: second.cookie },
      payload: { code: recoveryCodes[0] },
    });
    expect(recovery.statusCode).toBe(200);
    const third = await signIn(t, counselor.email);
    const reused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/verify',
      headers: { cookie: third.cookie },
      payload: { code: recoveryCodes[0] },
    });
    expect(reused.statusCode).toBe(401);

    const actions = (
      await t.db.select().from(auditEvent).where(eq(auditEvent.actorUserId, counselor.id))
    ).map((e) => `${e.action}:${e.outcome}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'mfa.enroll:success',
        'mfa.verify:failure',
        'mfa.enable:success',
        'mfa.verify:success',
      ]),
    );
  });

  it('locks the account and ends the half-open session after 5 wrong codes', async () => {
    const nurse = await createTestUser(t.db, { organizationId: clinic.org.id, role: 'nurse' });
    const first = await signIn(t, nurse.email);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/mfa/enroll',
      headers: { cookie: first.cookie },
      payload: {},
    });
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/mfa/verify',
        headers: { cookie: first.cookie },
        payload: { code: 'abcdef' },
      });
      codes.push(res.statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 423]);
    expect((await signIn(t, nurse.email)).res.statusCode).toBe(423);
  });

  it('does not ask patients or demo users for a second factor', async () => {
    expect((await signIn(t, clinic.users.patient.email)).status).toBe('ok');
    const demoNurse = await createTestUser(t.db, {
      organizationId: clinic.org.id,
      role: 'nurse',
      isDemo: true,
    });
    expect((await signIn(t, demoNurse.email)).status).toBe('ok');
  });
});
