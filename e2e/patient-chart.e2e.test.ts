import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { alertList } from '../src/shared/alerts';
import { patientSearchResult } from '../src/shared/patient-search';
import chartEn from '../src/web/i18n/chart.en.json';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';
import { DEMO_PASSWORD, demoEmail, signInAsStaff } from './staff-sign-in';

const chart = chartEn.chart;

/**
 * The demo seed (src/db/seed/demo-patients.ts) puts the demo counselor on Marcus Delacroix's care team
 * and not on Luis Ortega Villanueva's; both are active patients of the demo organization.
 */
describe('the patient chart and break-the-glass in a browser', () => {
  const run = startServerAndBrowser();

  async function signedInPage(role: string): Promise<Page> {
    const context = await run.browser.newContext({
      baseURL: run.server.baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    await signInAsStaff(page, demoEmail(role), DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/staff');
    return page;
  }

  async function findPatient(page: Page, q: string) {
    const res = await page.request.get(`/api/v1/patients?q=${encodeURIComponent(q)}`);
    expect(res.status()).toBe(200);
    const hit = patientSearchResult.parse(await res.json()).patients[0];
    if (!hit) throw new Error(`the demo seed has no patient matching ${q}`);
    return hit;
  }

  it('counselor reads a chart of their care team, breaks the glass on another, and the director is alerted', async () => {
    // First the demo counselor opens a patient on their care team...
    const page = await signedInPage('counselor');
    const own = await findPatient(page, 'Delacroix');
    await page.goto(`/staff/patients/${own.id}`);
    await page.getByRole('heading', { level: 1, name: /Marcus Delacroix/ }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.title()).toContain('Marcus Delacroix');
    await page.getByText(/MRN HV-\d+/).waitFor();
    // ...sees demographics and insurance on the summary...
    await page.getByRole('heading', { name: chart.summary.demographics }).waitFor();
    await page.getByText('Medicaid').first().waitFor();
    await page.getByText('Penicillin').waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'patient-chart-summary');

    // ...the problem list with the OUD diagnosis...
    await page.getByRole('tab', { name: chart.tabs.problems }).click();
    await page.getByRole('cell', { name: 'F11.20', exact: true }).waitFor();
    // ...adds a problem (a typo first: the code is refused with a message)...
    await page.getByLabel(chart.problems.code).fill('F11.02');
    await page.getByRole('button', { name: chart.problems.add }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: /Not an opioid-use code/ })
      .first()
      .waitFor();
    await page.getByLabel(chart.problems.code).fill('Z72.0');
    await page.getByLabel(chart.problems.description).fill('Tobacco use');
    await page.getByRole('button', { name: chart.problems.add }).click();
    await page.getByRole('cell', { name: 'Tobacco use' }).waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'patient-chart-problems');

    // ...and the timeline, newest first, filtered to problems.
    await page.getByRole('tab', { name: chart.tabs.timeline }).click();
    await page
      .getByText(/Admitted/)
      .first()
      .waitFor();
    const panel = page.getByRole('tabpanel', { name: chart.tabs.timeline });
    await panel.getByText(chart.timeline.kinds.problem, { exact: true }).click();
    expect(await panel.getByRole('checkbox', { name: chart.timeline.kinds.problem }).isChecked()).toBe(true);
    await page.getByText('Problem added: Z72.0 Tobacco use').waitFor();
    const entries = await page
      .getByRole('list', { name: chart.tabs.timeline })
      .getByRole('listitem')
      .allInnerTexts();
    expect(entries[0]).toContain('Z72.0 Tobacco use');
    expect(entries.every((e) => e.includes('Problem added'))).toBe(true);
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'patient-chart-timeline');

    // Then a patient outside the counselor's care team: the chart is closed, with the way in for emergencies.
    const other = await findPatient(page, 'Ortega Villanueva');
    expect(other.canOpen).toBe(false);
    await page.goto(`/staff/patients/${other.id}`);
    await page.getByRole('heading', { level: 1, name: chart.breakGlass.title }).waitFor();
    const submit = page.getByRole('button', { name: chart.breakGlass.submit });
    expect(await submit.isDisabled()).toBe(true);
    await page
      .getByLabel(chart.breakGlass.reason)
      .fill('Patient collapsed in the waiting room; need allergies and medications');
    await page.getByLabel(chart.breakGlass.confirm).check();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'patient-chart-break-glass');
    await submit.click();

    // The chart opens under a visible emergency banner.
    await page.getByRole('heading', { level: 1, name: /Luis Ortega Villanueva/ }).waitFor();
    await page.getByText(/Emergency access until \d{2}:\d{2}/).waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'patient-chart-emergency');

    // Finally the director signs in and finds the break-the-glass alert naming who and why.
    const director = await signedInPage('director');
    const res = await director.request.get('/api/v1/alerts');
    expect(res.status()).toBe(200);
    const alerts = alertList.parse(await res.json()).alerts.filter((a) => a.kind === 'break-the-glass');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.patient?.id).toBe(other.id);
    expect(alerts[0]!.reasons.join(' ')).toContain('Casey Counselor');
    expect(alerts[0]!.reasons.join(' ')).toContain('Patient collapsed in the waiting room');
    // The director also sees the grant on the patient's timeline.
    await director.goto(`/staff/patients/${other.id}`);
    await director.getByRole('tab', { name: chart.tabs.timeline }).click();
    await director.getByText('Emergency access by Casey Counselor').waitFor();
  });

  it('answers "No such patient" for an unknown id', async () => {
    const page = await signedInPage('director');
    await page.goto('/staff/patients/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: chart.notFound.title }).waitFor();
    expect(await checkA11y(page)).toEqual([]);
  });
});
