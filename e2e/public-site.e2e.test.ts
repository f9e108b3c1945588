import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signsChecklist } from '../src/domain/instruments/signs-checklist';
import publicEn from '../src/web/i18n/public.en.json';
import publicEs from '../src/web/i18n/public.es.json';
import { inlineText, parseMarkdown } from '../src/web/routes/public/content/markdown';
import { CONTENT_PAGES } from '../src/web/routes/public/public-pages';
import { checkA11y, REPO_ROOT, screenshot, startServerAndBrowser } from './harness';
import { en, es } from './strings';

const site = { en: publicEn.site, es: publicEs.site };
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

/** The h1 and front matter of a content page, read from the Markdown the SPA renders. */
function contentPage(lang: 'en' | 'es', slug: string) {
  const doc = parseMarkdown(
    readFileSync(path.join(REPO_ROOT, 'src/web/content', lang, `${slug}.md`), 'utf8'),
  );
  const h1 = doc.blocks.find((b) => b.type === 'heading' && b.level === 1);
  return {
    h1: h1?.type === 'heading' ? inlineText(h1.children) : '',
    title: doc.meta.title ?? '',
    description: doc.meta.description ?? '',
  };
}

const itemText = (id: string) => signsChecklist.items.find((i) => i.id === id)!.text.en;

/** Every public page with the h1 it shows in English. */
const PAGES = [
  { name: 'home', path: '/', h1: en.public.home.heading },
  { name: 'signs', path: '/signs', h1: site.en.signs.heading },
  { name: 'emergency', path: '/emergency', h1: site.en.emergency.heading },
  ...CONTENT_PAGES.map((slug) => ({ name: slug, path: `/${slug}`, h1: contentPage('en', slug).h1 })),
];

describe('the public site in a browser', () => {
  const run = startServerAndBrowser();

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await run.browser.newContext({ baseURL: run.server.baseUrl, viewport, locale: 'en-US' });
    return context.newPage();
  }

  const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
  const emergencyLink = (page: Page, lang: 'en' | 'es' = 'en') =>
    page
      .getByRole('navigation', { name: site[lang].emergencyBar.label })
      .getByRole('link', { name: site[lang].emergencyBar.link });

  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    describe(`on a ${viewportName} (${viewport.width}x${viewport.height})`, () => {
      it('every public page: its h1, no serious axe violations, and the emergency steps one click away', async () => {
        const page = await newPage(viewport);
        for (const entry of PAGES) {
          await page.goto(entry.path);
          await h1(page, entry.h1).waitFor();
          expect(await checkA11y(page), entry.path).toEqual([]);
          await screenshot(page, `public-${entry.name}-${viewportName}`);

          // The sticky emergency link is on the page, visible, and one click reaches /emergency.
          const link = emergencyLink(page);
          expect(await link.isVisible(), entry.path).toBe(true);
          await link.click();
          await page.waitForURL((url) => url.pathname === '/emergency');
          await h1(page, site.en.emergency.heading).waitFor();
          expect(await page.getByRole('link', { name: site.en.emergency.call911 }).getAttribute('href')).toBe(
            'tel:911',
          );
        }
        await page.context().close();
      });

      it('each content page in English, then in Spanish after switching the language', async () => {
        const page = await newPage(viewport);
        for (const slug of CONTENT_PAGES) {
          const english = contentPage('en', slug);
          const spanish = contentPage('es', slug);
          await page.goto(`/${slug}`);
          await h1(page, english.h1).waitFor();
          expect(await page.title()).toBe(`${english.title} | Haven`);
          expect(await page.getAttribute('meta[name="description"]', 'content')).toBe(english.description);

          await page.getByRole('combobox', { name: en.language.label }).selectOption('es');
          await h1(page, spanish.h1).waitFor();
          expect(await page.title()).toBe(`${spanish.title} | Haven`);
          expect(await page.getAttribute('meta[name="description"]', 'content')).toBe(spanish.description);
          expect(await emergencyLink(page, 'es').isVisible()).toBe(true);
          if (slug === 'programs') await screenshot(page, `public-programs-es-${viewportName}`);
          await page.getByRole('combobox', { name: es.language.label }).selectOption('en');
          await h1(page, english.h1).waitFor();
        }
        await page.context().close();
      });

      it('signs checklist: "can’t be woken" = yes shows the emergency steps first, and nothing is sent', async () => {
        const page = await newPage(viewport);
        await page.goto('/signs');
        await h1(page, site.en.signs.heading).waitFor();
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));

        // The first thing asked is the overdose question; the signs are not shown yet.
        expect(await page.getByRole('checkbox').count()).toBe(0);
        await page
          .getByRole('radiogroup', { name: itemText('overdose-unresponsive') })
          .getByRole('radio', { name: site.en.signs.yes })
          .click(); // not check(): the radio is gone at once, with the page it was on

        await page.waitForURL((url) => url.pathname === '/emergency');
        await h1(page, site.en.emergency.heading).waitFor();
        await page.getByRole('alert').filter({ hasText: site.en.emergency.fromChecklist }).waitFor();
        expect(await page.getByRole('heading', { name: site.en.signs.resultHeading }).count()).toBe(0);
        expect(requests.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
        expect(await checkA11y(page)).toEqual([]);
        await screenshot(page, `public-signs-overdose-${viewportName}`);
        await page.context().close();
      });

      it('signs checklist without an overdose: a result that is not a diagnosis, with next steps', async () => {
        const page = await newPage(viewport);
        await page.goto('/signs');
        await h1(page, site.en.signs.heading).waitFor();
        const requests: string[] = [];
        page.on('request', (request) => requests.push(request.url()));

        // A parent answers no to each overdose question in turn...
        for (const id of ['overdose-unresponsive', 'overdose-breathing', 'overdose-pupils']) {
          await page
            .getByRole('radiogroup', { name: itemText(id) })
            .getByRole('radio', { name: site.en.signs.no })
            .check();
        }
        // ...says it is about someone they care about, and checks four signs.
        await page.getByRole('radio', { name: site.en.signs.who.other }).check();
        for (const id of ['mood-swings', 'secrecy', 'withdrawing', 'money-problems']) {
          await page.getByRole('checkbox', { name: itemText(id) }).check();
        }
        await page.getByRole('button', { name: site.en.signs.submit }).click();

        const result = page.getByRole('region', { name: site.en.signs.resultHeading });
        await result.waitFor();
        await result
          .getByText(site.en.signs.count.replace('{{count}}', '4').replace('{{total}}', '16'))
          .waitFor();
        await result.getByText(site.en.signs.notDiagnosis).waitFor();
        await result.getByText(site.en.signs.next.other.talk).waitFor();
        expect(await result.getByRole('link', { name: site.en.signs.findCenter }).getAttribute('href')).toBe(
          '/find',
        );
        expect(
          await result.getByRole('link', { name: site.en.signs.requestAdmission }).getAttribute('href'),
        ).toBe('/admission');
        expect(requests.filter((url) => new URL(url).pathname.startsWith('/api/'))).toEqual([]);
        expect(await checkA11y(page)).toEqual([]);
        // Focus moved down to the result; a full-page capture of a scrolled page misplaces the sticky bar.
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `public-signs-result-${viewportName}`);
        await page.context().close();
      });
    });
  }

  it('on a phone, the page links sit behind the menu button', async () => {
    const page = await newPage(VIEWPORTS.phone);
    await page.goto('/');
    await h1(page, en.public.home.heading).waitFor();
    const nav = page.getByRole('navigation', { name: site.en.nav.label });
    expect(await nav.isVisible()).toBe(false);
    await page.getByRole('button', { name: site.en.nav.menu }).click();
    await nav.getByRole('link', { name: site.en.nav.faq }).waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'public-menu-phone');
    await nav.getByRole('link', { name: site.en.nav.faq }).click();
    await h1(page, contentPage('en', 'faq').h1).waitFor();
    expect(await nav.isVisible()).toBe(false);
    await page.context().close();
  });

  it('scores the checklist through the public API too, without storing anything', async () => {
    const response = await fetch(`${run.server.baseUrl}/api/v1/instruments/signs-checklist/score`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ answers: { 'overdose-unresponsive': 'yes' } }),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ score: null, band: 'possible-overdose', flags: ['overdose'] });
  });
});
