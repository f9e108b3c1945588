import type { Role } from '../../../shared/roles';

/**
 * Roles offered the controls to record/revoke consents and to release records. This only chooses what to
 * show: the server enforces `consent:write` and `disclosure:create` (src/domain/access/permissions.ts), and
 * consent-access.test.ts keeps the lists in step with the grants.
 */
export const CONSENT_WRITER_ROLES: readonly Role[] = ['intake', 'counselor', 'prescriber', 'nurse'];
export const DISCLOSER_ROLES: readonly Role[] = ['director', 'counselor', 'prescriber'];

export const canRecordConsents = (role: Role) => CONSENT_WRITER_ROLES.includes(role);
export const canReleaseRecords = (role: Role) => DISCLOSER_ROLES.includes(role);
