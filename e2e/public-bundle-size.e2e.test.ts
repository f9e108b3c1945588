import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CONTENT_PAGES } from '../src/web/routes/public/public-pages';
import { REPO_ROOT, startServerAndBrowser } from './harness';

/**
 * Issue "Public site", part 6: at most 150 KB of JavaScript (gzip) before a public page first renders, on
 * the production build. Measured the way a phone sees it: open the page in Chromium, wait for its heading,
 * and add up every script the browser fetched by then, each gzipped as a server would send it.
 */
const BUDGET_BYTES = 150 * 1000;
const WEB_DIR = path.join(REPO_ROOT, 'dist/web');

/** The pages people arrive on, the center finder and the admission form among them: each within the budget. */
const PUBLIC_PAGES = [
  '/',
  '/signs',
  '/emergency',
  '/find',
  '/admission',
  ...CONTENT_PAGES.map((slug) => `/${slug}`),
];

function gzippedSize(urlPath: string): number {
  return gzipSync(readFileSync(path.join(WEB_DIR, urlPath)), { level: 9 }).length;
}

describe('the public site’s first-load JavaScript', () => {
  const run = startServerAndBrowser();

  /** The scripts a fresh visit to `url` fetched by the time its heading showed, gzipped. */
  async function firstLoad(url: string) {
    const context = await run.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(`${run.server.baseUrl}${url}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await context.close();
    const sizes = [...scripts].map((file) => ({ file, bytes: gzippedSize(file) }));
    const total = sizes.reduce((sum, s) => sum + s.bytes, 0);
    const files = sizes
      .sort((a, b) => b.bytes - a.bytes)
      .map((s) => `${s.file} ${(s.bytes / 1000).toFixed(1)} kB`)
      .join(', ');
    return { scripts, total, report: `${(total / 1000).toFixed(1)} kB: ${files}` };
  }

  it.each(PUBLIC_PAGES)(
    '%s renders with at most 150 KB of gzipped JavaScript, none of it the workspace',
    async (url) => {
      const { scripts, total, report } = await firstLoad(url);
      console.info(`first load of ${url}: ${report}`);
      expect(scripts.size, 'the page loaded no script at all: is the build there?').toBeGreaterThan(0);
      expect(total, report).toBeLessThanOrEqual(BUDGET_BYTES);
      // The staff workspace and patient app are their own chunks; a public visitor never fetches them.
      expect(
        [...scripts].filter((file) => /\/(staff|patient|workspace-strings)-[\w-]{8}\.js$/.test(file)),
      ).toEqual([]);
    },
  );
});
