/** Roles a user can hold in an organization (DESIGN.md data model). */
export const ROLES = ['admin', 'director', 'intake', 'counselor', 'prescriber', 'nurse', 'patient'] as const;
export type Role = (typeof ROLES)[number];

export const STAFF_ROLES = ROLES.filter((r) => r !== 'patient') as Exclude<Role, 'patient'>[];

export function isStaffRole(role: Role): boolean {
  return role !== 'patient';
}
