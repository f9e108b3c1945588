import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import consentsEn from '../src/web/i18n/consents.en.json';
import { openFixtureConsentsPage } from './fixture-consents-page';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';

const c = consentsEn.consents;
const co = c.courtOrders;
const COURT = 'Sangamon County Circuit Court';

describe('court orders (42 CFR part 2 subpart E) in a browser', () => {
  const run = startServerAndBrowser();

  async function expectAccessible(page: Page) {
    expect(await checkA11y(page)).toEqual([]);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  }

  const consentsPage = async (viewport: { width: number; height: number }) =>
    (await openFixtureConsentsPage(run, viewport)).page;

  it('the counselor records an order, releases records for a hearing under it, and a release beyond it is refused', async () => {
    const page = await consentsPage({ width: 1280, height: 800 });
    const section = page.getByRole('region', { name: co.heading });
    await section.getByText(co.empty).waitFor();

    // First the counselor records the order from the paper; an empty form names what is missing.
    await section.getByRole('button', { name: co.open }).click();
    const form = page.getByRole('region', { name: co.form.heading });
    await form.getByRole('button', { name: co.form.submit }).click();
    await form.getByRole('alert').filter({ hasText: c.form.fixErrors }).waitFor();
    await form.getByText('Name the court that entered the order.').waitFor();
    await expectAccessible(page);

    await form.getByRole('radio', { name: co.section.s264 }).check();
    await form.getByLabel(co.form.court, { exact: false }).fill(COURT);
    await form.getByLabel(co.form.caseNumber, { exact: false }).fill('2026-FA-0113');
    await form.getByLabel(co.form.orderDate, { exact: false }).fill('2026-11-20');
    const info = form.getByRole('group', { name: co.form.categories });
    await info.getByRole('checkbox', { name: c.category.attendance }).check();
    await info.getByRole('checkbox', { name: c.category['drug-screens'] }).check();
    await form
      .getByLabel(co.form.informationDescription, { exact: false })
      .fill('Attendance and drug screen results from June to November 2026');
    await form.getByLabel(co.form.recipientName, { exact: false }).fill(COURT);
    await form.getByLabel(co.form.purpose, { exact: false }).fill('Evidence in the custody hearing');
    await form.getByLabel(co.form.expiresOn, { exact: false }).fill('2099-12-31');
    const orderPdf = Buffer.from('%PDF-1.4 signed order of the court');
    await form
      .locator('input[type=file]')
      .setInputFiles({ name: 'order.pdf', mimeType: 'application/pdf', buffer: orderPdf });
    await screenshot(page, 'court-order-form');
    await form.getByRole('button', { name: co.form.submit }).click();
    await section.getByRole('status').filter({ hasText: co.saved }).waitFor();
    const row = section.getByRole('row', { name: /2026-FA-0113/ });
    await row.getByText(co.status.active, { exact: true }).waitFor();
    // The scan of the paper order opens from the list, as the PDF that was attached.
    const scanLink = row.getByRole('link', {
      name: co.scanLabel.replace('{{court}}', COURT).replace('{{caseNumber}}', '2026-FA-0113'),
    });
    const scan = await page.request.get((await scanLink.getAttribute('href'))!);
    expect(scan.status()).toBe(200);
    expect(scan.headers()['content-type']).toBe('application/pdf');
    expect((await scan.body()).equals(orderPdf)).toBe(true);
    expect(await scanLink.getAttribute('target')).toBe('_blank');
    await expectAccessible(page);
    await screenshot(page, 'court-orders-list');

    // Then she releases attendance records to the court for the hearing, under that order.
    const release = page.getByRole('region', { name: c.release.heading });
    await release.getByRole('textbox', { name: c.release.recipientName }).fill(COURT);
    await release.getByLabel(c.release.purpose, { exact: false }).selectOption('legal-proceedings');
    await release.getByRole('checkbox', { name: c.release.legal }).check();
    await release
      .getByRole('group', { name: c.release.categories })
      .getByRole('checkbox', { name: c.category.attendance })
      .check();
    await release
      .getByLabel(c.release.courtOrder, { exact: false })
      // The only order in force comes right after "None".
      .selectOption({ index: 1 });
    await release.getByRole('button', { name: c.release.submit }).click();
    await release.getByRole('link', { name: c.release.openPdf }).waitFor();
    const accounting = page.getByRole('region', { name: c.accounting.heading });
    await accounting
      .getByRole('cell', { name: new RegExp(`${c.accounting.byCourtOrder}.*2026-FA-0113`) })
      .waitFor();
    await screenshot(page, 'court-order-released');

    // A release to the prosecutor is outside the order: refused, naming the order and the recipient it allows.
    await release.getByRole('textbox', { name: c.release.recipientName }).fill('County Prosecutor');
    await release.getByRole('button', { name: c.release.submit }).click();
    await release
      .getByRole('alert')
      .filter({ hasText: c.release.refused })
      .getByText(
        `The court order of ${COURT} (case 2026-FA-0113) authorizes release to ${COURT}, not to County Prosecutor.`,
      )
      .waitFor();
    expect(await accounting.getByRole('cell', { name: 'County Prosecutor', exact: true }).count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'court-order-refused');
    await page.context().close();
  });

  it('fits a phone', async () => {
    const page = await consentsPage({ width: 390, height: 844 });
    const section = page.getByRole('region', { name: co.heading });
    await section.getByRole('row', { name: /2026-FA-0113/ }).waitFor();
    await section.getByRole('button', { name: co.open }).click();
    await page.getByRole('region', { name: co.form.heading }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'court-orders-phone');
    await page.context().close();
  });
});
