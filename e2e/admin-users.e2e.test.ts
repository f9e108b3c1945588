import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Me, meResponse } from '../src/shared/auth';
import admin from '../src/web/i18n/admin.en.json';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';
import { DEMO_PASSWORD, demoEmail, signInAsStaff } from './staff-sign-in';
import { en } from './strings';

const users = admin.admin.users;
const fill = (text: string, values: Record<string, string>) =>
  text.replace(/{{(\w+)}}/g, (_, key: string) => values[key] ?? '');

describe('staff user administration in a browser', () => {
  const run = startServerAndBrowser();

  /** Each person gets their own browser context (cookie jar). */
  async function newPage(): Promise<Page> {
    const context = await run.browser.newContext({
      baseURL: run.server.baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
    });
    return context.newPage();
  }

  async function signInTo(page: Page, email: string, password: string): Promise<Me> {
    await signInAsStaff(page, email, password);
    await page.waitForURL((url) => url.pathname === '/staff');
    const response = await page.request.get('/api/v1/me');
    expect(response.status()).toBe(200);
    return meResponse.parse(await response.json());
  }

  it('admin adds a counselor, makes them a nurse, and cannot change their own role', async () => {
    // First the administrator signs in and opens Users from the navigation...
    const page = await newPage();
    const me = await signInTo(page, demoEmail('admin'), DEMO_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: admin.admin.nav.users }).click();
    await page.waitForURL('**/staff/admin/users');
    await page.getByRole('heading', { level: 1, name: users.title }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.title()).toContain(users.title);

    // ...adds a counselor with an email no other run uses...
    const id = randomUUID().slice(0, 8);
    const name = `Casey Rivera ${id}`;
    const email = `casey.${id}@example.test`;
    const password = 'lantern-over-the-river-42';
    await page.getByRole('textbox', { name: users.add.name }).fill(name);
    await page.getByRole('textbox', { name: users.add.email }).fill(email);
    await page.getByRole('combobox', { name: users.add.role, exact: true }).selectOption('counselor');
    await page.getByLabel(users.add.password).fill(password);
    await page.getByRole('button', { name: users.add.submit }).click();
    const added = fill(users.add.added, { name, role: en.roles.counselor });
    await page.getByRole('status').filter({ hasText: added }).waitFor();

    // ...sees them in the table, without two-step sign-in yet...
    const row = page.getByRole('row').filter({ hasText: email });
    await row.getByRole('rowheader', { name }).waitFor();
    await row.getByRole('cell', { name: users.mfaOff, exact: true }).waitFor();
    const roleSelect = page.getByRole('combobox', { name: fill(users.roleFor, { name }) });
    expect(await roleSelect.inputValue()).toBe(en.roles.counselor);

    // ...and, with the keyboard only, makes them a nurse, which saves at once and says so.
    await roleSelect.focus();
    await page.keyboard.press('ArrowDown');
    const options = page.getByRole('listbox', { name: fill(users.roleFor, { name }) });
    await options.getByRole('option', { name: en.roles.counselor, selected: true }).waitFor();
    await page.keyboard.press('ArrowDown'); // prescriber
    await page.keyboard.press('ArrowDown'); // nurse
    await page.keyboard.press('Enter');
    const changed = fill(users.roleChanged, { name, role: en.roles.nurse });
    await page.getByRole('status').filter({ hasText: changed }).waitFor();
    expect(await roleSelect.inputValue()).toBe(en.roles.nurse);

    // The administrator's own role cannot be changed here, and the page says why.
    const ownRole = page.getByRole('combobox', { name: fill(users.roleFor, { name: me.displayName }) });
    expect(await ownRole.isDisabled()).toBe(true);
    expect(await ownRole.getAttribute('aria-describedby')).toBeTruthy();
    await page.getByText(users.ownRole, { exact: true }).waitFor();

    expect(await checkA11y(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0)); // a full-page capture of a scrolled shell misplaces its fixed header
    await screenshot(page, 'admin-users');

    // Then the new person signs in in their own browser and the workspace knows them as a nurse.
    const person = await newPage();
    const them = await signInTo(person, email, password);
    expect(them.role).toBe('nurse');
    await person.getByRole('heading', { level: 1, name: fill(en.staff.home.welcome, { name }) }).waitFor();
    await person.getByText(en.roles.nurse, { exact: true }).waitFor();
    await page.context().close();
    await person.context().close();
  });

  it('refuses a second account for the same email, next to the form', async () => {
    const page = await newPage();
    await signInTo(page, demoEmail('admin'), DEMO_PASSWORD);
    await page.goto('/staff/admin/users');
    await page.getByRole('textbox', { name: users.add.name }).fill('Someone Else');
    await page.getByRole('textbox', { name: users.add.email }).fill(demoEmail('nurse'));
    await page.getByRole('combobox', { name: users.add.role, exact: true }).selectOption('intake');
    await page.getByLabel(users.add.password).fill('a-long-enough-phrase');
    await page.getByRole('button', { name: users.add.submit }).click();
    await page.getByRole('alert').filter({ hasText: users.errors.userExists }).waitFor();
    await page.getByText(users.errors.emailTaken, { exact: true }).waitFor();

    // A short password is caught before anything is sent.
    await page.getByLabel(users.add.password).fill('short');
    await page.getByRole('button', { name: users.add.submit }).click();
    await page.getByText(fill(users.validation.password, { min: '12' }), { exact: true }).waitFor();
    await page.context().close();
  });

  it('a director sees the staff list but cannot change it', async () => {
    const page = await newPage();
    await signInTo(page, demoEmail('director'), DEMO_PASSWORD);
    await page.getByRole('navigation').getByRole('link', { name: admin.admin.nav.users }).click();
    await page.getByRole('heading', { level: 1, name: users.title }).waitFor();
    await page
      .getByRole('row')
      .filter({ hasText: demoEmail('counselor') })
      .waitFor();
    await page.getByText(users.readOnly, { exact: true }).waitFor();
    expect(await page.getByRole('button', { name: users.add.submit }).count()).toBe(0);
    expect(await page.getByRole('combobox', { name: /^Role for / }).count()).toBe(0);
    await page.context().close();
  });

  it('a nurse has no Users entry, and the address says clearly it is not for them', async () => {
    const page = await newPage();
    await signInTo(page, demoEmail('nurse'), DEMO_PASSWORD);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: en.staff.nav.home }).waitFor();
    expect(await nav.getByRole('link', { name: admin.admin.nav.users }).count()).toBe(0);

    await page.goto('/staff/admin/users');
    await page.getByRole('heading', { level: 1, name: users.notAllowed.title }).waitFor();
    await page.getByText(users.notAllowed.body, { exact: true }).waitFor();
    expect(await page.getByRole('heading', { name: en.routeError.title }).count()).toBe(0);
    expect(await page.getByRole('table').count()).toBe(0);
    await screenshot(page, 'admin-users-not-allowed');
    await page.context().close();
  });
});
