import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { patientChart } from '../src/shared/patient-chart';
import { patientSearchResult } from '../src/shared/patient-search';
import chartEn from '../src/web/i18n/chart.en.json';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';
import { DEMO_PASSWORD, demoEmail, signInAsStaff } from './staff-sign-in';

const chart = chartEn.chart;
const edit = chart.edit;

/** The demo seed puts the demo counselor on Marcus Delacroix's care team (src/db/seed/demo-patients.ts). */
describe('editing a patient’s demographics in a browser', () => {
  const run = startServerAndBrowser();

  async function counselorPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await run.browser.newContext({ baseURL: run.server.baseUrl, viewport, locale: 'en-US' });
    const page = await context.newPage();
    await signInAsStaff(page, demoEmail('counselor'), DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/staff');
    return page;
  }

  async function marcus(page: Page) {
    const res = await page.request.get('/api/v1/patients?q=Delacroix');
    const hit = patientSearchResult.parse(await res.json()).patients[0];
    if (!hit) throw new Error('the demo seed has no Marcus Delacroix');
    return hit;
  }

  it('the counselor changes the preferred name and phone; a bad date of birth is refused on its field; the change persists and shows on the timeline', async () => {
    const page = await counselorPage({ width: 1280, height: 800 });
    const patient = await marcus(page);
    const before = patientChart.parse(
      await (await page.request.get(`/api/v1/patients/${patient.id}`)).json(),
    );
    await page.goto(`/staff/patients/${patient.id}`);
    await page.getByRole('heading', { level: 1, name: /Delacroix/ }).waitFor();

    // The counselor opens the form from the demographics card...
    await page.getByRole('button', { name: edit.open }).click();
    const dialog = page.getByRole('dialog', { name: edit.title });
    await dialog.waitFor();
    expect(await dialog.getByLabel(edit.legalLastName).inputValue()).toBe(before.legalLastName);
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'demographics-edit-desktop');

    // ...types a date of birth in the future: refused on that field, nothing saved.
    const dob = dialog.getByLabel(chart.summary.dateOfBirth);
    await dob.fill('2999-01-01');
    await dialog.getByRole('button', { name: edit.save }).click();
    await dialog.getByText('The date of birth cannot be in the future.').waitFor();
    expect(await dob.getAttribute('aria-invalid')).toBe('true');
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'demographics-edit-error');

    // Then she puts the date back and changes what the patient asked for.
    await dob.fill(before.dateOfBirth);
    await dialog.getByLabel(chart.summary.preferredName).fill('Marc');
    await dialog.getByLabel(chart.summary.phone, { exact: true }).fill('(217) 555-0199');
    await dialog.getByRole('button', { name: edit.save }).click();
    await page.getByRole('status').filter({ hasText: edit.saved }).waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByRole('heading', { level: 1, name: 'Marc Delacroix' }).waitFor();
    await page.getByText('(217) 555-0199').waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'demographics-saved');

    // A reload reads the saved values back from the server.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Marc Delacroix' }).waitFor();
    await page.getByText('(217) 555-0199').waitFor();
    await page.getByText(`Legal name: ${before.legalFirstName} ${before.legalLastName}`).waitFor();

    // The timeline names the fields changed and who changed them (not the values).
    await page.getByRole('tab', { name: chart.tabs.timeline }).click();
    const entry = page
      .getByRole('list', { name: chart.tabs.timeline })
      .getByRole('listitem')
      .filter({ hasText: 'Demographics updated by Casey Counselor' });
    await entry.waitFor();
    expect(await entry.textContent()).toContain('phone, preferred name');
    expect(await entry.textContent()).not.toContain('555-0199');
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'demographics-timeline');
    await page.context().close();
  });

  it('fits a phone: the form fills the screen and passes axe', async () => {
    const page = await counselorPage({ width: 390, height: 844 });
    const patient = await marcus(page);
    await page.goto(`/staff/patients/${patient.id}`);
    await page.getByRole('button', { name: edit.open }).click();
    const dialog = page.getByRole('dialog', { name: edit.title });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(385);
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'demographics-edit-phone');
    // Cancel leaves the chart unchanged.
    await dialog.getByRole('button', { name: edit.cancel }).first().click();
    await dialog.waitFor({ state: 'hidden' });
    await page.context().close();
  });
});
