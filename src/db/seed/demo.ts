import { eq } from 'drizzle-orm';
import { hashPassword } from '../../server/security/passwords.js';
import { ROLES, type Role } from '../../shared/roles.js';
import type { Db } from '../connect.js';
import { membership, organization, site, user } from '../schema/index.js';

export const DEMO_ORG_SLUG = 'demo';
export const demoEmail = (role: Role) => `${role}@demo.haven.test`;

const DEMO_NAMES: Record<Role, string> = {
  admin: 'Alex Admin',
  director: 'Dana Director',
  intake: 'Ivan Intake',
  counselor: 'Casey Counselor',
  prescriber: 'Priya Prescriber',
  nurse: 'Nora Nurse',
  patient: 'Pat Patient',
};

/**
 * Seeds one fictional organization with two sites and one login per role, once. Returns false when the
 * demo organization already exists. The addresses are fictional (555 numbers, no real clinic).
 */
export async function seedDemo(db: Db, opts: { password: string }): Promise<boolean> {
  const existing = await db.select().from(organization).where(eq(organization.slug, DEMO_ORG_SLUG));
  if (existing.length > 0) return false;
  const passwordHash = await hashPassword(opts.password);
  await db.transaction(async (tx) => {
    const [org] = await tx
      .insert(organization)
      .values({ name: 'Haven Demo Recovery Center', slug: DEMO_ORG_SLUG })
      .returning();
    await tx.insert(site).values([
      {
        organizationId: org!.id,
        name: 'Haven Demo — Downtown Clinic',
        addressLine: '100 Example Street',
        city: 'Springfield',
        state: 'IL',
        postalCode: '62701',
        latitude: 39.799,
        longitude: -89.644,
        phone: '(555) 010-0100',
        hours: 'Mon–Fri 7:00–19:00, Sat 8:00–12:00',
        website: 'https://demo.haven.example/downtown',
        services: ['intensive-outpatient', 'opioid-treatment-program', 'outpatient'],
        medications: ['buprenorphine', 'methadone', 'naltrexone'],
        payment: ['medicaid', 'medicare', 'private-insurance', 'sliding-scale'],
        languages: ['en', 'es'],
        ageGroups: ['adults', 'seniors', 'young-adults'],
        genders: ['female', 'male'],
        populations: ['co-occurring', 'pregnant-postpartum', 'veterans'],
        telehealth: true,
        sameDay: true,
        walkIn: true,
        lastVerified: '2026-01-15',
      },
      {
        organizationId: org!.id,
        name: 'Haven Demo — Riverside Outpatient',
        addressLine: '42 Sample Avenue',
        city: 'Springfield',
        state: 'IL',
        postalCode: '62702',
        latitude: 39.817,
        longitude: -89.625,
        phone: '(555) 010-0200',
        hours: 'Mon–Thu 9:00–20:00',
        website: 'https://demo.haven.example/riverside',
        services: ['detox', 'outpatient'],
        medications: ['buprenorphine', 'naltrexone'],
        payment: ['free', 'medicaid', 'self-pay'],
        languages: ['en'],
        ageGroups: ['adolescents', 'adults', 'young-adults'],
        genders: ['female', 'male'],
        populations: ['criminal-justice', 'lgbtq'],
        telehealth: false,
        sameDay: false,
        walkIn: true,
        lastVerified: '2026-01-15',
      },
    ]);
    for (const role of ROLES) {
      const [u] = await tx
        .insert(user)
        .values({ email: demoEmail(role), displayName: DEMO_NAMES[role], passwordHash, isDemo: true })
        .returning();
      await tx.insert(membership).values({ userId: u!.id, organizationId: org!.id, role });
    }
  });
  return true;
}
