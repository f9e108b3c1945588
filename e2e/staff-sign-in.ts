import type { Page } from 'playwright-core';
import { en } from './strings';

/** Every demo login shares this password (HAVEN_DEMO_PASSWORD's default). */
export const DEMO_PASSWORD = 'haven-demo-2026';
export const demoEmail = (role: string) => `${role}@demo.haven.test`;

/** Signs in through the staff sign-in form, as a person would; the caller waits for where it lands. */
export async function signInAsStaff(page: Page, email: string, password: string): Promise<void> {
  await page.goto('/staff/login');
  await page.getByLabel(en.auth.email, { exact: true }).fill(email);
  await page.getByLabel(en.auth.password, { exact: true }).fill(password);
  await page.getByRole('button', { name: en.auth.signIn }).click();
}
