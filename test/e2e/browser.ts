/**
 * Chromium for the end-to-end tests: Debian's package (/usr/bin/chromium, installed by .ci/run),
 * driven by playwright-core, with the flags that keep it quiet and offline.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = join(__dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env.SAIKEN_CHROMIUM ?? '/usr/bin/chromium';
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';

export function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: apt-get install -y chromium (or set SAIKEN_CHROMIUM)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export interface Watched {
  page: Page;
  /** Uncaught exceptions in the page. */
  errors: string[];
  /** console.error lines, except resources the page is allowed to miss (the Office CDN offline). */
  consoleErrors: string[];
}

/**
 * A page whose errors are collected. `office`: "offline" makes the Microsoft CDN unreachable (a
 * closed network, and this CI); "local" serves office.js from the npm package, so the page runs
 * the real office.js outside Office (Office.onReady reports no host).
 */
export async function watchedPage(context: BrowserContext, office: 'offline' | 'local' = 'offline'): Promise<Watched> {
  await context.route(`${OFFICE_CDN}**`, (route) => {
    if (office === 'offline') return route.abort('namenotresolved');
    const file = new URL(route.request().url()).pathname.replace(/^\/lib\/1\/hosted\//, '');
    const full = join(ROOT, 'node_modules/@microsoft/office-js/dist', file);
    if (!existsSync(full)) return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(full) });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() !== 'error') return;
    const url = m.location()?.url ?? '';
    if (url.startsWith(OFFICE_CDN) || /ERR_NAME_NOT_RESOLVED/.test(m.text())) return;
    consoleErrors.push(m.text());
  });
  return { page, errors, consoleErrors };
}
