import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import patientsEn from '../src/web/i18n/patients.en.json';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';
import { DEMO_PASSWORD, demoEmail, signInAsStaff } from './staff-sign-in';
import { en } from './strings';

const text = patientsEn.patientSearch;

/**
 * Patient search over the demo caseload (src/db/seed/demo-patients.ts): the demo counselor treats Marcus
 * Delacroix and does not treat Luis Ortega Villanueva.
 */
describe('patient search in a browser', () => {
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

  it('a counselor finds patients despite typos, by date of birth, and sees which charts are locked', async () => {
    const page = await signedInPage('counselor');
    // The Patients entry of the navigation opens the search.
    await page.getByRole('link', { name: en.staff.nav.patients }).first().click();
    await page.waitForURL((url) => url.pathname === '/staff/patients');
    await page.getByRole('heading', { level: 1, name: text.title }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.title()).toContain(text.title);
    expect(await checkA11y(page)).toEqual([]);

    // A misspelled name still finds Marcus Delacroix, whose chart the counselor can open.
    const box = page.getByRole('searchbox', { name: text.label });
    await box.fill('Marcus Delacriox');
    const marcus = page.getByRole('link', { name: 'Marcus Delacroix', exact: true });
    await marcus.waitFor();
    expect(page.url()).toContain('q=Marcus');
    const firstRow = page.getByTestId('patient-row').first();
    expect(await firstRow.textContent()).toContain('HV-');
    expect(await firstRow.textContent()).not.toContain(text.notOnTeamShort);
    await screenshot(page, 'patient-search-name');

    // A patient outside the care team: listed with a lock and the way in, and the link still goes to the chart.
    await box.fill('Luis Ortega Vilanueva');
    const luis = page.getByRole('link', { name: `Luis Ortega Villanueva (${text.notOnTeamShort})` });
    await luis.waitFor();
    await page.getByText(text.notOnTeam).first().waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'patient-search-locked');

    // A date of birth in US format.
    await box.fill('06/03/1981');
    await page.getByText('1 patient found').waitFor();
    await marcus.waitFor();

    // An impossible date is explained.
    await box.fill('02/30/1990');
    await page
      .getByRole('alert')
      .getByText(/not a possible date of birth/)
      .waitFor();
    await screenshot(page, 'patient-search-error');

    // Opening a result goes to the chart.
    await box.fill('Delacroix');
    await marcus.click();
    await page.waitForURL((url) => /^\/staff\/patients\/[0-9a-f-]{36}$/.test(url.pathname));
    await page.context().close();
  });

  it('administrators do not see the Patients entry (they do not look up patients)', async () => {
    const page = await signedInPage('admin');
    expect(await page.getByRole('link', { name: en.staff.nav.patients }).count()).toBe(0);
    await page.context().close();
  });
});
