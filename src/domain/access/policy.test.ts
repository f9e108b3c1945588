import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles.js';
import { PERMISSIONS } from './permissions.js';
import { can, canAssignRole } from './policy.js';

describe('policy', () => {
  it('denies by default: a patient can read only their own profile and own record', () => {
    const allowed = PERMISSIONS.filter((p) => can('patient', p));
    expect(allowed).toEqual(['self:read', 'own-record:read']);
  });

  it('lets only admins assign roles and create users', () => {
    const assigners = ROLES.filter((r) => can(r, 'role:assign'));
    expect(assigners).toEqual(['admin']);
    expect(ROLES.filter((r) => can(r, 'user:create'))).toEqual(['admin']);
  });

  it('never lets anyone change their own role', () => {
    expect(canAssignRole({ userId: 'a', role: 'admin' }, 'a')).toBe(false);
    expect(canAssignRole({ userId: 'a', role: 'admin' }, 'b')).toBe(true);
    expect(canAssignRole({ userId: 'a', role: 'director' }, 'b')).toBe(false);
  });

  it('denies an unknown role', () => {
    expect(can('superuser' as never, 'self:read')).toBe(false);
  });
});
