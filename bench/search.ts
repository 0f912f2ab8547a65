/**
 * Search benchmark: index size, compressed bytes a first query fetches (counted where they are
 * sent, which includes what Pagefind's web worker fetches), and the time from typing to rendered
 * results in Chromium, median over many queries.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import type { ServedLog } from './served.ts';

export const QUERIES = [
  'information',
  'security',
  '"free flow of information"',
  'threats',
  'experts',
  'Secretary-General',
  'Geneva',
  'telecommunications',
  'cooperation',
  'terrorist',
  'civil and military',
  'norms',
  'confidence-building',
  'Tunis',
  'human rights',
  'Midrand',
  'assessments',
  'international law',
  'Corr',
  'Zimbabwe',
  'agenda',
  'sixty-fifth',
  'study',
  'concepts',
];

/** Bytes and files under `dir`, of the files `keep` accepts. */
export function dirBytes(dir: string, keep: (name: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!keep(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      const sub = dirBytes(path, keep);
      bytes += sub.bytes;
      files += sub.files;
    } else {
      bytes += statSync(path).size;
      files++;
    }
  }
  return { bytes, files };
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Types `query` into the search box and resolves with the ms until its results are on screen. */
const TIME_QUERY = (query: string) =>
  new Promise<number>((resolve) => {
    const input = document.querySelector<HTMLInputElement>('#search-query')!;
    const output = document.querySelector<HTMLElement>('#search-results')!;
    const expected = new URLSearchParams({ q: query }).toString();
    const t0 = performance.now();
    const observer = new MutationObserver(() => {
      if (output.dataset['state'] === expected) {
        observer.disconnect();
        resolve(performance.now() - t0);
      }
    });
    observer.observe(output, { attributes: true, childList: true });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

export async function benchSearch(browser: Browser, origin: string, dist: string, served: ServedLog) {
  const index = dirBytes(join(dist, 'pagefind'));
  const indexData = dirBytes(join(dist, 'pagefind'), (name) => !/-ui\.|highlight/.test(name));
  const context = await browser.newContext();
  const page = await context.newPage();
  let mark = served.mark();
  await page.goto(`${origin}/search/`);
  await page.waitForLoadState('networkidle');
  const pageLoad = served.since(mark);
  mark = served.mark();
  const firstMs = await page.evaluate(TIME_QUERY, '"free flow of information"');
  await page.waitForLoadState('networkidle');
  await new Promise((r) => setTimeout(r, 300)); // the worker's last fetches
  const first = served.since(mark);
  const times: number[] = [];
  for (const q of QUERIES) times.push(await page.evaluate(TIME_QUERY, q));
  await context.close();
  return {
    indexBytes: index.bytes,
    indexFiles: index.files,
    indexDataBytes: indexData.bytes,
    searchPageBytes: pageLoad.bytes,
    firstQueryBytes: first.bytes,
    firstQueryFiles: first.paths,
    firstQueryMs: Math.round(firstMs),
    queries: times.length,
    medianMs: Math.round(median(times) * 10) / 10,
    p90Ms: Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]! * 10) / 10,
  };
}
