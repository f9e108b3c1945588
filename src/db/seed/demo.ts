import { eq } from 'drizzle-orm';
import { hashPassword } from '../../server/security/passwords.js';
import { ROLES, type Role } from '../../shared/roles.js';
import type { Db } from '../connect.js';
import { careTeamMember, episode, membership, organization, patient, site, user } from '../schema/index.js';
import { seedDemoPatients } from './demo-patients.js';

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
    const demoUserIds: Partial<Record<Role, string>> = {};
    for (const role of ROLES) {
      const [u] = await tx
        .insert(user)
        .values({ email: demoEmail(role), displayName: DEMO_NAMES[role], passwordHash, isDemo: true })
        .returning();
      await tx.insert(membership).values({ userId: u!.id, organizationId: org!.id, role });
      demoUserIds[role] = u!.id;
    }
    // assessments e2e fixtures: one fictional admitted patient treated by the demo counselor and nurse.
    const [fixture] = await tx
      .insert(patient)
      .values({
        organizationId: org!.id,
        mrn: 'DEMO-A001',
        legalFirstName: 'Marisol',
        legalLastName: 'Quintero',
        dateOfBirth: '1988-09-14',
        status: 'active',
      })
      .returning();
    await tx
      .insert(episode)
      .values({ organizationId: org!.id, patientId: fixture!.id, admittedAt: new Date() });
    await tx.insert(careTeamMember).values([
      {
        organizationId: org!.id,
        patientId: fixture!.id,
        userId: demoUserIds.counselor!,
        careRole: 'primary-counselor',
      },
      { organizationId: org!.id, patientId: fixture!.id, userId: demoUserIds.nurse!, careRole: 'nurse' },
    ]);
    // --- demo caseload and admissions queue (issue "Demo data"; all fictional): demo-patients.ts ---
    // Sites in name order: Downtown Clinic, then Riverside Outpatient.
    const sites = await tx
      .select({ id: site.id })
      .from(site)
      .where(eq(site.organizationId, org!.id))
      .orderBy(site.name);
    await seedDemoPatients(tx, {
      organizationId: org!.id,
      siteIds: sites.map((x) => x.id),
      users: demoUserIds,
    });
    // --- end demo caseload ---
  });
  return true;
}
