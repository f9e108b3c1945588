import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const HEALTH_TIMEOUT_MS = 90_000; // the first PGlite start of a new data directory takes ~10 s

export interface RunningServer {
  baseUrl: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Signals the whole process group: `tsx` runs the server in a child process of its own. */
function signal(child: ChildProcess, sig: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, sig);
  } catch {
    // already gone
  }
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Haven exited with code ${child.exitCode} before answering /healthz:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (response.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`Haven did not answer /healthz within ${HEALTH_TIMEOUT_MS / 1000} s:\n${output()}`);
}

/**
 * Starts `haven start` on a free port with a fresh embedded database and the demo logins, and
 * waits until it is healthy. `stop()` ends the server and deletes its data directory.
 * With HAVEN_E2E_BASE_URL set, uses that already running server instead (it must have the demo logins).
 * `extraEnv` adds or overrides server settings, e.g. `{ HAVEN_REQUIRE_MFA: '1' }` (a server given by
 * HAVEN_E2E_BASE_URL must already run with them).
 */
export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const existing = process.env.HAVEN_E2E_BASE_URL;
  if (existing) return { baseUrl: existing.replace(/\/$/, ''), stop: async () => {} };

  const port = await freePort();
  const dataDir = await mkdtemp(path.join(tmpdir(), 'haven-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    HAVEN_DATA_DIR: dataDir,
    HAVEN_DEMO: '1',
    LOG_LEVEL: 'warn',
    ...extraEnv,
  };
  // The embedded database only; and Vitest's NODE_ENV=test must not leak into the server.
  delete env.DATABASE_URL;
  delete env.NODE_ENV;

  const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), ['src/cli.ts', 'start'], {
    cwd: REPO_ROOT,
    env,
    detached: true, // own process group, so stop() reaches the server behind tsx
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);

  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    signal(child, 'SIGTERM');
    const killTimer = setTimeout(() => signal(child, 'SIGKILL'), 10_000);
    await exited(child);
    clearTimeout(killTimer);
    await rm(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { baseUrl, stop };
}

/** Debian's Chromium, headless, with everything that phones home turned off. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface A11yViolation {
  id: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** Runs axe (WCAG 2.0/2.1 A and AA) on the page; returns the serious and critical violations. */
export async function checkA11y(page: Page): Promise<A11yViolation[]> {
  // Axe reads colours as painted: a dialog still fading in has its text at part opacity, which it reports as
  // too little contrast. Let finite transitions end first (spinners run forever and are left alone).
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every(
          (a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Number.POSITIVE_INFINITY,
        ),
    undefined,
    { timeout: 5_000 },
  );
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'e2e/screenshots');

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}

export interface E2eRun {
  /** The real server, on a free port with a fresh data directory (started before the file's tests). */
  readonly server: RunningServer;
  readonly browser: Browser;
}

/**
 * Starts the real server and Chromium before a test file's tests and stops both after them: the setup every
 * end-to-end file shares. Read `server` and `browser` inside tests (they exist once `beforeAll` has run).
 */
export function startServerAndBrowser(extraEnv: Record<string, string> = {}): E2eRun {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startServer(extraEnv);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('The server and browser start in beforeAll: use them inside a test');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
