import { randomUUID } from 'node:crypto';
import type { Db } from '../../src/db/connect.js';
import {
  careTeamMember,
  episode,
  membership,
  organization,
  patient,
  user,
} from '../../src/db/schema/index.js';
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

let mrnCounter = 0;

/**
 * A patient of an organization with an open episode; `careTeam` users are added to the care team.
 * Names are fictional and unique per call.
 */
export async function createTestPatient(
  db: Db,
  opts: {
    organizationId: string;
    careTeam?: { userId: string; careRole?: string }[];
    status?: 'pre-admission' | 'active' | 'discharged';
    firstName?: string;
    lastName?: string;
    dateOfBirth?: string;
  },
) {
  mrnCounter += 1;
  const [p] = await db
    .insert(patient)
    .values({
      organizationId: opts.organizationId,
      mrn: `T${Date.now().toString(36)}${mrnCounter}`.toUpperCase(),
      legalFirstName: opts.firstName ?? 'Robin',
      legalLastName: opts.lastName ?? `Testpatient-${randomUUID().slice(0, 8)}`,
      dateOfBirth: opts.dateOfBirth ?? '1990-04-01',
      status: opts.status ?? 'active',
    })
    .returning();
  if ((opts.status ?? 'active') !== 'pre-admission') {
    await db
      .insert(episode)
      .values({ organizationId: opts.organizationId, patientId: p!.id, admittedAt: new Date() });
  }
  for (const member of opts.careTeam ?? []) {
    await db.insert(careTeamMember).values({
      organizationId: opts.organizationId,
      patientId: p!.id,
      userId: member.userId,
      careRole: member.careRole ?? 'primary-counselor',
    });
  }
  return p!;
}
