import { describe, expect, it } from 'vitest';
import { ROLES } from '../../shared/roles.js';
import { type ChartRelation, chartAccessBasis, chartAccessTable, purposeOfUse } from './chart-access.js';

const base: ChartRelation = {
  role: 'counselor',
  onCareTeam: false,
  patientStatus: 'active',
  hasActiveBreakGlass: false,
};

describe('chartAccessBasis', () => {
  it('opens the chart to the care team and to directors', () => {
    expect(chartAccessBasis({ ...base, onCareTeam: true })).toBe('care-team');
    expect(chartAccessBasis({ ...base, role: 'director' })).toBe('site-role');
  });
  it('refuses a clinician outside the care team until they break the glass', () => {
    expect(chartAccessBasis(base)).toBeNull();
    expect(chartAccessBasis({ ...base, hasActiveBreakGlass: true })).toBe('break-glass');
    expect(purposeOfUse('break-glass')).toBe('ETREAT');
    expect(purposeOfUse('care-team')).toBe('TREAT');
  });
  it('lets intake see patients only before admission', () => {
    expect(chartAccessBasis({ ...base, role: 'intake', patientStatus: 'pre-admission' })).toBe(
      'pre-admission',
    );
    expect(chartAccessBasis({ ...base, role: 'intake' })).toBeNull();
  });
  it('never opens charts to administrators or patients through this path', () => {
    expect(chartAccessBasis({ ...base, role: 'admin', onCareTeam: true })).toBeNull();
    expect(chartAccessBasis({ ...base, role: 'patient', onCareTeam: true })).toBeNull();
  });
});

describe('chartAccessTable', () => {
  it('gives every role the answer of chartAccessBasis for each of the 12 combinations of facts', () => {
    for (const role of ROLES) {
      const table = chartAccessTable(role);
      const combos = new Set(table.map((r) => `${r.patientStatus}|${r.onCareTeam}|${r.hasActiveBreakGlass}`));
      expect(combos.size).toBe(12);
      for (const { basis, ...facts } of table) expect(basis).toBe(chartAccessBasis({ role, ...facts }));
    }
    const intake = chartAccessTable('intake');
    expect(intake.filter((r) => r.basis === 'pre-admission')).toHaveLength(2);
    expect(chartAccessTable('director').every((r) => r.basis === 'site-role')).toBe(true);
  });
});
