import type { Role } from '../../../shared/roles';

/**
 * Roles offered the chart's edit controls (problems, care team, discharge). This only chooses what to show:
 * the server enforces `patient:write` and the care relationship; chart-permissions.test.ts keeps the list in
 * step with the grants in src/domain/access/permissions.ts.
 */
export const CHART_WRITER_ROLES: readonly Role[] = ['director', 'intake', 'counselor', 'prescriber', 'nurse'];
export const canEditChart = (role: Role) => CHART_WRITER_ROLES.includes(role);

/** Roles offered break-the-glass (`break-glass:use`), and how long it lasts (BREAK_GLASS_MINUTES on the server). */
export const BREAK_GLASS_USER_ROLES: readonly Role[] = ['intake', 'counselor', 'prescriber', 'nurse'];
export const BREAK_GLASS_MINUTES = 60;

/** Whole years between a date of birth (YYYY-MM-DD) and `on`. */
export function ageOn(dateOfBirth: string, on: Date): number {
  const [y, m, d] = dateOfBirth.split('-').map(Number) as [number, number, number];
  const age = on.getFullYear() - y;
  const beforeBirthday = on.getMonth() + 1 < m || (on.getMonth() + 1 === m && on.getDate() < d);
  return beforeBirthday ? age - 1 : age;
}
