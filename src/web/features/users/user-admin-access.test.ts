import { describe, expect, it } from 'vitest';
import { can } from '../../../domain/access/policy';
import { ROLES } from '../../../shared/roles';
import { STAFF_NAV } from '../../routes/staff/staff-nav';
import { USER_MANAGER_ROLES } from './user-admin-access';

// The web app may not import the domain layer; this test may, to prove the UI matches the server.
describe('user administration in the workspace matches the server’s permissions', () => {
  it('shows the Users entry to exactly the roles that hold user:read', () => {
    const entry = STAFF_NAV.find((e) => e.labelKey === 'admin.nav.users');
    expect([...(entry?.roles ?? [])].sort()).toEqual(ROLES.filter((r) => can(r, 'user:read')).sort());
  });

  it('offers adding staff and changing roles to exactly the roles that may do both', () => {
    const managers = ROLES.filter((r) => can(r, 'user:create') && can(r, 'role:assign'));
    expect([...USER_MANAGER_ROLES].sort()).toEqual(managers.sort());
  });
});
