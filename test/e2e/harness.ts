// E2E harness: builds the dashboard once (vite build → dist/web), starts the server in-process on an ephemeral port
// over the built test database (read-only), and drives Debian's chromium through playwright-core.
import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type ConsoleMessage, type Page } from 'playwright-core';
import { build } from 'vite';
import { startServer, type RunningServer } from '../../src/api/server.js';
import { WEB_CONFIG, WEB_DIR } from '../../src/api/web-bundle.js';
import { BUILT_DB } from '../helpers/built-db.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = resolve('.tmp', 'screenshots');

let built: Promise<void> | null = null;

/** vite build of src/web, once per test process. */
export function buildWeb(): Promise<void> {
  built ??= build({ configFile: WEB_CONFIG, logLevel: 'warn' }).then(() => undefined);
  return built;
}

export async function startApp(): Promise<RunningServer> {
  await buildWeb();
  return startServer({ dbPath: BUILT_DB, dataDir: 'data', port: 0, webDir: WEB_DIR });
}

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: install Debian's chromium (apt-get install chromium)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A page that records console errors and failed requests (both must stay empty). */
export async function openPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const errors: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`http ${r.status()}: ${r.url()}`);
  });
  return { page, errors };
}

/** Navigates and waits until the router marks the page ready (all its panels settled). */
export async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 60_000 });
}

export async function screenshot(page: Page, name: string, fullPage = true): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = resolve(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}
