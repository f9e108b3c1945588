import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let dir: string | null = null;

/**
 * A stand-in for the web build (`webDir`): an index.html, so a test app serves a page the way a deployed
 * one does, with the page's headers. One per test process, removed when it exits.
 */
export function testWebDir(): string {
  if (dir) return dir;
  const created = mkdtempSync(join(tmpdir(), 'haven-web-'));
  writeFileSync(join(created, 'index.html'), '<!doctype html><title>Haven</title><div id="root"></div>');
  process.once('exit', () => rmSync(created, { recursive: true, force: true }));
  dir = created;
  return created;
}
