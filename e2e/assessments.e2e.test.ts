import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { caseloadResponse } from '../src/shared/alerts';
import clinicalEn from '../src/web/i18n/clinical.en.json';
import { checkA11y, screenshot, startServerAndBrowser } from './harness';
import { DEMO_PASSWORD, demoEmail, signInAsStaff } from './staff-sign-in';

const c = clinicalEn.clinical;
/** The fictional patient of the demo seed's "assessments e2e fixtures" block. */
const FIXTURE_MRN = 'DEMO-A001';

describe('instruments, alerts and ASAM in the chart, in a browser', () => {
  const run = startServerAndBrowser();
  let patientId: string;

  async function signedIn(role: string): Promise<Page> {
    const context = await run.browser.newContext({
      baseURL: run.server.baseUrl,
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
    });
    const page = await context.newPage();
    try {
      await signInAsStaff(page, demoEmail(role), DEMO_PASSWORD);
      await page.waitForURL((url) => url.pathname === '/staff');
    } catch (error) {
      await screenshot(page, `assessments-sign-in-failed-${role}`);
      throw error;
    }
    return page;
  }

  async function expectAccessible(page: Page) {
    expect(await checkA11y(page)).toEqual([]);
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
  }

  it('a counselor completes a PHQ-9 with item 9 = 2 by keyboard, sees the safety prompt, and the alert reaches the caseload', async () => {
    // First the counselor opens her caseload and finds the patient she treats...
    const page = await signedIn('counselor');
    await page.getByRole('navigation').getByRole('link', { name: 'Caseload' }).click();
    await page.getByRole('heading', { level: 1, name: c.caseload.title }).waitFor();
    const caseload = caseloadResponse.parse(await (await page.request.get('/api/v1/caseload')).json());
    const fixture = caseload.patients.find((p) => p.mrn === FIXTURE_MRN);
    expect(fixture).toBeDefined();
    patientId = fixture!.id;
    await page
      .getByRole('row', { name: new RegExp(fixture!.name) })
      .getByRole('link', { name: c.caseload.assessmentsOf })
      .click();
    await page.waitForURL(`**/staff/patients/${patientId}/assessments`);
    await page.getByRole('heading', { level: 1, name: c.page.title }).waitFor();

    // ...chooses the PHQ-9 and answers it with the keyboard alone: Space picks, arrows move, Tab goes on.
    await page.getByLabel(c.page.instrument, { exact: true }).selectOption('phq9');
    await page.getByRole('radiogroup').first().waitFor();
    await page.getByRole('radiogroup').first().getByRole('radio').first().focus();
    for (let item = 1; item <= 9; item++) {
      await page.keyboard.press('Space');
      if (item === 9) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowDown');
      }
      if (item < 9) await page.keyboard.press('Tab');
    }
    const q9 = page.getByRole('radiogroup').nth(8);
    expect(await q9.getByRole('radio', { checked: true }).getAttribute('value')).toBe('2');

    // The safety prompt appears on the same screen, with what the protocol asks next.
    const prompt = page.getByRole('alert', { name: c.flags.label });
    await prompt.getByText(/Suicide risk: PHQ-9 item 9/).waitFor();
    await prompt.getByText(/988 Suicide & Crisis Lifeline/).waitFor();
    await prompt.getByText(c.flags.asqNotDone).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'assessments-phq9-safety-prompt');

    // She saves; the flags stay in view, and the care team is alerted.
    await page.getByRole('button', { name: c.form.save }).click();
    await page.getByText(c.form.saved, { exact: true }).waitFor();
    await prompt.getByText(/Suicide risk: PHQ-9 item 9/).waitFor();
    await page.getByText(/The care team has been alerted/).waitFor();
    await screenshot(page, 'assessments-phq9-saved');

    // The caseload now shows the suicide-risk alert for this patient.
    await page.getByRole('navigation').getByRole('link', { name: 'Caseload' }).click();
    const card = page.locator('[data-testid="alert-card"][data-kind="suicide-risk"]', {
      hasText: fixture!.name,
    });
    await card.first().waitFor();
    await card.first().getByText(c.caseload.kind['suicide-risk']).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'caseload-alerts');
    await page.context().close();
  });

  it('a nurse records three COWS scores with the time since last use and sees the trend', async () => {
    const page = await signedIn('nurse');
    await page.goto(`/staff/patients/${patientId}/assessments?instrument=cows`);
    await page.getByRole('heading', { level: 1, name: c.page.title }).waitFor();
    // Three ratings during induction; the option picked in each item rises with time since last use.
    const runs = [
      { option: 0, hours: 8, minutes: 30, label: 'Induction hour 0' },
      { option: 1, hours: 10, minutes: 0, label: 'Induction hour 1' },
      { option: 2, hours: 12, minutes: 15, label: 'Induction hour 2' },
    ];
    for (const run of runs) {
      const groups = page.getByRole('radiogroup');
      await groups.first().waitFor();
      const count = await groups.count();
      expect(count).toBe(11);
      for (let i = 0; i < count; i++) {
        await groups.nth(i).getByRole('radio').nth(run.option).click();
      }
      await page.getByLabel(c.form.hoursSinceUse).fill(String(run.hours));
      await page.getByLabel(c.form.minutesSinceUse).fill(String(run.minutes));
      await page.getByLabel(c.form.timelineLabel).fill(run.label);
      await page.getByRole('button', { name: c.form.save }).click();
      await page.getByText(c.form.saved, { exact: true }).waitFor();
    }
    const trend = page.getByRole('region', { name: /Clinical Opiate Withdrawal Scale.*trend|COWS.*trend/ });
    await trend.waitFor();
    await expect.poll(() => trend.getByTestId('trend-point').count()).toBe(3);
    await expect.poll(() => trend.locator('.recharts-line-dots circle, .recharts-dot').count()).toBe(3);
    await trend.getByText('12 h 15 min since last use').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'assessments-cows-trend');

    // Each point opens its answers, with the way to correct them.
    await trend
      .getByRole('button', { name: new RegExp(c.trend.viewAnswers) })
      .last()
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.getByRole('button', { name: c.drawer.amend }).waitFor();
    await drawer.getByText('Induction hour 2').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'assessments-cows-answers');
    await page.context().close();
  });

  it('a counselor rates the ASAM dimensions and sees the decision-support recommendation (D1 = 3 -> 3.7-WM)', async () => {
    const page = await signedIn('counselor');
    await page.goto(`/staff/patients/${patientId}/asam`);
    await page.getByRole('heading', { level: 1, name: c.asam.title }).waitFor();
    await page.getByText(c.asam.decisionSupport).waitFor();
    const d1 = page.getByRole('group', { name: c.asam.dimensions.d1 });
    await d1.getByText('3', { exact: true }).click();
    await d1.getByLabel(c.asam.note).fill('Last use 14 hours ago; history of complicated withdrawal.');
    await expect.poll(() => page.getByTestId('asam-recommended-level').textContent()).toBe('Level 3.7-WM');
    await page.getByText('Rule R2').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'asam-recommendation');
    await page.getByRole('button', { name: c.asam.save }).click();
    await page.getByText(c.asam.saved).waitFor();
    await page.getByText('The episode’s level of care is now 3.7-WM.').waitFor();
    await screenshot(page, 'asam-saved');
    await page.context().close();
  });
});
