import type { Role } from '../../shared/roles.js';

/**
 * Every permission a route can require, as `resource:action`. Later issues add theirs here and grant
 * them in ROLE_PERMISSIONS; a permission nobody is granted is denied to everybody.
 */
export const PERMISSIONS = [
  'self:read', // own profile, own session
  'user:read', // list the organization's users and roles
  'user:create', // create (invite) staff users
  'role:assign', // change someone's role in the organization
  'audit:read', // read the audit trail
  'patient:search', // find patients by name, date of birth or MRN
  'patient:create', // register a patient (e.g. converting an inquiry)
  'patient:read', // open a chart (also subject to the care relationship, chart-access.ts)
  'patient:write', // edit demographics, problems, episodes, care team
  'break-glass:use', // emergency access to a chart outside one's care relationship
  'inquiry:read', // the admissions queue
  'inquiry:write', // work the queue: contact log, status, assignment, conversion
  'consent:read',
  'consent:write', // record, sign and revoke consents
  'disclosure:read', // accounting of disclosures
  'disclosure:create', // release records under a consent
  'assessment:read', // instrument responses and trends
  'assessment:write', // administer instruments
  'asam:write', // ASAM level-of-care assessments and level changes
  'alert:read',
  'alert:write', // acknowledge and resolve alerts
  'own-record:read', // a patient's view of their own record (e.g. the accounting of disclosures)
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** Role x permission. Deny by default: only what is listed here is allowed. */
const CLINICAL: Permission[] = [
  'self:read',
  'patient:search',
  'patient:read',
  'patient:write',
  'break-glass:use',
  'consent:read',
  'consent:write',
  'disclosure:read',
  'disclosure:create',
  'assessment:read',
  'assessment:write',
  'asam:write',
  'alert:read',
  'alert:write',
];

/**
 * Role x permission. Deny by default: only what is listed here is allowed. Chart permissions are further
 * limited per patient by the care relationship (chart-access.ts). Administrators run the system and do
 * not read charts.
 */
export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  admin: ['self:read', 'user:read', 'user:create', 'role:assign', 'audit:read'],
  director: [
    'self:read',
    'user:read',
    'audit:read',
    'patient:search',
    'patient:read',
    'patient:write',
    'inquiry:read',
    'inquiry:write',
    'consent:read',
    'disclosure:read',
    'disclosure:create',
    'assessment:read',
    'alert:read',
    'alert:write',
  ],
  intake: [
    'self:read',
    'patient:search',
    'patient:create',
    'patient:read',
    'patient:write',
    'break-glass:use',
    'inquiry:read',
    'inquiry:write',
    'consent:read',
    'consent:write',
    'assessment:read',
    'assessment:write',
    'alert:read',
  ],
  counselor: CLINICAL,
  prescriber: CLINICAL,
  nurse: CLINICAL.filter((p) => p !== 'asam:write' && p !== 'disclosure:create'),
  patient: ['self:read', 'own-record:read'],
};
