import { randomUUID } from 'node:crypto';
import { authenticator } from 'otplib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';
import { DEMO_PASSWORD, demoEmail, signInAsStaff } from './staff-sign-in';
import { en } from './strings';

const JSON_HEADERS = { 'content-type': 'application/json' };

/** A code from a later 30-second step than `used`, as an authenticator app would show next. */
async function freshCode(secret: string, used: string): Promise<string> {
  const code = authenticator.generate(secret);
  if (code !== used) return code;
  await new Promise((resolve) => setTimeout(resolve, authenticator.timeRemaining() * 1000 + 500));
  return authenticator.generate(secret);
}

describe('two-step sign-in with an authenticator app', () => {
  const run = startServerAndBrowser({ HAVEN_REQUIRE_MFA: '1' });

  async function newPage(): Promise<Page> {
    const context = await run.browser.newContext({
      baseURL: run.server.baseUrl,
      viewport: { width: 1280, height: 800 },
      locale: 'en-US',
    });
    return context.newPage();
  }

  /** Demo logins are exempt from MFA, so the demo admin creates a real one through the API. */
  async function createStaffUser(user: { email: string; displayName: string; password: string }) {
    const context = await run.browser.newContext({ baseURL: run.server.baseUrl });
    const login = await context.request.post('/api/v1/auth/login', {
      headers: JSON_HEADERS,
      data: { email: demoEmail('admin'), password: DEMO_PASSWORD },
    });
    expect(await login.json()).toEqual({ status: 'ok' });
    const created = await context.request.post('/api/v1/admin/users', {
      headers: JSON_HEADERS,
      data: { ...user, role: 'counselor' },
    });
    expect(created.status()).toBe(201);
    await context.close();
  }

  it('a new staff member sets up an authenticator, then signs in with a fresh code', async () => {
    const id = randomUUID().slice(0, 8);
    const user = {
      email: `morgan.${id}@example.test`,
      displayName: `Morgan Lee ${id}`,
      password: 'quiet-harbor-morning-17',
    };
    await createStaffUser(user);

    // First the person signs in and is sent to set up two-step sign-in...
    const page = await newPage();
    await signInAsStaff(page, user.email, user.password);
    await page.waitForURL('**/staff/mfa/enroll');
    await page.getByRole('heading', { level: 1, name: en.auth.enroll.title }).waitFor();
    await page.getByRole('img', { name: en.auth.enroll.qrAlt }).waitFor();
    const secret = (await page.locator('code').textContent())?.trim() ?? '';
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'mfa-enroll');

    // ...types the code their authenticator app computes from the key on the page...
    const enrolCode = authenticator.generate(secret);
    await page.getByRole('textbox', { name: en.auth.mfa.code }).fill(enrolCode);
    await page.getByRole('button', { name: en.auth.enroll.verify }).click();

    // ...is shown recovery codes once, and continues to the workspace.
    await page.getByRole('heading', { level: 1, name: en.auth.enroll.recoveryTitle }).waitFor();
    const codes = page.getByRole('list', { name: en.auth.enroll.recoveryListLabel }).getByRole('listitem');
    expect(await codes.count()).toBe(10);
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'mfa-recovery-codes');
    await page.getByRole('button', { name: en.auth.enroll.savedContinue }).click();
    await page.waitForURL((url) => url.pathname === '/staff');
    const welcome = en.staff.home.welcome.replace('{{name}}', user.displayName);
    await page.getByRole('heading', { level: 1, name: welcome }).waitFor();

    // Then they sign out...
    await page.getByRole('button', { name: user.displayName }).click();
    await page.getByRole('menuitem', { name: en.auth.signOut }).click();
    await page.waitForURL('**/staff/login');

    // ...and the next sign-in asks for a code: a wrong one is refused, a fresh one lets them in.
    await signInAsStaff(page, user.email, user.password);
    await page.waitForURL('**/staff/mfa');
    await page.getByRole('heading', { level: 1, name: en.auth.mfa.title }).waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'mfa-code');

    const code = page.getByRole('textbox', { name: en.auth.mfa.code });
    const wrong = authenticator.generate(secret) === '000000' ? '111111' : '000000';
    await code.fill(wrong);
    await page.getByRole('button', { name: en.auth.mfa.verify }).click();
    await page.getByRole('alert').waitFor();
    expect(new URL(page.url()).pathname).toBe('/staff/mfa');

    await code.fill(await freshCode(secret, enrolCode));
    await page.getByRole('button', { name: en.auth.mfa.verify }).click();
    await page.waitForURL((url) => url.pathname === '/staff');
    await page.getByRole('heading', { level: 1, name: welcome }).waitFor();
    const me = await page.request.get('/api/v1/me');
    expect((await me.json()).mfaEnabled).toBe(true);
    await page.context().close();
  });
});
