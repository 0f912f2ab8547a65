/**
 * Search benchmark: index size, compressed bytes a first query fetches, and the time from
 * typing to rendered results in Chromium (median over many queries).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';

export const QUERIES = [
  'information', 'security', '"free flow of information"', 'threats', 'experts', 'Secretary-General', 'Geneva',
  'telecommunications', 'cooperation', 'terrorist', 'civil and military', 'norms', 'confidence-building', 'Tunis',
  'human rights', 'Midrand', 'assessments', 'international law', 'Corr', 'Zimbabwe', 'agenda', 'sixty-fifth', 'study', 'concepts',
];

/** Bytes and files under `dir`, of the files `keep` accepts. */
function dirBytes(dir: string, keep: (name: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (!keep(entry.name)) continue;
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

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Types `query` into the search box and resolves with the ms until its results are on screen. */
const TIME_QUERY = (query: string) => new Promise<number>((resolve) => {
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

/**
 * `served` is the server's running log of response sizes: bytes are counted where they are
 * sent, which includes what Pagefind's web worker fetches.
 */
export async function benchSearch(browser: Browser, origin: string, dist: string, served: { bytes: number; paths: string[] }) {
  const index = dirBytes(join(dist, 'pagefind'));
  const indexData = dirBytes(join(dist, 'pagefind'), (name) => !/-ui\.|highlight/.test(name));
  const context = await browser.newContext();
  const page = await context.newPage();
  const since = () => {
    const start = served.bytes;
    return () => served.bytes - start;
  };
  let transferred = since();
  let firstPath = served.paths.length;
  await page.goto(`${origin}/search/`);
  await page.waitForLoadState('networkidle');
  const pageLoad = transferred();
  transferred = since();
  firstPath = served.paths.length;
  const firstMs = await page.evaluate(TIME_QUERY, '"free flow of information"');
  await page.waitForLoadState('networkidle');
  await new Promise((r) => setTimeout(r, 300)); // the worker's last fetches
  const firstQueryBytes = transferred();
  const firstQueryFiles = served.paths.slice(firstPath);
  const times: number[] = [];
  for (const q of QUERIES) times.push(await page.evaluate(TIME_QUERY, q));
  await context.close();
  return {
    indexBytes: index.bytes,
    indexFiles: index.files,
    indexDataBytes: indexData.bytes,
    searchPageBytes: pageLoad,
    firstQueryBytes,
    firstQueryFiles,
    firstQueryMs: Math.round(firstMs),
    queries: times.length,
    medianMs: Math.round(median(times) * 10) / 10,
    p90Ms: Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]! * 10) / 10,
  };
}
