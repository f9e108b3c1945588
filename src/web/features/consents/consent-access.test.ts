import { describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../../../domain/access/permissions';
import type { Role } from '../../../shared/roles';
import { CONSENT_WRITER_ROLES, DISCLOSER_ROLES } from './consent-access';

const holders = (permission: string) =>
  (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((r) =>
    (ROLE_PERMISSIONS[r] as string[]).includes(permission),
  );

describe('consent controls shown per role', () => {
  it('match the server’s grants', () => {
    expect([...CONSENT_WRITER_ROLES].sort()).toEqual(holders('consent:write').sort());
    expect([...DISCLOSER_ROLES].sort()).toEqual(holders('disclosure:create').sort());
  });
});
