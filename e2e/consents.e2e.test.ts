import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import consentsEn from '../src/web/i18n/consents.en.json';
import { openFixtureConsentsPage } from './fixture-consents-page';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';
import { DEMO_PASSWORD, demoEmail } from './staff-sign-in';

const c = consentsEn.consents;
const RIVERA = 'Dr. Rivera, Springfield Family Medicine';

describe('42 CFR Part 2 consents and disclosures, in a browser', () => {
  const run = startServerAndBrowser();

  async function expectAccessible(page: Page) {
    expect(await checkA11y(page)).toEqual([]);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  }

  it('the counselor records an e-signed consent, releases records under it, and a release to an employer is refused', async () => {
    // First the counselor opens the patient's consents page: nothing signed, nothing released.
    const { page, context, fixture } = await openFixtureConsentsPage(run, { width: 1280, height: 900 });
    await page.getByText(c.list.empty).waitFor();
    await expect(page.title()).resolves.toBe(`${c.pageTitle} | Haven`);
    await expectAccessible(page);

    // ...fills in every element of a specific consent with the patient, who signs on this device.
    await page.getByRole('button', { name: c.form.open }).click();
    await page.getByRole('heading', { name: c.form.heading }).waitFor();
    await page.getByLabel(c.form.recipientName, { exact: false }).fill(RIVERA);
    const covered = page.getByRole('group', { name: c.form.categories });
    await covered.getByRole('checkbox', { name: c.category.medications }).check();
    await covered.getByRole('checkbox', { name: c.category.diagnosis }).check();
    await page
      .getByLabel(c.form.informationDescription, { exact: false })
      .fill('My medication list and problem list, from admission until today');
    await page
      .getByLabel(c.form.purposeDescription, { exact: false })
      .fill('Coordinate my primary care with my addiction treatment');
    await page.getByLabel(c.form.expiresAt, { exact: false }).fill('2099-12-31');
    await screenshot(page, 'consents-new-form');
    await expectAccessible(page);
    // A typed name that is not the patient's is refused and says why.
    await page.getByLabel(c.form.typedName, { exact: false }).fill('Somebody Else');
    await page.getByRole('checkbox', { name: c.form.agree }).check();
    await page.getByRole('button', { name: c.form.submit }).click();
    await page.getByText('The typed name does not match the patient’s name on the consent.').waitFor();
    await page.getByRole('alert').filter({ hasText: c.form.fixErrors }).waitFor();
    await page.getByLabel(c.form.typedName, { exact: false }).fill(fixture.name);
    await page.getByRole('button', { name: c.form.submit }).click();
    await page.getByRole('status').filter({ hasText: c.form.saved }).waitFor();
    const row = page.getByRole('row', { name: new RegExp(RIVERA) });
    await expect(row.getByText(c.status.active, { exact: true }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'consents-list');

    // Then she releases the medication list to Dr. Rivera: it goes out, with a PDF, and shows in the accounting.
    await page.getByRole('textbox', { name: c.release.recipientName }).fill(RIVERA);
    await page
      .getByRole('group', { name: c.release.categories })
      .getByRole('checkbox', { name: c.category.medications })
      .check();
    await page.getByRole('button', { name: c.release.submit }).click();
    const pdfLink = page.getByRole('link', { name: c.release.openPdf });
    await pdfLink.waitFor();
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const accounting = page.getByRole('region', { name: c.accounting.heading });
    await accounting.getByRole('cell', { name: RIVERA, exact: true }).waitFor();
    await screenshot(page, 'consents-released');

    // A release to the patient's employer has no consent behind it: refused, with the reason.
    await page.getByRole('textbox', { name: c.release.recipientName }).fill('Acme Employer');
    await page.getByRole('button', { name: c.release.submit }).click();
    const refusal = page.getByRole('alert').filter({ hasText: c.release.refused });
    await refusal.getByText('No consent in force names Acme Employer as a recipient.').waitFor();
    expect(await accounting.getByRole('cell', { name: 'Acme Employer', exact: true }).count()).toBe(0);
    await screenshot(page, 'consents-refused');
    await expectAccessible(page);

    // Finally the patient revokes in writing: the consent shows as revoked; the earlier release stays listed.
    await row.getByRole('button', { name: c.revoke.button }).click();
    const dialog = page.getByRole('dialog', { name: c.revoke.title });
    await dialog
      .getByLabel(c.revoke.statement, { exact: false })
      .fill('Signed note handed in at the front desk.');
    await screenshot(page, 'consents-revoke');
    await dialog.getByRole('button', { name: c.revoke.confirm }).click();
    await page.getByRole('status').filter({ hasText: c.revoke.done }).waitFor();
    // The dialog fades out: check the page once it is gone, not mid-transition.
    await dialog.waitFor({ state: 'hidden' });
    await row.getByText(c.status.revoked, { exact: true }).waitFor();
    expect(await accounting.getByRole('cell', { name: RIVERA, exact: true }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
  it('a paper consent is recorded with its scan, which opens from the list as the file attached', async () => {
    const { page, context, fixture } = await openFixtureConsentsPage(run, { width: 1280, height: 900 });

    const recipient = 'Springfield Housing Services';
    await page.getByRole('button', { name: c.form.open }).click();
    await page.getByRole('heading', { name: c.form.heading }).waitFor();
    await page.getByLabel(c.form.recipientName, { exact: false }).fill(recipient);
    await page
      .getByRole('group', { name: c.form.categories })
      .getByRole('checkbox', { name: c.category.attendance })
      .check();
    await page
      .getByLabel(c.form.informationDescription, { exact: false })
      .fill('Attendance at treatment, for my housing application');
    await page.getByLabel(c.form.purposeDescription, { exact: false }).fill('Support my housing application');
    await page.getByLabel(c.form.expiresAt, { exact: false }).fill('2099-12-31');
    await page.getByRole('radio', { name: c.form.signPaper }).check();
    await page.getByLabel(c.form.signerName, { exact: false }).fill(fixture.name);
    await page.getByLabel(c.form.signedOn, { exact: false }).fill('2026-11-20');
    // A one-pixel PNG stands in for the scanned page.
    const png = Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
      'base64',
    );
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'consent.png', mimeType: 'image/png', buffer: png });
    await page.getByRole('checkbox', { name: c.form.staffAttests }).check();
    await page.getByRole('button', { name: c.form.submit }).click();
    await page.getByRole('status').filter({ hasText: c.form.saved }).waitFor();

    const row = page.getByRole('row', { name: new RegExp(recipient) });
    await row.getByText(c.list.paper, { exact: false }).waitFor();
    const scanLink = row.getByRole('link', { name: c.list.scanLabel.replace('{{recipient}}', recipient) });
    const scan = await page.request.get((await scanLink.getAttribute('href'))!);
    expect(scan.status()).toBe(200);
    expect(scan.headers()['content-type']).toBe('image/png');
    expect((await scan.body()).equals(png)).toBe(true);
    await screenshot(page, 'consents-paper-scan');
    await expectAccessible(page);
    await context.close();
  });

  it('the patient app shows the signed-in patient’s own accounting (empty for a login linked to no chart)', async () => {
    const context = await run.browser.newContext({ baseURL: run.server.baseUrl, locale: 'en-US' });
    const page = await context.newPage();
    const login = await page.request.post('/api/v1/auth/login', {
      data: { email: demoEmail('patient'), password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    await page.goto('/app/disclosures');
    await page.getByRole('heading', { level: 1, name: c.patientApp.title }).waitFor();
    await page.getByText(c.patientApp.empty).waitFor();
    await screenshot(page, 'consents-patient-app');
    await expectAccessible(page);
    await context.close();
  });
});
