/**
 * Search benchmark: index size, compressed bytes a first query fetches (counted where they are
 * sent), and the time from typing to rendered results in Chromium, median over many queries.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { walk } from '../src/lib/document/index.ts';
import type { ResolutionDocument } from '../src/lib/schema.ts';
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

/** Text as the recall check compares it: lower case, every run of other characters one space. */
const plain = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;

/**
 * Phrase recall: for each passage of the corpus, a phrase of four of its words searched in
 * quotes; every passage of the corpus holding that phrase (found here by plain comparison, not
 * by the site's matcher) must be a hit. The share of such passages that are.
 */
async function phraseRecall(browser: Browser, origin: string, docs: ResolutionDocument[]) {
  const passages = docs.flatMap((d) => [
    ...[...walk([...d.preamble, ...d.operative, ...d.annexes.flatMap((a) => a.paragraphs)])].map((p) => ({ at: `/${d.id}/#${p.eId}`, text: p.text })),
    ...d.footnotes.flatMap((n) => (n.text ? [{ at: `/${d.id}/#${n.eId}`, text: n.text }] : [])),
    ...(d.sponsors.length ? [{ at: `/${d.id}/#sponsors`, text: d.sponsors.join(', ') }] : []),
  ]);
  const context = await browser.newContext();
  const page = await context.newPage();
  let [searched, expected, found] = [0, 0, 0];
  const missed: string[] = [];
  for (const passage of passages) {
    const words = passage.text
      .split(/\s+/)
      .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
      .filter(Boolean);
    if (words.length < 5) continue;
    const phrase = words.slice(1, 5).join(' ');
    searched++;
    const holding = passages.filter((p) => plain(p.text).includes(plain(phrase))).map((p) => p.at);
    await page.goto(`${origin}/search/?q=${encodeURIComponent(`"${phrase}"`)}`);
    await page.waitForFunction(
      () => document.querySelector<HTMLElement>('#search-results')?.dataset['state'] === new URLSearchParams(location.search).toString(),
    );
    const hits = new Set(
      await page
        .locator('.hit a.hit-label')
        .evaluateAll((as) => as.map((a) => `${new URL((a as HTMLAnchorElement).href).pathname}${new URL((a as HTMLAnchorElement).href).hash}`)),
    );
    expected += holding.length;
    for (const at of holding)
      if (hits.has(at)) found++;
      else missed.push(`"${phrase}": ${at}`);
  }
  await context.close();
  return {
    phrases: passages.length,
    passagesExpected: expected,
    recallPercent: expected ? Math.round((found / expected) * 1000) / 10 : 100,
    missed: missed.slice(0, 20),
  };
}

/** What a reader waits for and downloads: the first query's bytes and the typing-to-results times. */
export async function searchTimings(browser: Browser, origin: string, served: ServedLog) {
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
    searchPageBytes: pageLoad.bytes,
    firstQueryBytes: first.bytes,
    firstQueryFiles: first.paths,
    firstQueryMs: Math.round(firstMs),
    queries: times.length,
    medianMs: Math.round(median(times) * 10) / 10,
    p90Ms: Math.round([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.9)]! * 10) / 10,
  };
}

export async function benchSearch(browser: Browser, origin: string, dist: string, served: ServedLog, docs: ResolutionDocument[]) {
  const index = dirBytes(join(dist, 'search-index'));
  const timings = await searchTimings(browser, origin, served);
  const recall = await phraseRecall(browser, origin, docs);
  return { phraseRecall: recall, indexBytes: index.bytes, indexFiles: index.files, ...timings };
}
