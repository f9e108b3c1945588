import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signsChecklist } from '../src/domain/instruments/signs-checklist';
import type { CenterSearchResponse } from '../src/shared/centers';
import admissionsEn from '../src/web/i18n/admissions.en.json';
import coreEn from '../src/web/i18n/en.json';
import finderEn from '../src/web/i18n/finder.en.json';
import finderEs from '../src/web/i18n/finder.es.json';
import publicEn from '../src/web/i18n/public.en.json';
import { checkA11y, launchBrowser, REPO_ROOT, type RunningServer, screenshot, startServer } from './harness';

const f = { en: finderEn.finder, es: finderEs.finder };
const site = publicEn.site;
const adm = admissionsEn.admissions;
const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
} as const;

// Springfield, IL 62701 as the offline ZIP table places it; the fictional directory lies due north and south.
const ORIGIN = { lat: 39.8, lng: -89.6495 };
const MILE = 1 / 69.09;
const FACILITIES = [
  { id: 'e2e-1', name: 'Fictional Lincoln Recovery Clinic (e2e)', miles: 2, codes: 'OP BU MD SF SP' },
  {
    id: 'e2e-2',
    name: 'Fictional Capitol Opioid Treatment Program (e2e)',
    miles: 4,
    codes: 'OTP METH BU MD MC SDA WI',
  },
  { id: 'e2e-3', name: 'Fictional Prairie Residential (e2e)', miles: 8, codes: 'RES DT PI SS FEM' },
  { id: 'e2e-4', name: 'Fictional Chatham Counseling (e2e)', miles: -9, codes: 'OP BU SF FREE ASL' },
  { id: 'e2e-5', name: 'Fictional Sangamon Telehealth (e2e)', miles: 12, codes: 'OP CT NU PI MD' },
  { id: 'e2e-6', name: 'Fictional Riverton Youth Services (e2e)', miles: 18, codes: 'IOT ADOL YAD MD SS' },
];

function directoryCsv(): string {
  const rows = FACILITIES.map((c) =>
    [
      c.id,
      c.name,
      `${Math.abs(c.miles)} Example Road`,
      'Springfield',
      'IL',
      '62701',
      `(555) 010-01${c.id.slice(-1).padStart(2, '0')}`,
      `https://${c.id}.example.org`,
      (ORIGIN.lat + c.miles * MILE).toFixed(5),
      String(ORIGIN.lng),
      `"${c.codes}"`,
    ].join(','),
  );
  return ['frid,name1,street1,city,state,zip,phone,website,latitude,longitude,services', ...rows].join('\n');
}

/** A 256x256 map-like tile (pale grey, a darker grid line on two edges), made here so no file is needed. */
function tilePng(): Buffer {
  const size = 256;
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3); // filter byte 0, then RGB
    for (let x = 0; x < size; x++) {
      const edge = x === 0 || y === 0;
      row.fill(edge ? 0xc8 : 0xec, 1 + x * 3, 4 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
const TILE = tilePng();

/** A local tile server, so the map never needs the internet; `failing` makes every tile a 503. */
async function startTileServer() {
  const state = { failing: false, served: 0 };
  const server: Server = createServer((req, res) => {
    const ok = !state.failing && /^\/tiles\/\d+\/\d+\/\d+\.png$/.test(req.url ?? '');
    res.writeHead(ok ? 200 : 503, {
      'content-type': ok ? 'image/png' : 'text/plain',
      'cache-control': 'no-store',
    });
    if (ok) state.served += 1;
    res.end(ok ? TILE : 'unavailable');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    state,
    template: `http://127.0.0.1:${port}/tiles/{z}/{x}/{y}.png`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('the center finder in a browser', () => {
  let tiles: Awaited<ReturnType<typeof startTileServer>>;
  let dataDir: string;
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    tiles = await startTileServer();
    // First the national directory is imported into a fresh database (the command an operator runs)...
    dataDir = await mkdtemp(path.join(tmpdir(), 'haven-e2e-finder-'));
    const csv = path.join(dataDir, 'directory.csv');
    await writeFile(csv, directoryCsv());
    const env: NodeJS.ProcessEnv = { ...process.env, HAVEN_DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    delete env.DATABASE_URL;
    const imported = spawnSync(
      path.join(REPO_ROOT, 'node_modules/.bin/tsx'),
      ['src/cli.ts', 'import-centers', csv, '--verified', '2026-02-01'],
      { cwd: REPO_ROOT, env, encoding: 'utf8' },
    );
    expect(imported.stdout).toContain(`${FACILITIES.length} imported`);
    // ...then Haven starts on it (seeding the demo organization's two sites) with map tiles configured.
    server = await startServer({
      HAVEN_DATA_DIR: dataDir,
      HAVEN_MAP_TILE_URL: tiles.template,
      HAVEN_MAP_ATTRIBUTION: 'Test tiles for the e2e',
    });
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await tiles?.close();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  async function newPage(viewport: { width: number; height: number }, extra: BrowserContextOptions = {}) {
    const context = await browser.newContext({
      baseURL: server.baseUrl,
      viewport,
      locale: 'en-US',
      ...extra,
    });
    return context.newPage();
  }

  async function api(query: string): Promise<CenterSearchResponse> {
    const res = await fetch(`${server.baseUrl}/api/v1/centers?${query}`);
    expect(res.status).toBe(200);
    return (await res.json()) as CenterSearchResponse;
  }

  const summary = (page: Page) => page.locator('#results-heading');
  const cards = (page: Page) => page.getByRole('article');
  const summaryText = (count: number, place: string, lang: 'en' | 'es' = 'en') =>
    f[lang].results[count === 1 ? 'summary_one' : 'summary_other']
      .replace('{{count}}', String(count))
      .replace('{{place}}', place);

  /** The names and distances the page shows, in order. */
  async function shown(page: Page) {
    // The cards' code arrives in its own chunk alongside the first search; wait for them, as a reader would.
    await cards(page).first().waitFor();
    const names = await cards(page).getByRole('heading', { level: 3 }).allTextContents();
    const distances = (await page.getByTestId('center-distance').allTextContents()).map((text) =>
      Number(/([\d.,]+)/.exec(text)![1]!.replace(',', '')),
    );
    return { names, distances };
  }

  async function searchFor(page: Page, near: string) {
    await page.getByRole('textbox', { name: f.en.search.label }).fill(near);
    await page.getByRole('button', { name: f.en.search.submit, exact: true }).click();
  }

  async function openFilters(page: Page, viewportName: string) {
    if (viewportName !== 'phone') return;
    await page.getByRole('button', { name: f.en.filters.show }).click();
    await page.getByRole('checkbox', { name: f.en.medications.methadone }).waitFor();
  }

  for (const [viewportName, viewport] of Object.entries(VIEWPORTS)) {
    describe(`on a ${viewportName} (${viewport.width}x${viewport.height})`, () => {
      it('a ZIP search lists the nearest centers first, with the distances the API gives', async () => {
        const page = await newPage(viewport);
        await page.goto('/');
        // The finder is one click from the home page's "Get help now".
        const help = page.getByRole('region', { name: coreEn.public.help.heading });
        await help.getByRole('link', { name: site.home.findCenter }).waitFor();
        // The demo's (fictional) admissions line comes from the server's configuration.
        await help
          .getByRole('link', { name: site.home.admissionsCall.replace('{{phone}}', '(555) 010-0199') })
          .waitFor();
        await help.screenshot({
          path: path.join(REPO_ROOT, 'e2e/screenshots', `finder-home-help-${viewportName}.png`),
        });
        await page
          .getByRole('region', { name: coreEn.public.help.heading })
          .getByRole('link', { name: site.home.findCenter })
          .click();
        await page.getByRole('heading', { level: 1, name: f.en.heading }).waitFor();
        expect(await page.title()).toBe(`${f.en.title} | Haven`);
        expect(await checkA11y(page)).toEqual([]);

        await searchFor(page, '62701');
        await page.waitForURL((url) => url.searchParams.get('near') === '62701');
        const expected = await api('near=62701&limit=20');
        await summary(page)
          .getByText(summaryText(expected.centers.length, 'Springfield, IL 62701'))
          .waitFor();

        const { names, distances } = await shown(page);
        expect(names).toEqual(expected.centers.map((c) => c.name));
        expect(distances).toEqual(expected.centers.map((c) => c.distanceMiles));
        expect(distances).toEqual([...distances].sort((a, b) => a - b));
        // Both demo sites and all six directory listings are within reach.
        expect(names).toHaveLength(8);

        // A directory listing is marked as outside the organization and links its own site; our sites offer
        // the admission request instead.
        const external = cards(page).filter({ hasText: FACILITIES[1]!.name });
        await external.getByText(f.en.center.external).waitFor();
        expect(await external.getByRole('link', { name: /^Website/ }).getAttribute('href')).toBe(
          'https://e2e-2.example.org/',
        );
        expect(await external.getByRole('link', { name: /^Call/ }).getAttribute('href')).toBe(
          'tel:+15550100102',
        );
        expect(await external.getByRole('link', { name: /^Request an admission/ }).count()).toBe(0);
        await external.getByText(f.en.center.sameDay).waitFor();
        await external.getByText(f.en.center.walkIn).waitFor();
        await external.getByText('Information last checked on February 1, 2026.').waitFor();
        const ours = cards(page).filter({ hasText: 'Haven Demo — Downtown Clinic' });
        await ours.getByText(f.en.center.ours).waitFor();
        await ours.getByText('Mon–Fri 7:00–19:00, Sat 8:00–12:00').waitFor();

        expect(await checkA11y(page)).toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `finder-results-${viewportName}`);
        await page.context().close();
      });

      it('a filter narrows the list to centers that offer it, and the back button undoes it', async () => {
        const page = await newPage(viewport);
        await page.goto('/find?near=62701');
        const all = await api('near=62701&limit=20');
        await summary(page).getByText(summaryText(all.centers.length, 'Springfield, IL 62701')).waitFor();

        await openFilters(page, viewportName);
        await page.getByRole('checkbox', { name: f.en.medications.methadone }).check();
        await page.waitForURL((url) => url.searchParams.get('medications') === 'methadone');
        const methadone = await api('near=62701&limit=20&medications=methadone');
        expect(methadone.centers.length).toBeGreaterThan(0);
        expect(methadone.centers.length).toBeLessThan(all.centers.length);
        await summary(page)
          .getByText(summaryText(methadone.centers.length, 'Springfield, IL 62701'))
          .waitFor();
        expect((await shown(page)).names).toEqual(methadone.centers.map((c) => c.name));
        // Every center left offers methadone, in words on its card.
        for (const card of await cards(page).all()) {
          expect(await card.locator('dd').filter({ hasText: f.en.medications.methadone }).count()).toBe(1);
        }
        // A second filter group narrows further (groups combine with AND).
        await page.getByRole('checkbox', { name: f.en.filters.walkIn }).check();
        await page.waitForURL((url) => url.searchParams.get('walkIn') === 'true');
        const both = await api('near=62701&limit=20&medications=methadone&walkIn=true');
        await summary(page).getByText(summaryText(both.centers.length, 'Springfield, IL 62701')).waitFor();
        for (const card of await cards(page).all()) await card.getByText(f.en.center.walkIn).waitFor();

        expect(await checkA11y(page)).toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `finder-filtered-${viewportName}`);

        // Back: the walk-in filter goes, then methadone; the list follows the address bar.
        await page.goBack();
        await page.waitForURL((url) => url.searchParams.get('walkIn') === null);
        await summary(page)
          .getByText(summaryText(methadone.centers.length, 'Springfield, IL 62701'))
          .waitFor();
        await page.goBack();
        await summary(page).getByText(summaryText(all.centers.length, 'Springfield, IL 62701')).waitFor();
        await page.context().close();
      });

      it('the Spanish switch translates the finder, its filters and its results', async () => {
        const page = await newPage(viewport);
        await page.goto('/find?near=62701&medications=methadone');
        const methadone = await api('near=62701&limit=20&medications=methadone');
        await summary(page)
          .getByText(summaryText(methadone.centers.length, 'Springfield, IL 62701'))
          .waitFor();
        await page.getByRole('combobox', { name: coreEn.language.label }).selectOption('es');

        await page.getByRole('heading', { level: 1, name: f.es.heading }).waitFor();
        expect(await page.title()).toBe(`${f.es.title} | Haven`);
        await summary(page)
          .getByText(summaryText(methadone.centers.length, 'Springfield, IL 62701', 'es'))
          .waitFor();
        await page.getByRole('button', { name: f.es.search.submit, exact: true }).waitFor();
        await page.getByRole('heading', { name: f.es.filters.heading }).waitFor();
        const first = cards(page).first();
        await first.getByText(/millas?$/).waitFor();
        await first.locator('dd').filter({ hasText: f.es.medications.methadone }).waitFor();
        if (viewportName === 'phone')
          await page.getByRole('button', { name: f.es.filters.showActive.replace('{{count}}', '1') }).click();
        await page.getByRole('checkbox', { name: f.es.medications.methadone }).waitFor();
        expect(await page.getByRole('checkbox', { name: f.es.medications.methadone }).isChecked()).toBe(true);
        expect(await checkA11y(page)).toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `finder-es-${viewportName}`);
        await page.context().close();
      });

      it('the map shows every result as a numbered marker that leads to its entry in the list', async () => {
        tiles.state.failing = false;
        const served = tiles.state.served;
        const page = await newPage(viewport);
        await page.goto('/find?near=62701');
        const all = await api('near=62701&limit=20');
        await summary(page).getByText(summaryText(all.centers.length, 'Springfield, IL 62701')).waitFor();
        // The list needs no map: Leaflet is not downloaded until the map is opened.
        const scripts: string[] = [];
        page.on('request', (r) => {
          if (r.resourceType() === 'script') scripts.push(r.url());
        });
        expect(await page.locator('.leaflet-container').count()).toBe(0);

        await page
          .getByRole('group', { name: f.en.results.view })
          .getByRole('button', { name: f.en.results.map })
          .click();
        await page.waitForURL((url) => url.searchParams.get('view') === 'map');
        expect(await page.getByRole('button', { name: f.en.results.map }).getAttribute('aria-pressed')).toBe(
          'true',
        );
        const markers = page.locator('.finder-marker');
        await markers.first().waitFor();
        expect(await markers.count()).toBe(all.centers.length);
        expect(scripts.some((url) => /center-map-[\w-]+\.js$/.test(url))).toBe(true);
        await page.locator('.leaflet-tile-loaded').first().waitFor({ state: 'attached' });
        expect(tiles.state.served).toBeGreaterThan(served);
        await page.getByText('Test tiles for the e2e').waitFor();
        // Markers are buttons named after their center; the list is still there under the map.
        const firstName = all.centers[0]!.name;
        expect(await markers.first().getAttribute('title')).toMatch(
          new RegExp(`^1\\. ${firstName.replace(/[()]/g, '\\$&')}, `),
        );
        expect(await cards(page).count()).toBe(all.centers.length);
        expect(await checkA11y(page)).toEqual([]);
        await page.evaluate(() => window.scrollTo(0, 0));
        await screenshot(page, `finder-map-${viewportName}`);

        // Choosing marker 3 (by keyboard) moves the focus to the third center's entry.
        await markers.nth(2).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (name) => document.activeElement?.textContent === name,
          all.centers[2]!.name,
        );
        await page.context().close();
      });
    });
  }

  it('when the map tiles cannot load, the finder falls back to the list and says so', async () => {
    tiles.state.failing = true;
    try {
      const page = await newPage(VIEWPORTS.phone);
      await page.goto('/find?near=62701&view=map');
      await page.getByText(f.en.map.failed).waitFor();
      await page.waitForURL((url) => url.searchParams.get('view') === null);
      expect(await page.locator('.leaflet-container').count()).toBe(0);
      expect(await page.getByRole('group', { name: f.en.results.view }).count()).toBe(0);
      expect(await cards(page).count()).toBe(8);
      expect(await checkA11y(page)).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await screenshot(page, 'finder-map-failed-phone');
      await page.context().close();
    } finally {
      tiles.state.failing = false;
    }
  });

  it('explains an unknown ZIP code and an empty result, with the national helpline', async () => {
    const page = await newPage(VIEWPORTS.desktop);
    await page.goto('/find');
    await searchFor(page, '00000');
    await page
      .getByRole('alert')
      .filter({ hasText: "We don't know the ZIP code 00000. Check it or try a city." })
      .waitFor();
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'finder-unknown-zip');

    // Residential care with methadone: nobody near here offers both.
    await page.goto('/find?near=62701&care=residential&medications=methadone');
    await page.getByRole('heading', { name: f.en.results.emptyHeading }).waitFor();
    await page.getByText(f.en.results.emptyFiltered.replace('{{place}}', 'Springfield, IL 62701')).waitFor();
    expect(await page.getByRole('link', { name: f.en.results.helplineCall }).getAttribute('href')).toBe(
      'tel:+18006624357',
    );
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'finder-empty');
    await page.getByRole('button', { name: f.en.filters.clear }).first().click();
    await page.waitForURL((url) => url.search === '?near=62701');
    await summary(page).getByText(summaryText(8, 'Springfield, IL 62701')).waitFor();
    await page.context().close();
  });

  it('"Use my location" searches from the device position, rounded', async () => {
    const page = await newPage(VIEWPORTS.phone, {
      geolocation: { latitude: 39.812_345, longitude: -89.649_876 },
      permissions: ['geolocation'],
    });
    await page.goto('/find');
    await page.getByRole('button', { name: f.en.search.useLocation }).click();
    await page.waitForURL((url) => url.searchParams.get('near') === '39.812,-89.650');
    const expected = await api('near=39.812,-89.650&limit=20');
    await summary(page).getByText(summaryText(expected.centers.length, f.en.search.yourLocation)).waitFor();
    expect((await shown(page)).names).toEqual(expected.centers.map((c) => c.name));
    await page.context().close();
  });

  it('"Use my location" without permission says so and asks for a place instead', async () => {
    const page = await newPage(VIEWPORTS.phone);
    await page.goto('/find');
    await page.getByText(f.en.results.prompt).waitFor();
    await page.getByRole('button', { name: f.en.search.useLocation }).click();
    await page.getByRole('alert').filter({ hasText: f.en.search.locationDenied }).waitFor();
    expect(new URL(page.url()).search).toBe('');
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'finder-location-denied-phone');
    await page.context().close();
  });

  it('the admission link of one of our sites opens the request with that location chosen', async () => {
    const page = await newPage(VIEWPORTS.desktop);
    await page.goto('/find?near=62701');
    const ours = cards(page).filter({ hasText: 'Haven Demo — Riverside Outpatient' });
    await ours
      .getByRole('link', { name: 'Request an admission at Haven Demo — Riverside Outpatient' })
      .click();
    await page.getByRole('heading', { level: 1, name: adm.form.heading }).waitFor();
    const siteId = new URL(page.url()).searchParams.get('site');
    expect(siteId).toMatch(/^[0-9a-f-]{36}$/);
    // The location list arrives from the API; then Riverside is the one chosen.
    const select = page.getByRole('combobox', { name: adm.form.site });
    await expect.poll(() => select.inputValue()).toBe(siteId);
    await page.context().close();
  });

  it('signs checklist -> result -> admission form: the result can be attached and is sent only then', async () => {
    const page = await newPage(VIEWPORTS.phone);
    await page.goto('/signs');
    const itemText = (id: string) => signsChecklist.items.find((i) => i.id === id)!.text.en;
    for (const id of ['overdose-unresponsive', 'overdose-breathing', 'overdose-pupils']) {
      await page
        .getByRole('radiogroup', { name: itemText(id) })
        .getByRole('radio', { name: site.signs.no })
        .check();
    }
    await page.getByRole('radio', { name: site.signs.who.me, exact: true }).check();
    for (const id of ['drowsiness', 'mood-swings', 'secrecy', 'money-problems', 'lying-about-use']) {
      await page.getByRole('checkbox', { name: itemText(id) }).check();
    }
    await page.getByRole('button', { name: site.signs.submit }).click();
    const result = page.getByRole('region', { name: site.signs.resultHeading });
    await result.waitFor();
    expect(await result.getByRole('link', { name: site.signs.findCenter }).getAttribute('href')).toBe(
      '/find',
    );
    await result.getByRole('link', { name: site.signs.requestAdmission }).click();

    await page.getByRole('heading', { level: 1, name: adm.form.heading }).waitFor();
    const attach = page.getByRole('checkbox', {
      name: adm.form.checklistAttach.replace('{{band}}', adm.band['many-signs']),
    });
    await attach.waitFor();
    expect(await attach.isChecked()).toBe(false);
    expect(await checkA11y(page)).toEqual([]);
    await screenshot(page, 'admission-checklist-attach-phone');

    // The person attaches it and sends the request: the result travels with it, and only then.
    await attach.check();
    await page.getByRole('radio', { name: adm.form.forWhomSelf }).check();
    await page.getByRole('checkbox', { name: adm.form.anonymous }).check();
    await page.getByRole('radio', { name: adm.contactMethod.phone }).check();
    await page.getByRole('textbox', { name: adm.form.phone }).fill('555-010-0177');
    await page.getByRole('radio', { name: adm.form.urgencyThisWeek }).check();
    await page.getByRole('checkbox', { name: adm.form.consent }).check();
    const [request] = await Promise.all([
      page.waitForRequest((r) => r.url().endsWith('/api/v1/inquiries') && r.method() === 'POST'),
      page.getByRole('button', { name: adm.form.submit }).click(),
    ]);
    expect(request.postDataJSON().checklistResult).toMatchObject({
      instrument: 'signs-checklist',
      score: 5,
      band: 'many-signs',
      present: ['drowsiness', 'mood-swings', 'secrecy', 'money-problems', 'lying-about-use'],
      audience: 'me',
    });
    await page.getByRole('heading', { level: 1, name: adm.form.success.heading }).waitFor();
    await page.context().close();
  });

  it('"Find a center" is in the site navigation', async () => {
    const page = await newPage(VIEWPORTS.desktop);
    await page.goto('/');
    await page
      .getByRole('navigation', { name: site.nav.label })
      .getByRole('link', { name: site.nav.find })
      .click();
    await page.waitForURL((url) => url.pathname === '/find');
    await page.getByRole('heading', { level: 1, name: f.en.heading }).waitFor();
    await page.context().close();
  });
});
