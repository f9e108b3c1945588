import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestClinic, createTestUser, signIn } from '../../../../test/support/factories.js';
import { createTestApp, type TestApp, uniqueEmail } from '../../../../test/support/test-app.js';
import { auditEvent } from '../../../db/schema/index.js';

describe('admin manages staff users and roles', () => {
  let t: TestApp;
  let clinic: Awaited<ReturnType<typeof createTestClinic>>;
  let admin: string;
  beforeAll(async () => {
    t = await createTestApp();
    clinic = await createTestClinic(t.db, ['admin', 'nurse', 'director']);
    admin = (await signIn(t, clinic.users.admin.email)).cookie;
  });
  afterAll(() => t.app.close());

  it('creates a staff user who can then sign in with the given role', async () => {
    const email = uniqueEmail('new-counselor');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: { cookie: admin },
      payload: {
        email,
        displayName: 'Morgan Reyes',
        role: 'counselor',
        password: 'a long enough passphrase',
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email,
      displayName: 'Morgan Reyes',
      role: 'counselor',
      mfaEnabled: false,
    });
    const login = await signIn(t, email, 'a long enough passphrase');
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: login.cookie } });
    expect(me.json()).toMatchObject({ role: 'counselor', organization: { id: clinic.org.id } });

    const dup = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: { cookie: admin },
      payload: { email, displayName: 'Morgan Reyes', role: 'nurse', password: 'a long enough passphrase' },
    });
    expect(dup.statusCode).toBe(409);
  });

  it('refuses short passwords and unknown roles with field messages', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/users',
      headers: { cookie: admin },
      payload: { email: uniqueEmail(), displayName: 'X', role: 'superuser', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().error.fields).sort()).toEqual(['password', 'role']);
    expect(res.json().error.fields.password).toMatch(/at least 12/);
  });

  it('changes another user’s role, effective on their next request, and audits it', async () => {
    const nurse = clinic.users.nurse;
    const nurseCookie = (await signIn(t, nurse.email)).cookie;
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${nurse.id}/role`,
      headers: { cookie: admin },
      payload: { role: 'prescriber' },
    });
    expect(res.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: { cookie: nurseCookie } });
    expect(me.json().role).toBe('prescriber');
    const [event] = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.action, 'role.change'), eq(auditEvent.resourceId, nurse.id)));
    expect(event).toMatchObject({
      outcome: 'success',
      actorUserId: clinic.users.admin.id,
      details: { from: 'nurse', to: 'prescriber' },
    });
  });

  it('never lets anyone change their own role', async () => {
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${clinic.users.admin.id}/role`,
      headers: { cookie: admin },
      payload: { role: 'director' },
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toMatch(/your own role/);
    const director = (await signIn(t, clinic.users.director.email)).cookie;
    const self = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${clinic.users.director.id}/role`,
      headers: { cookie: director },
      payload: { role: 'admin' },
    });
    expect(self.statusCode).toBe(403);
    const denied = await t.db
      .select()
      .from(auditEvent)
      .where(and(eq(auditEvent.actorUserId, clinic.users.director.id), eq(auditEvent.outcome, 'denied')));
    expect(denied).toHaveLength(1);
  });

  it('lists staff only and never turns a patient login into staff', async () => {
    const patient = await createTestUser(t.db, { organizationId: clinic.org.id, role: 'patient' });
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: { cookie: admin },
    });
    expect(list.json().users.map((u: { id: string }) => u.id)).not.toContain(patient.id);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${patient.id}/role`,
      headers: { cookie: admin },
      payload: { role: 'admin' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PATIENT_ACCOUNT');
  });

  it('keeps organizations apart: an admin cannot touch another clinic’s user', async () => {
    const other = await createTestClinic(t.db, ['nurse']);
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${other.users.nurse.id}/role`,
      headers: { cookie: admin },
      payload: { role: 'admin' },
    });
    expect(res.statusCode).toBe(404);
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/users',
      headers: { cookie: admin },
    });
    const ids = list.json().users.map((u: { id: string }) => u.id);
    expect(ids).toContain(clinic.users.nurse.id);
    expect(ids).not.toContain(other.users.nurse.id);
  });
});
