import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Me, meResponse } from '../src/shared/auth';
import { STAFF_ROLES } from '../src/shared/roles';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';
import { en, es } from './strings';

const DEMO_PASSWORD = 'haven-demo-2026';
const demoEmail = (role: string) => `${role}@demo.haven.test`;

describe('signing in to Haven in a browser', () => {
  const run = startServerAndBrowser();

  /** Each test gets its own cookie jar, so sessions never leak between tests. */
  async function newPage(viewport = { width: 1280, height: 800 }): Promise<Page> {
    const context = await run.browser.newContext({ baseURL: run.server.baseUrl, viewport, locale: 'en-US' });
    return context.newPage();
  }

  async function signIn(page: Page, loginPath: string, email: string, password: string): Promise<void> {
    await page.goto(loginPath);
    await page.getByLabel(en.auth.email, { exact: true }).fill(email);
    await page.getByLabel(en.auth.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: en.auth.signIn }).click();
  }

  /** The signed-in user as the server sees it (the page's cookies come along). */
  async function currentUser(page: Page): Promise<Me> {
    const response = await page.request.get('/api/v1/me');
    expect(response.status()).toBe(200);
    return meResponse.parse(await response.json());
  }

  async function expectNoSeriousA11yViolations(page: Page): Promise<void> {
    expect(await checkA11y(page)).toEqual([]);
  }

  it('shows the public home with the crisis lines, accessibly', async () => {
    const page = await newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(en.public.home.heading);
    await page.getByRole('heading', { name: en.public.help.heading }).waitFor();
    // Scoped to <main>: the public site's sticky emergency bar has a "Call 911" link too.
    expect(
      await page
        .getByRole('main')
        .getByRole('link', { name: en.public.help.emergencyCall })
        .getAttribute('href'),
    ).toBe('tel:911');
    expect(await page.getByRole('link', { name: en.public.help.crisisCall }).getAttribute('href')).toBe(
      'tel:988',
    );
    expect(await page.getByRole('link', { name: en.public.help.samhsaCall }).getAttribute('href')).toBe(
      'tel:+18006624357',
    );
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'public-home');

    const phone = await newPage({ width: 390, height: 844 });
    await phone.goto('/');
    await phone.getByRole('heading', { name: en.public.help.heading }).waitFor();
    await screenshot(phone, 'public-home-phone');
    await page.context().close();
    await phone.context().close();
  });

  it('redirects a visitor of the staff workspace to the staff sign-in', async () => {
    const page = await newPage();
    await page.goto('/staff');
    await page.waitForURL('**/staff/login');
    await page.getByRole('heading', { level: 1, name: en.auth.staffLogin.title }).waitFor();
    expect(await page.title()).toContain(en.auth.staffLogin.title);
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'staff-login');
    await page.context().close();
  });

  for (const role of STAFF_ROLES) {
    it(`${role}: signs in, sees name, role and organization, and signs out`, async () => {
      // First the staff member signs in through the form...
      const page = await newPage();
      await signIn(page, '/staff/login', demoEmail(role), DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/staff');
      const me = await currentUser(page);
      expect(me.role).toBe(role);

      // ...then the workspace greets them by name, with their role and organization...
      const welcome = en.staff.home.welcome.replace('{{name}}', me.displayName);
      await page.getByRole('heading', { level: 1, name: welcome }).waitFor();
      await page.getByText(en.roles[role], { exact: true }).waitFor();
      await page.getByText(me.organization.name, { exact: true }).waitFor();
      await page.getByRole('navigation').getByRole('link', { name: en.staff.nav.home }).waitFor();
      if (role === 'admin') {
        await expectNoSeriousA11yViolations(page);
        await screenshot(page, 'staff-home');
      }

      // ...and signing out from the user menu lands on the sign-in page, signed out.
      await page.getByRole('button', { name: me.displayName }).click();
      await page.getByRole('menuitem', { name: en.auth.signOut }).click();
      await page.waitForURL('**/staff/login');
      await page.getByRole('heading', { level: 1, name: en.auth.staffLogin.title }).waitFor();
      expect((await page.request.get('/api/v1/me')).status()).toBe(401);
      await page.context().close();
    });
  }

  it('says clearly when the password is wrong', async () => {
    const page = await newPage();
    await signIn(page, '/staff/login', demoEmail('counselor'), 'not-the-password');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(en.errors.invalidCredentials);
    expect(new URL(page.url()).pathname).toBe('/staff/login');
    await screenshot(page, 'staff-login-wrong-password');
    await page.context().close();
  });

  it('patient signs in at /app/login and sees the patient home', async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto('/app/login');
    await page.getByRole('heading', { level: 1, name: en.auth.patientLogin.title }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'patient-login');

    await signIn(page, '/app/login', demoEmail('patient'), DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/app');
    const me = await currentUser(page);
    const welcome = en.patient.home.welcome.replace('{{name}}', me.displayName);
    await page.getByRole('heading', { level: 1, name: welcome }).waitFor();
    await expectNoSeriousA11yViolations(page);
    await screenshot(page, 'patient-home');

    await page.getByRole('button', { name: en.auth.signOut }).click();
    await page.waitForURL('**/app/login');
    await page.context().close();
  });

  it('routes a patient who used the staff sign-in to the patient app', async () => {
    const page = await newPage();
    await signIn(page, '/staff/login', demoEmail('patient'), DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/app');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.context().close();
  });

  it('switches the sign-in page to Spanish and remembers it', async () => {
    const page = await newPage();
    await page.goto('/staff/login');
    await page.getByRole('heading', { level: 1, name: en.auth.staffLogin.title }).waitFor();
    await page.getByRole('combobox', { name: en.language.label }).selectOption('es');

    await page.getByRole('heading', { level: 1, name: es.auth.staffLogin.title }).waitFor();
    await page.getByLabel(es.auth.email, { exact: true }).waitFor();
    await page.getByRole('button', { name: es.auth.signIn }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('es');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: es.auth.staffLogin.title }).waitFor();
    await screenshot(page, 'staff-login-es');
    await page.context().close();
  });
});
