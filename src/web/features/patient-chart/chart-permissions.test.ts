import { describe, expect, it } from 'vitest';
import { BREAK_GLASS_MINUTES as SERVER_MINUTES } from '../../../domain/access/chart-access';
import { can } from '../../../domain/access/policy';
import { ROLES } from '../../../shared/roles';
import { ageOn, BREAK_GLASS_MINUTES, BREAK_GLASS_USER_ROLES, CHART_WRITER_ROLES } from './chart-permissions';

// The web app may not import the domain layer; this test may, to prove the UI matches the server.
describe('the chart page', () => {
  it('offers edit controls to exactly the roles that hold patient:write', () => {
    expect([...CHART_WRITER_ROLES].sort()).toEqual(ROLES.filter((r) => can(r, 'patient:write')).sort());
  });

  it('offers break-the-glass to exactly the roles that hold break-glass:use, with the server’s duration', () => {
    expect([...BREAK_GLASS_USER_ROLES].sort()).toEqual(ROLES.filter((r) => can(r, 'break-glass:use')).sort());
    expect(BREAK_GLASS_MINUTES).toBe(SERVER_MINUTES);
  });

  it('counts age in whole years, turning a year older on the birthday', () => {
    expect(ageOn('1990-04-01', new Date(2026, 2, 31))).toBe(35);
    expect(ageOn('1990-04-01', new Date(2026, 3, 1))).toBe(36);
    expect(ageOn('2000-02-29', new Date(2026, 1, 28))).toBe(25);
  });
});
