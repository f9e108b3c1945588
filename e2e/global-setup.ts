import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, SCREENSHOT_DIR } from './harness';

/**
 * Builds the web app once before the browser tests, so they never run against a stale
 * `dist/web` (the server only builds it when it is missing). Set HAVEN_E2E_SKIP_BUILD=1 to reuse it.
 */
export default function setup(): void {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  if (process.env.HAVEN_E2E_SKIP_BUILD === '1') return;
  const result = spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
    cwd: REPO_ROOT,
    stdio: 'inherit',
    // Vitest sets NODE_ENV=test, which would make Vite emit React's development build: the browser tests (and
    // the public bundle-size budget) must run against what `npm start` serves.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build failed (exit ${result.status})`);
}
