import type { Role } from '../../shared/roles.js';
import type { Tx } from '../connect.js';
import type { Allergy, Insurance, MedicationAsEntered } from '../schema/index.js';
import {
  careTeamMember,
  episode,
  inquiry,
  inquiryEvent,
  levelOfCareChange,
  patient,
  patientProblem,
} from '../schema/index.js';

/*
 * The demo program's caseload (issue "Demo data"). EVERY PERSON HERE IS FICTIONAL: names are invented
 * combinations, phone numbers are in the 555-01xx range reserved for fiction, emails use example.org and
 * addresses are made-up streets. Diagnoses use the ICD-10-CM OUD codes of REFERENCE.md section 8.
 *
 * Stages: pre-admission (converted inquiries waiting for their intake assessment), active (OTP, IOP,
 * outpatient, withdrawal management, at both demo sites), discharged (with reasons). The demo counselor
 * is on the care team of some active patients and not of others (tests and e2e rely on both).
 */

type Stage = 'pre-admission' | 'active' | 'discharged';
/** c = demo counselor, p = demo prescriber, n = demo nurse. */
type Team = string;
type Moud = 'methadone' | 'bup' | 'xr-ntx' | null;

interface DemoPatient {
  first: string;
  last: string;
  preferred?: string;
  pronouns?: string;
  dob: string;
  lang?: 'en' | 'es';
  stage: Stage;
  /** 0 = Downtown Clinic (OTP, IOP, outpatient), 1 = Riverside Outpatient (outpatient, withdrawal management). */
  site?: 0 | 1;
  level?: string;
  team?: Team;
  moud?: Moud;
  /** Days since admission (active, discharged) or since the inquiry (pre-admission). */
  days: number;
  dischargedDaysAgo?: number;
  dischargeReason?: string;
  icd?: 'F11.20' | 'F11.21' | 'F11.23';
  insurance?: Insurance['kind'];
  allergies?: Allergy[];
  /** A step from a more intensive level this many days after admission. */
  stepDownFrom?: { level: string; afterDays: number };
}

// biome-ignore format: one patient per line reads as a caseload
const P: DemoPatient[] = [
  // Pre-admission: converted inquiries with an intake assessment scheduled.
  {
    first: 'Keisha',
    last: 'Marlowe',
    dob: '1991-03-12',
    stage: 'pre-admission',
    days: 1,
    insurance: 'medicaid',
  },
  { first: 'Diego', last: 'Fuentes-Arriaga', dob: '1986-07-30', lang: 'es', stage: 'pre-admission', days: 2 },
  {
    first: 'Tomasz',
    last: 'Wierzbicki',
    preferred: 'Tom',
    dob: '1979-11-02',
    stage: 'pre-admission',
    days: 3,
  },
  {
    first: 'Brianna',
    last: 'Caldwell',
    preferred: 'Bree',
    pronouns: 'she/her',
    dob: '1999-05-19',
    stage: 'pre-admission',
    days: 1,
  },
  { first: 'Minh', last: 'Tran', dob: '1983-01-25', stage: 'pre-admission', days: 4, insurance: 'private' },
  {
    first: 'Latoya',
    last: 'Prescott',
    dob: '1975-09-08',
    stage: 'pre-admission',
    days: 2,
    insurance: 'medicaid',
  },
  {
    first: 'Ezekiel',
    last: 'Whitford',
    preferred: 'Zeke',
    dob: '2001-12-14',
    stage: 'pre-admission',
    days: 0,
  },
  {
    first: 'Rosa Elena',
    last: 'Castañeda',
    dob: '1968-04-22',
    lang: 'es',
    stage: 'pre-admission',
    days: 5,
    insurance: 'medicare',
  },
  // Active.
  {
    first: 'Marcus',
    last: 'Delacroix',
    dob: '1981-06-03',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'cpn',
    moud: 'methadone',
    days: 412,
    icd: 'F11.20',
    insurance: 'medicaid',
    allergies: [{ substance: 'Penicillin', reaction: 'Hives' }],
  },
  {
    first: 'Jennifer',
    last: 'Albright',
    preferred: 'Jen',
    dob: '1990-02-17',
    stage: 'active',
    site: 0,
    level: '2.1',
    team: 'cp',
    moud: 'bup',
    days: 21,
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Luis',
    last: 'Ortega Villanueva',
    dob: '1972-10-09',
    lang: 'es',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'pn',
    moud: 'methadone',
    days: 233,
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Samantha',
    last: 'Greer',
    dob: '1994-08-28',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'cp',
    moud: 'bup',
    days: 96,
    icd: 'F11.20',
    insurance: 'medicaid',
    stepDownFrom: { level: '2.1', afterDays: 42 },
  },
  {
    first: 'Darnell',
    last: 'Whitaker',
    dob: '1985-12-01',
    stage: 'active',
    site: 0,
    level: '2.1',
    team: 'pn',
    moud: 'bup',
    days: 14,
    icd: 'F11.23',
    insurance: 'medicaid',
  },
  {
    first: 'Amina',
    last: 'Yusuf',
    pronouns: 'she/her',
    dob: '1997-04-11',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'cp',
    moud: 'xr-ntx',
    days: 58,
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Cody',
    last: 'Brennan',
    dob: '2000-01-30',
    stage: 'active',
    site: 1,
    level: '3.7-WM',
    team: 'pn',
    moud: 'bup',
    days: 3,
    icd: 'F11.23',
    insurance: 'self-pay',
  },
  {
    first: 'Priscilla',
    last: 'Vance',
    preferred: 'Cilla',
    dob: '1966-07-21',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'np',
    moud: 'methadone',
    days: 780,
    icd: 'F11.20',
    insurance: 'medicare',
    allergies: [{ substance: 'Sulfa drugs', reaction: 'Rash' }],
  },
  {
    first: 'Rafael',
    last: 'Domínguez',
    dob: '1988-03-05',
    lang: 'es',
    stage: 'active',
    site: 0,
    level: '2.1',
    team: 'cp',
    moud: 'bup',
    days: 35,
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Heather',
    last: 'Lindqvist',
    dob: '1979-09-14',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'p',
    moud: 'bup',
    days: 150,
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Jamal',
    last: 'Haddad-Brooks',
    pronouns: 'he/him',
    dob: '1992-11-23',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'cpn',
    moud: 'bup',
    days: 66,
    icd: 'F11.20',
    insurance: 'medicaid',
    stepDownFrom: { level: '2.1', afterDays: 30 },
  },
  {
    first: 'Nicole',
    last: 'Szabo',
    dob: '1984-05-06',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'pn',
    moud: 'xr-ntx',
    days: 120,
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Trevor',
    last: 'Blackwood',
    dob: '1995-10-18',
    stage: 'active',
    site: 0,
    level: '2.1',
    team: 'c',
    moud: null,
    days: 9,
    icd: 'F11.20',
    insurance: 'self-pay',
  },
  {
    first: 'Guadalupe',
    last: 'Ibarra',
    preferred: 'Lupe',
    dob: '1970-12-12',
    lang: 'es',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'pn',
    moud: 'methadone',
    days: 301,
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Kenji',
    last: 'Watanabe-Ruiz',
    dob: '1989-02-02',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'cp',
    moud: 'bup',
    days: 44,
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Danielle',
    last: 'Okonkwo',
    dob: '1993-06-25',
    stage: 'active',
    site: 0,
    level: '2.1',
    team: 'pn',
    moud: 'bup',
    days: 18,
    icd: 'F11.20',
    insurance: 'medicaid',
    allergies: [{ substance: 'Latex', reaction: null }],
  },
  {
    first: 'Wesley',
    last: 'Pruitt',
    dob: '1976-03-31',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'p',
    moud: 'bup',
    days: 205,
    icd: 'F11.20',
    insurance: 'medicare',
  },
  {
    first: 'Crystal',
    last: 'Harjo',
    dob: '1982-08-08',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'cnp',
    moud: 'methadone',
    days: 540,
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Andre',
    last: 'Bellamy',
    dob: '1987-01-16',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'pn',
    moud: 'bup',
    days: 77,
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Megan',
    last: "O'Rourke",
    dob: '1998-09-03',
    stage: 'active',
    site: 0,
    level: '2.5',
    team: 'cp',
    moud: 'bup',
    days: 6,
    icd: 'F11.23',
    insurance: 'private',
  },
  {
    first: 'Victor',
    last: 'Nwosu',
    dob: '1980-04-27',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'pn',
    moud: 'bup',
    days: 260,
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Tiffany',
    last: 'Lachance',
    dob: '1991-07-07',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'c',
    moud: 'xr-ntx',
    days: 88,
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Ramón',
    last: 'Quiñones',
    dob: '1964-11-19',
    lang: 'es',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'n',
    moud: 'methadone',
    days: 1020,
    icd: 'F11.20',
    insurance: 'medicare',
    allergies: [{ substance: 'Codeine', reaction: 'Nausea and vomiting' }],
  },
  {
    first: 'Holly',
    last: 'Abernathy',
    dob: '1983-03-22',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'p',
    moud: 'bup',
    days: 130,
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Isaiah',
    last: 'Redcloud',
    dob: '1996-12-09',
    stage: 'active',
    site: 0,
    level: '2.1',
    team: 'cpn',
    moud: 'bup',
    days: 27,
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Stephanie',
    last: 'Kowalczyk',
    dob: '1978-06-15',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'pn',
    moud: 'bup',
    days: 64,
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Omar',
    last: 'Siddiqui',
    dob: '1985-10-04',
    stage: 'active',
    site: 0,
    level: '1',
    team: 'p',
    moud: 'methadone',
    days: 190,
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Jolene',
    last: 'Tackett',
    dob: '1990-01-28',
    stage: 'active',
    site: 1,
    level: '1',
    team: 'cp',
    moud: 'bup',
    days: 110,
    icd: 'F11.20',
    insurance: 'medicaid',
    stepDownFrom: { level: '2.1', afterDays: 56 },
  },
  // Discharged.
  {
    first: 'Bradley',
    last: 'Kimura',
    dob: '1977-05-13',
    stage: 'discharged',
    site: 1,
    level: '1',
    team: 'cp',
    moud: 'bup',
    days: 610,
    dischargedDaysAgo: 40,
    dischargeReason: 'Completed treatment; continuing buprenorphine with primary care',
    icd: 'F11.21',
    insurance: 'private',
  },
  {
    first: 'Vanessa',
    last: 'Holloway',
    dob: '1993-02-26',
    stage: 'discharged',
    site: 0,
    level: '2.1',
    team: 'pn',
    moud: 'bup',
    days: 95,
    dischargedDaysAgo: 60,
    dischargeReason: 'Transferred to residential care (level 3.5)',
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Ernesto',
    last: 'Valdivia',
    dob: '1984-08-19',
    lang: 'es',
    stage: 'discharged',
    site: 0,
    level: '1',
    team: 'pn',
    moud: 'methadone',
    days: 180,
    dischargedDaysAgo: 21,
    dischargeReason: 'Left against clinical advice; outreach letter sent',
    icd: 'F11.20',
    insurance: 'medicaid',
  },
  {
    first: 'Courtney',
    last: 'Ashby',
    dob: '1999-11-11',
    stage: 'discharged',
    site: 1,
    level: '1',
    team: 'cp',
    moud: 'xr-ntx',
    days: 240,
    dischargedDaysAgo: 90,
    dischargeReason: 'Moved out of the area; referred to a program near her new home',
    icd: 'F11.21',
    insurance: 'private',
  },
  {
    first: 'Dwayne',
    last: 'Mercer',
    dob: '1969-04-04',
    stage: 'discharged',
    site: 0,
    level: '1',
    team: 'np',
    moud: 'methadone',
    days: 900,
    dischargedDaysAgo: 120,
    dischargeReason: 'Completed medically supervised taper',
    icd: 'F11.21',
    insurance: 'medicare',
  },
  {
    first: 'Felicia',
    last: 'Drummond',
    dob: '1987-07-29',
    stage: 'discharged',
    site: 0,
    level: '1',
    team: 'p',
    moud: 'methadone',
    days: 330,
    dischargedDaysAgo: 15,
    dischargeReason: 'Transferred to another OTP closer to work',
    icd: 'F11.20',
    insurance: 'private',
  },
  {
    first: 'Gregory',
    last: 'Paulsen',
    dob: '1974-01-09',
    stage: 'discharged',
    site: 1,
    level: '1',
    team: 'c',
    moud: null,
    days: 200,
    dischargedDaysAgo: 150,
    dischargeReason: 'Completed treatment',
    icd: 'F11.21',
    insurance: 'self-pay',
  },
  {
    first: 'Yesenia',
    last: 'Montalvo',
    dob: '1995-03-17',
    lang: 'es',
    stage: 'discharged',
    site: 1,
    level: '1',
    team: 'pn',
    moud: 'bup',
    days: 70,
    dischargedDaysAgo: 8,
    dischargeReason: 'Did not return after 30 days; outreach unsuccessful',
    icd: 'F11.20',
    insurance: 'medicaid',
  },
];

const MEDICATION: Record<Exclude<Moud, null>, MedicationAsEntered> = {
  methadone: { name: 'Methadone oral solution', dose: '80 mg daily' },
  bup: { name: 'Buprenorphine/naloxone SL film', dose: '16 mg/4 mg daily' },
  'xr-ntx': { name: 'Naltrexone extended-release injection', dose: '380 mg IM every 4 weeks' },
};
const PROBLEM: Record<string, string> = {
  'F11.20': 'Opioid dependence, uncomplicated',
  'F11.21': 'Opioid dependence, in remission',
  'F11.23': 'Opioid dependence with withdrawal',
};
const PAYER: Record<Insurance['kind'], string | null> = {
  medicaid: 'Illinois Medicaid (demo)',
  medicare: 'Medicare (demo)',
  private: 'Example Health Plan',
  'self-pay': null,
  none: null,
  other: null,
};
const STREETS = [
  'Example Street',
  'Sample Avenue',
  'Fictional Lane',
  'Placeholder Road',
  'Demo Court',
  'Test Boulevard',
];
const DAY = 86_400_000;

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '');

/**
 * Inserts the demo caseload and admissions queue in the seeding transaction: a handful of multi-row
 * inserts, no password hashing.
 */
export async function seedDemoPatients(
  tx: Tx,
  opts: { organizationId: string; siteIds: string[]; users: Partial<Record<Role, string>>; now?: Date },
): Promise<void> {
  const org = opts.organizationId;
  const now = opts.now ?? new Date();
  const ago = (days: number, hours = 0) => new Date(now.getTime() - days * DAY - hours * 3_600_000);
  const user = { c: opts.users.counselor!, p: opts.users.prescriber!, n: opts.users.nurse! };

  const patients = await tx
    .insert(patient)
    .values(
      P.map((d, i) => ({
        organizationId: org,
        mrn: `HV-${String(1001 + i)}`,
        legalFirstName: d.first,
        legalLastName: d.last,
        preferredName: d.preferred ?? null,
        pronouns: d.pronouns ?? null,
        dateOfBirth: d.dob,
        language: d.lang ?? 'en',
        phone: `(555) 555-01${String(i + 10).padStart(2, '0')}`,
        email: `${ascii(d.preferred ?? d.first)}.${ascii(d.last)}@example.org`,
        address: {
          line1: `${100 + ((i * 37) % 900)} ${STREETS[i % STREETS.length]}`,
          city: 'Springfield',
          state: 'IL',
          postalCode: i % 2 === 0 ? '62701' : '62702',
        },
        emergencyContact:
          i % 3 === 0
            ? {
                name: `Alex ${d.last.split(/[ -]/)[0]}`,
                relationship: 'Sibling',
                phone: `(555) 555-01${String(60 + (i % 40))}`,
              }
            : null,
        insurance: d.insurance
          ? {
              kind: d.insurance,
              payer: PAYER[d.insurance],
              memberId: d.insurance === 'self-pay' ? null : `DEMO${10000 + i}`,
            }
          : null,
        allergies: d.allergies ?? [],
        medications: d.moud ? [MEDICATION[d.moud]] : [],
        status: d.stage,
        createdAt: ago(d.days),
        updatedAt: ago(Math.min(d.days, d.dischargedDaysAgo ?? 2)),
      })),
    )
    .returning({ id: patient.id });
  const ids = patients.map((p) => p.id);
  const admitted = P.map((d, i) => ({ d, id: ids[i]! })).filter(({ d }) => d.stage !== 'pre-admission');

  const episodes = await tx
    .insert(episode)
    .values(
      admitted.map(({ d, id }) => ({
        organizationId: org,
        patientId: id,
        siteId: opts.siteIds[d.site ?? 0] ?? null,
        admittedAt: ago(d.days),
        levelOfCare: d.level ?? null,
        primaryCounselorId: d.team?.includes('c') ? user.c : null,
        prescriberId: d.team?.includes('p') ? user.p : null,
        dischargedAt: d.dischargedDaysAgo !== undefined ? ago(d.dischargedDaysAgo) : null,
        dischargeReason: d.dischargeReason ?? null,
      })),
    )
    .returning({ id: episode.id, patientId: episode.patientId });
  const episodeOf = new Map(episodes.map((e) => [e.patientId, e.id]));

  await tx.insert(levelOfCareChange).values(
    admitted.flatMap(({ d, id }) => {
      const episodeId = episodeOf.get(id)!;
      const first = d.stepDownFrom?.level ?? d.level ?? '1';
      const rows = [
        {
          organizationId: org,
          episodeId,
          level: first,
          reason: 'Level at admission',
          changedBy: user.p,
          changedAt: ago(d.days),
        },
      ];
      if (d.stepDownFrom) {
        rows.push({
          organizationId: org,
          episodeId,
          level: d.level!,
          reason: 'Stable on medication, attending groups: stepped down',
          changedBy: user.p,
          changedAt: ago(d.days - d.stepDownFrom.afterDays),
        });
      }
      return rows;
    }),
  );

  const careRole = { c: 'primary-counselor', p: 'prescriber', n: 'nurse' } as const;
  await tx.insert(careTeamMember).values(
    admitted.flatMap(({ d, id }) =>
      [...(d.team ?? '')].map((k) => ({
        organizationId: org,
        patientId: id,
        userId: user[k as 'c' | 'p' | 'n'],
        careRole: careRole[k as 'c' | 'p' | 'n'],
        addedAt: ago(d.days),
        removedAt: d.dischargedDaysAgo !== undefined ? ago(d.dischargedDaysAgo) : null,
      })),
    ),
  );

  await tx.insert(patientProblem).values(
    admitted.map(({ d, id }) => ({
      organizationId: org,
      patientId: id,
      icd10Code: d.icd ?? 'F11.20',
      description: PROBLEM[d.icd ?? 'F11.20']!,
      onsetDate: ago(d.days + 900)
        .toISOString()
        .slice(0, 10),
      recordedBy: user.p,
      recordedAt: ago(d.days),
    })),
  );

  await seedDemoInquiries(tx, {
    org,
    now,
    ago,
    intake: opts.users.intake!,
    converted: P.map((d, i) => ({ d, id: ids[i]! })),
  });
}

/** The admissions queue: converted inquiries of recent patients, and open ones at every status. */
async function seedDemoInquiries(
  tx: Tx,
  o: {
    org: string;
    now: Date;
    ago: (days: number, hours?: number) => Date;
    intake: string;
    converted: { d: DemoPatient; id: string }[];
  },
) {
  const inHours = (h: number) => new Date(o.now.getTime() + h * 3_600_000);
  const recent = o.converted.filter(
    ({ d }) => d.stage === 'pre-admission' || (d.stage === 'active' && d.days <= 40),
  );
  const base = {
    organizationId: o.org,
    forWhom: 'self' as const,
    consentToContact: true,
    substances: ['heroin', 'fentanyl'],
  };
  const open = [
    {
      ...base,
      source: 'web' as const,
      status: 'new' as const,
      firstName: 'Jordan',
      lastName: 'Pemberton',
      phone: '(555) 555-0180',
      contactMethod: 'text' as const,
      urgency: 'today' as const,
      lastUse: 'today',
      createdAt: o.ago(0, 0.5),
      followUpDueAt: inHours(1.5),
    },
    {
      ...base,
      source: 'phone' as const,
      status: 'new' as const,
      firstName: 'Carla',
      lastName: 'Benavides',
      phone: '(555) 555-0181',
      contactMethod: 'phone' as const,
      urgency: 'today' as const,
      lastUse: 'today',
      preferredLanguage: 'es',
      createdAt: o.ago(0, 3),
      followUpDueAt: o.ago(0, 1),
    },
    {
      ...base,
      source: 'web' as const,
      status: 'contacted' as const,
      firstName: null,
      lastName: null,
      phone: '(555) 555-0182',
      contactMethod: 'text' as const,
      urgency: 'today' as const,
      lastUse: 'past-week',
      createdAt: o.ago(0, 5),
      followUpDueAt: inHours(2),
      lastContactAt: o.ago(0, 4),
      assignedTo: o.intake,
    },
    {
      ...base,
      source: 'web' as const,
      status: 'new' as const,
      forWhom: 'someone-else' as const,
      firstName: 'Dale',
      lastName: 'Henshaw',
      email: 'dale.henshaw@example.org',
      contactMethod: 'email' as const,
      urgency: 'this-week' as const,
      lastUse: 'past-week',
      substances: ['prescription-opioids'],
      createdAt: o.ago(1),
      followUpDueAt: inHours(20),
    },
    {
      ...base,
      source: 'referral' as const,
      status: 'screened' as const,
      firstName: 'Monique',
      lastName: 'Saintil',
      phone: '(555) 555-0183',
      contactMethod: 'phone' as const,
      urgency: 'this-week' as const,
      lastUse: 'past-month',
      createdAt: o.ago(2),
      followUpDueAt: inHours(26),
      lastContactAt: o.ago(1),
      assignedTo: o.intake,
    },
    {
      ...base,
      source: 'web' as const,
      status: 'new' as const,
      firstName: 'Peter',
      lastName: 'Lindgren',
      email: 'peter.lindgren@example.org',
      contactMethod: 'email' as const,
      urgency: 'exploring' as const,
      lastUse: 'longer',
      substances: ['methadone-or-buprenorphine'],
      createdAt: o.ago(1, 2),
      followUpDueAt: inHours(46),
    },
    {
      ...base,
      source: 'phone' as const,
      status: 'referred-elsewhere' as const,
      firstName: 'Harold',
      lastName: 'Oyelaran',
      phone: '(555) 555-0184',
      contactMethod: 'phone' as const,
      urgency: 'this-week' as const,
      lastUse: 'past-week',
      createdAt: o.ago(6),
      followUpDueAt: o.ago(5),
      lastContactAt: o.ago(5),
      referredTo: 'Residential program (level 3.5) in a neighboring county (demo)',
      assignedTo: o.intake,
    },
    {
      ...base,
      source: 'web' as const,
      status: 'closed' as const,
      firstName: 'Simone',
      lastName: 'Archer',
      email: 'simone.archer@example.org',
      contactMethod: 'email' as const,
      urgency: 'exploring' as const,
      lastUse: 'prefer-not-to-say',
      createdAt: o.ago(9),
      followUpDueAt: o.ago(6),
      lastContactAt: o.ago(7),
      closedReason: 'No reply after three attempts over a week',
    },
  ];
  const conversions = recent.map(({ d, id }, i) => ({
    ...base,
    source: (['web', 'phone', 'walk-in', 'referral'] as const)[i % 4]!,
    status: d.stage === 'pre-admission' ? ('assessment-scheduled' as const) : ('admitted' as const),
    firstName: d.first,
    lastName: d.last,
    dateOfBirth: d.dob,
    phone: `(555) 555-01${String(o.converted.findIndex((c) => c.id === id) + 10).padStart(2, '0')}`,
    contactMethod: 'phone' as const,
    urgency: i % 3 === 0 ? ('today' as const) : ('this-week' as const),
    lastUse: 'past-week',
    preferredLanguage: d.lang ?? 'en',
    createdAt: o.ago(d.days + 2),
    followUpDueAt: d.stage === 'pre-admission' ? inHours(24 + i * 6) : o.ago(d.days),
    lastContactAt: o.ago(d.days + 1),
    assignedTo: o.intake,
    patientId: id,
  }));
  const rows = await tx
    .insert(inquiry)
    .values(
      [...open, ...conversions].map((r) => ({
        ...r,
        updatedAt: ('lastContactAt' in r ? r.lastContactAt : undefined) ?? r.createdAt,
      })),
    )
    .returning({ id: inquiry.id, status: inquiry.status, createdAt: inquiry.createdAt });
  await tx.insert(inquiryEvent).values(
    rows
      .filter((r) => r.status !== 'new')
      .flatMap((r) => [
        {
          organizationId: o.org,
          inquiryId: r.id,
          kind: 'call' as const,
          outcome: 'reached',
          note: 'Talked through options and next steps.',
          byUserId: o.intake,
          at: new Date(r.createdAt.getTime() + 3_600_000),
        },
      ]),
  );
}
