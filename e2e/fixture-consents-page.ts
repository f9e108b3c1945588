import type { Page } from 'playwright-core';
import { caseloadResponse } from '../src/shared/alerts';
import consentsEn from '../src/web/i18n/consents.en.json';
import type { E2eRun } from './harness';
import { DEMO_PASSWORD, demoEmail, signInAsStaff } from './staff-sign-in';

/** The fictional patient of the demo seed, treated by the demo counselor. */
export const FIXTURE_MRN = 'DEMO-A001';

/**
 * Signs the demo counselor in and opens the fixture patient's consents page, as she would: from the
 * caseload's patient id. Returns the page (close its context when done) and the patient as listed.
 */
export async function openFixtureConsentsPage(run: E2eRun, viewport: { width: number; height: number }) {
  const context = await run.browser.newContext({ baseURL: run.server.baseUrl, viewport, locale: 'en-US' });
  const page: Page = await context.newPage();
  await signInAsStaff(page, demoEmail('counselor'), DEMO_PASSWORD);
  await page.waitForURL((url) => url.pathname === '/staff');
  const caseload = caseloadResponse.parse(await (await page.request.get('/api/v1/caseload')).json());
  const fixture = caseload.patients.find((p) => p.mrn === FIXTURE_MRN);
  if (!fixture) throw new Error(`The demo seed has no patient ${FIXTURE_MRN} on the counselor's caseload`);
  await page.goto(`/staff/patients/${fixture.id}/consents`);
  await page.getByRole('heading', { level: 1, name: consentsEn.consents.heading }).waitFor();
  return { page, context, fixture };
}
