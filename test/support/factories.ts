import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connect.js';
import { membership, organization, user } from '../../src/db/schema/index.js';
import { hashPassword } from '../../src/server/security/passwords.js';
import type { Role } from '../../src/shared/roles.js';
import type { TestApp } from './test-app.js';

export const TEST_PASSWORD = 'correct-horse-battery-staple';

export async function createTestOrganization(db: Db, name = 'Test Clinic') {
  const [org] = await db
    .insert(organization)
    .values({ name, slug: `test-${randomUUID()}` })
    .returning();
  return org!;
}

/** A user with one role in an organization; `password` defaults to TEST_PASSWORD. */
export async function createTestUser(
  db: Db,
  opts: { organizationId: string; role: Role; password?: string; isDemo?: boolean; displayName?: string },
) {
  const email = `${opts.role}-${randomUUID()}@clinic.test`;
  const [u] = await db
    .insert(user)
    .values({
      email,
      displayName: opts.displayName ?? `Test ${opts.role}`,
      passwordHash: await hashPassword(opts.password ?? TEST_PASSWORD),
      isDemo: opts.isDemo ?? false,
    })
    .returning();
  await db.insert(membership).values({ userId: u!.id, organizationId: opts.organizationId, role: opts.role });
  return { ...u!, password: opts.password ?? TEST_PASSWORD, role: opts.role };
}

/** An organization with one user per requested role. */
export async function createTestClinic(db: Db, roles: Role[]) {
  const org = await createTestOrganization(db);
  const users = {} as Record<Role, Awaited<ReturnType<typeof createTestUser>>>;
  for (const role of roles) users[role] = await createTestUser(db, { organizationId: org.id, role });
  return { org, users };
}

/** Signs in through the API and returns the session cookie header value. */
export async function signIn(t: TestApp, email: string, password = TEST_PASSWORD) {
  const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { email, password } });
  const cookie = res.cookies.find((c) => c.name === 'haven_session');
  return { res, cookie: cookie ? `haven_session=${cookie.value}` : '', status: res.json().status as string };
}
