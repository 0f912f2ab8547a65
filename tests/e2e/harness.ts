/**
 * The browser tests' harness: a static server for dist/ (as any static host would serve it)
 * and Debian's Chromium driven by Playwright. No browser is downloaded.
 */
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { launchChromium } from '../helpers/chromium.ts';
import { resolveFile, startStaticServer } from '../../src/build/static-server.ts';

export const DIST = join(import.meta.dirname, '../../dist');

/** Resolves a URL path to a file in dist/, as static hosts do (directory -> index.html). */
export const fileFor = (pathname: string) => resolveFile(DIST, pathname);

export const startServer = (): Promise<{ server: Server; origin: string }> => startStaticServer(DIST);

export const launchBrowser = launchChromium;

/** A page that records console errors, page errors and requests to any other origin. */
export async function openPage(browser: Browser, origin: string, options: BrowserContextOptions = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  const foreign: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url());
  });
  return { page, context, errors, foreign };
}

const AXE = readFileSync(join(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');

/** Runs axe-core's WCAG 2 A and AA rules on the page; returns the violations. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The published data, as the pages were built from it. */
export function publishedDocuments() {
  const dir = join(import.meta.dirname, '../../content/resolutions');
  return ['a-res-56-19', 'a-res-62-17', 'draft-64-first-committee-2009', 'a-res-66-24', 'a-res-68-243'].map(
    (id) => JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as import('../../src/lib/schema.ts').ResolutionDocument,
  );
}

/**
 * The built site served and a Chromium for one test file: `site.origin`, and `site.open()`
 * for a fresh page that records console errors and foreign requests. A page opened in a test
 * is closed when the test ends, passed or failed.
 */
export function useSite() {
  let server: Server | undefined;
  let browser: Browser | undefined;
  const site = {
    origin: '',
    open: async (options: BrowserContextOptions = {}) => {
      const opened = await openPage(browser!, site.origin, options);
      onTestFinished(() => opened.context.close());
      return opened;
    },
  };
  beforeAll(async () => {
    ({ server, origin: site.origin } = await startServer());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });
  return site;
}
