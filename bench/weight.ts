/**
 * Page weight: the compressed bytes a first view of each page type loads (counted by the server
 * as it sends them, so nothing is missed), and the render-blocking scripts it has.
 */
import type { Browser } from 'playwright-core';
import type { ServedLog } from './served.ts';

export const PAGE_TYPES: Record<string, string> = {
  home: '/',
  resolution: '/a-res-66-24/',
  search: '/search/',
  compare: '/compare/a-res-66-24/a-res-68-243/',
};

export async function benchWeight(browser: Browser, origin: string, served: ServedLog) {
  const out: Record<string, { bytes: number; requests: number; renderBlockingScripts: number }> = {};
  for (const [type, path] of Object.entries(PAGE_TYPES)) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const mark = served.mark();
    await page.goto(`${origin}${path}`);
    await page.waitForLoadState('networkidle');
    await new Promise((r) => setTimeout(r, 200));
    const blocking = await page.evaluate(
      () =>
        [...document.querySelectorAll('head script[src]')].filter(
          (s) => !(s as HTMLScriptElement).defer && !(s as HTMLScriptElement).async && (s as HTMLScriptElement).type !== 'module',
        ).length,
    );
    const sent = served.since(mark);
    out[type] = { bytes: sent.bytes, requests: sent.paths.length, renderBlockingScripts: blocking };
    await context.close();
  }
  return out;
}
