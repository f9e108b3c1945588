import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import strings from '../src/web/i18n/admissions.en.json';
import staffStrings from '../src/web/i18n/admissions-staff.en.json';
import { checkA11y, launchBrowser, type RunningServer, screenshot, startServer } from './harness';
import { DEMO_PASSWORD, demoEmail, signInAsStaff } from './staff-sign-in';

/** The form's strings and the staff side's, merged under `admissions` as the app merges them. */
const a = { ...strings.admissions, ...staffStrings.admissions };

describe('admissions: from the public request to a patient', () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ baseURL: server.baseUrl, viewport, locale: 'en-US' });
    return context.newPage();
  }

  it('a person asks for help on a phone; intake calls, screens and converts them to a patient', async () => {
    // First a person on a phone opens the admission form...
    const phone = await newPage({ width: 390, height: 844 });
    await phone.goto('/admission');
    await phone.getByRole('heading', { level: 1, name: a.form.heading }).waitFor();
    expect(await phone.title()).toContain(a.form.title);
    expect(await checkA11y(phone)).toEqual([]);

    // ...sending it empty shows what to fix, next to each question...
    await phone.getByRole('button', { name: a.form.submit }).click();
    await phone.getByRole('alert').filter({ hasText: a.form.errors.summary }).waitFor();
    await phone.getByText(a.form.errors.consentToContact).waitFor();
    // The first question to fix has the focus.
    await phone.waitForFunction(() => (document.activeElement as HTMLInputElement | null)?.value === 'self');
    await screenshot(phone, 'admission-form-errors-phone');

    // ...then fills it in without giving a name, asking for a text today.
    await phone.getByRole('radio', { name: a.form.forWhomSelf }).check();
    await phone.getByRole('checkbox', { name: a.form.anonymous }).check();
    await phone.getByRole('radio', { name: a.contactMethod.text }).check();
    await phone.getByRole('textbox', { name: a.form.phone }).fill('555-010-0142');
    await phone.getByRole('radio', { name: a.form.urgencyToday }).check();
    await phone.getByRole('checkbox', { name: a.substances.fentanyl }).check();
    await phone.getByRole('combobox', { name: a.form.insurance }).selectOption('medicaid');
    await phone.getByRole('checkbox', { name: a.form.consent }).check();
    // The honeypot is out of reach for people and assistive technology.
    expect(await phone.getByRole('textbox', { name: a.form.honeypot }).count()).toBe(0);
    await screenshot(phone, 'admission-form-filled-phone');
    const [response] = await Promise.all([
      phone.waitForResponse((r) => r.url().endsWith('/api/v1/inquiries') && r.request().method() === 'POST'),
      phone.getByRole('button', { name: a.form.submit }).click(),
    ]);
    expect(response.status()).toBe(202);
    const { id } = (await response.json()) as { id: string };

    // The success screen says when they will hear back and who to call meanwhile.
    await phone.getByRole('heading', { level: 1, name: a.form.success.heading }).waitFor();
    await phone.getByRole('link', { name: a.form.success.call911 }).waitFor();
    expect(await phone.getByRole('link', { name: a.form.success.call988 }).getAttribute('href')).toBe(
      'tel:988',
    );
    expect(await phone.getByRole('link', { name: a.form.success.callSamhsa }).getAttribute('href')).toBe(
      'tel:18006624357',
    );
    expect(await phone.getByRole('status').first().textContent()).toMatch(/contact you today, by/);
    expect(await checkA11y(phone)).toEqual([]);
    await screenshot(phone, 'admission-success-phone');

    // The demo intake worker signs in and opens Admissions...
    const staff = await newPage({ width: 1280, height: 900 });
    await signInAsStaff(staff, demoEmail('intake'), DEMO_PASSWORD);
    await staff.waitForURL((url) => url.pathname === '/staff');
    await staff.getByRole('navigation').getByRole('link', { name: 'Admissions' }).click();
    await staff.waitForURL('**/staff/admissions');
    await staff.getByRole('heading', { level: 1, name: a.queue.title }).waitFor();
    // (The demo queue already holds other requests, one of them anonymous and contacted: ours is the new one.)
    const row = staff
      .getByRole('row')
      .filter({ hasText: a.queue.anonymous })
      .filter({ hasText: a.status.new });
    await row.getByText(a.urgency.today).waitFor();
    await row.getByText(a.status.new).waitFor();
    expect(await checkA11y(staff)).toEqual([]);
    await screenshot(staff, 'admissions-queue');

    // ...opens the request, logs a call that reached the person (now contacted)...
    await row.getByRole('button', { name: a.queue.open.replace('{{name}}', a.queue.anonymous) }).click();
    await staff.waitForURL((url) => url.searchParams.get('inquiry') === id);
    const drawer = staff.getByRole('dialog');
    await drawer.getByText(a.band.none).or(drawer.getByText(a.detail.checklistNone)).first().waitFor();
    await drawer.getByRole('combobox', { name: a.detail.logKind }).selectOption('call');
    await drawer.getByRole('combobox', { name: a.detail.logOutcome }).selectOption('reached');
    await drawer
      .getByRole('textbox', { name: a.detail.logNote })
      .fill('Wants to start today. Offered naloxone.');
    await drawer.getByRole('button', { name: a.detail.logSubmit }).click();
    await drawer.getByText(a.detail.logSaved).waitFor();
    await drawer.getByText(a.status.contacted, { exact: true }).first().waitFor();
    await drawer.getByRole('checkbox', { name: a.queue.whileYouWait.naloxoneOffered }).check();
    await drawer.getByText(a.detail.saved).waitFor();

    // ...marks them screened...
    await drawer.getByRole('combobox', { name: a.detail.statusLabel }).selectOption('screened');
    await drawer.getByRole('button', { name: a.detail.saveStatus }).click();
    await drawer.getByText(a.detail.statusSaved).waitFor();
    await drawer.getByText(a.status.screened, { exact: true }).first().waitFor();
    expect(await checkA11y(staff)).toEqual([]);
    await screenshot(staff, 'admissions-inquiry-drawer');

    // ...and converts them to a patient, adding the legal name learned on the call.
    await drawer.getByRole('textbox', { name: a.detail.legalFirstName }).fill('Jordan');
    await drawer.getByRole('textbox', { name: a.detail.legalLastName }).fill('Rivera');
    await drawer.getByRole('textbox', { name: a.detail.dateOfBirth }).fill('1991-07-14');
    await drawer.getByRole('button', { name: a.detail.convertSubmit }).click();
    const chartLink = drawer.getByRole('link', { name: a.detail.openChart });
    await chartLink.waitFor();
    await screenshot(staff, 'admissions-converted');
    await chartLink.click();
    await staff.waitForURL(/\/staff\/patients\/[0-9a-f-]{36}$/);
  });
});
