/**
 * Lighthouse (npm `lighthouse`) with Debian's Chromium on each page type: performance,
 * accessibility, best practices and SEO, as scores out of 100.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { PAGE_TYPES } from './weight.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export async function benchLighthouse(origin: string) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  const scores: Record<string, Record<string, number | null>> = {};
  try {
    for (const [type, path] of Object.entries(PAGE_TYPES)) {
      const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      const categories = result!.lhr.categories;
      scores[type] = Object.fromEntries(CATEGORIES.map((c) => [c, categories[c]?.score == null ? null : Math.round(categories[c]!.score! * 100)]));
    }
  } finally {
    chrome.kill();
  }
  return scores;
}
