/**
 * The site deployed under an address of its own: built with SITE_URL and SITE_BASE, served under
 * that base as a host would, every link, asset, search bundle, data file and browser fetch stays
 * under the base, and the absolute addresses (canonical, Open Graph, JSON-LD, sitemap, robots.txt,
 * citations) carry the origin and the base. The corpus has several series in two agenda items:
 * the five sources, and three texts of the real sample (the programme of action and the working
 * group of this same item, a budget resolution of another).
 */
import { copyFileSync, cpSync, existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { startStaticServer } from '../../src/build/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SOURCES_DIR } from '../helpers/sources.ts';
import { checkLinks, clickDepths, htmlFiles } from '../helpers/link-check.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const SAMPLE = join(import.meta.dirname, '../fixtures/corpus');
const ORIGIN = 'https://un.example.org';
const BASE = '/ict/';
let dist: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const work = tempDir('deployment');
  dist = join(work, 'dist');
  const sources = join(work, 'sources');
  cpSync(SOURCES_DIR, sources, { recursive: true });
  for (const file of ['a-res-78-16.txt', 'a-res-79-237.txt', 'a-res-78-256.txt']) copyFileSync(join(SAMPLE, file), join(sources, file));
  await buildSite({
    sources,
    data: join(work, 'resolutions'),
    dist,
    cache: join(work, 'cache'),
    quiet: true,
    // Three per page of the documents index, so that it pages.
    env: { SITE_URL: ORIGIN, SITE_BASE: BASE, DOCUMENTS_PER_PAGE: '3' },
  });
  ({ server, origin } = await startStaticServer(dist, { base: BASE }));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A page under the base that fails on any console error or any response of 400 and above. */
async function visit(path: string, { javaScript = true } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('console', (m) => m.type() === 'error' && failures.push(m.text()));
  page.on('pageerror', (e) => failures.push(String(e)));
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  await page.goto(`${origin}${BASE}${path}`);
  return { page, failures };
}

describe(`a build for ${ORIGIN}${BASE}`, () => {
  it('every internal link, asset and form action is under the base and resolves', () => {
    const { checked, broken } = checkLinks(dist, BASE);
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(200);
  });

  it('pages load their styles and scripts from under the base, with no failed request', async () => {
    for (const path of [
      '',
      'a-res-66-24/',
      'history/developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security/',
    ]) {
      const { page, failures } = await visit(path);
      await page.waitForLoadState('networkidle');
      expect(failures, path).toEqual([]);
      expect(await page.locator('link[rel="stylesheet"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href')!.startsWith('/ict/_astro/')))).not.toContain(
        false,
      );
    }
  });

  it('search loads its index from under the base, and its results link there', async () => {
    const { page, failures } = await visit('search/?q=information');
    await page.waitForSelector('#search-results .hit');
    const links = await page.locator('#search-results .hit a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) expect(href).toMatch(/^\/ict\/[a-z0-9-]+\/\?highlight=information#[a-z0-9_]+$/);
    expect(failures).toEqual([]);
  });

  it('compare fetches the open data from under the base', async () => {
    const { page, failures } = await visit('compare/?from=a-res-56-19&to=a-res-68-243');
    await page.waitForSelector('#comparison .row');
    expect(failures).toEqual([]);
  });

  it('canonical, Open Graph, JSON-LD and the citation of the draft carry the origin and the base', async () => {
    const { page } = await visit('draft-64-first-committee-2009/');
    const here = `${ORIGIN}${BASE}draft-64-first-committee-2009/`;
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(here);
    expect(await page.locator('meta[property="og:url"]').getAttribute('content')).toBe(here);
    expect(JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!)).toMatchObject({
      url: here,
      isPartOf: { url: `${ORIGIN}${BASE}` },
    });
    expect(JSON.parse(await page.locator('#cite-csl').innerText())).toMatchObject({ URL: here });
  });

  it('the sitemap lists every page under the origin and the base, each one built; robots.txt names it', () => {
    const index = readFileSync(join(dist, 'sitemap-index.xml'), 'utf8');
    expect(index).toContain(`<loc>${ORIGIN}${BASE}sitemap-0.xml</loc>`);
    const locs = [...readFileSync(join(dist, 'sitemap-0.xml'), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs).toEqual(expect.arrayContaining([`${ORIGIN}${BASE}`, `${ORIGIN}${BASE}search/`, `${ORIGIN}${BASE}a-res-66-24/`]));
    for (const loc of locs) {
      expect(loc.startsWith(`${ORIGIN}${BASE}`), loc).toBe(true);
      expect(existsSync(join(dist, loc.slice(`${ORIGIN}${BASE}`.length), 'index.html')), loc).toBe(true);
    }
    expect(locs.some((l) => l.includes('404'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: ${BASE}\n\nSitemap: ${ORIGIN}${BASE}sitemap-index.xml\n`);
  });

  it('the history index lists every series of two texts or more, the 404 page every series; a single text has no history', async () => {
    const { page, failures } = await visit('history/');
    const topics = await page.locator('.topic h2').allInnerTexts();
    expect(topics).toEqual([
      expect.stringMatching(/^Developments in the field of information and telecommunications in the context of international security · agenda item /),
    ]);
    const links = await page.locator('.series-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(1);
    for (const href of links) expect(href).toMatch(/^\/ict\/history\/[a-z0-9-]+\/$/);
    expect(failures).toEqual([]);
    // The programme of action is the one text of its series here: no history page, and no link to one.
    const single = await visit('a-res-79-237/');
    const series = (await single.page.locator('.breadcrumbs a[href*="/series/"]').getAttribute('href'))!.split('/').at(-2)!;
    expect(await single.page.locator('.doc-tools').innerText()).not.toContain('History of every paragraph');
    expect(await single.page.locator('article.document').getAttribute('data-history')).toBeNull();
    expect(existsSync(join(dist, 'history', series))).toBe(false);
    expect(existsSync(join(dist, 'series', series, 'index.html'))).toBe(true);
    const missing = await visit('no-such-page/');
    expect(await missing.page.locator('.not-found .series-list > li').count()).toBe(4);
    // Series and their latest texts, not every text: the page stays short however large the corpus.
    expect(await missing.page.locator('.not-found .series-latest a').count()).toBe(4);
    expect(await missing.page.locator('.not-found a[href^="/ict/series/"]').count()).toBe(4);
  });

  it('compare offers every text of every series, grouped by series', async () => {
    const { page } = await visit('compare/');
    const groups = await page.locator('select[name="from"] optgroup').evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), g.children.length]));
    expect(groups).toHaveLength(4);
    expect(groups.map(([, n]) => n).sort()).toEqual([1, 1, 1, 5]);
  });

  it('the header links home, documents, compare, history, search and data, the current page marked', async () => {
    const { page } = await visit('history/');
    expect(
      await page
        .locator('nav[aria-label="Site"] a')
        .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.getAttribute('aria-current')])),
    ).toEqual([
      ['Home', '/ict/', null],
      ['Documents', '/ict/documents/', null],
      ['Compare', '/ict/compare/', null],
      ['History', '/ict/history/', 'page'],
      ['Search', '/ict/search/', null],
      ['Data', '/ict/data/', null],
    ]);
  });

  it('the server serves the site under its base only, and sends the base without its slash there', async () => {
    expect((await fetch(`${origin}/a-res-66-24/`)).status).toBe(404);
    const home = await fetch(`${origin}/ict`, { redirect: 'manual' });
    expect([home.status, home.headers.get('location')]).toEqual([301, '/ict/']);
    const doc = await fetch(`${origin}/ict/a-res-66-24`, { redirect: 'manual' });
    expect([doc.status, doc.headers.get('location')]).toEqual([301, '/ict/a-res-66-24/']);
  });
});

const YEARLY = 'developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security';
/** The eight texts, newest first. */
const NEWEST_FIRST = [
  'A/RES/79/237',
  'A/RES/78/256',
  'A/RES/78/16',
  'A/RES/68/243',
  'A/RES/66/24',
  'Draft resolution, 64th session, First Committee, 16 October 2009',
  'A/RES/62/17',
  'A/RES/56/19',
];

describe('browsing a corpus of several series and agenda items', () => {
  it('every page is reachable from the home page, and every document in at most two clicks', () => {
    const depths = clickDepths(dist, BASE);
    const pages = htmlFiles(dist)
      .map((f) => BASE + f.slice(dist.length + 1).replace(/index\.html$/, ''))
      .filter((p) => !p.endsWith('404.html'));
    expect(pages.filter((p) => !depths.has(p))).toEqual([]);
    const documents = pages.filter((p) => /^\/ict\/(?:a-res|draft)-[^/]+\/$/.test(p));
    expect(documents).toHaveLength(8);
    for (const path of documents) expect(depths.get(path), path).toBeLessThanOrEqual(2);
  });

  it('the home page lists each agenda item with its series, newest first: years, number of texts, the latest text', async () => {
    const { page, failures } = await visit('');
    expect(await page.locator('.topic h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      `${BASE}topics/${YEARLY}/`,
      `${BASE}topics/proposed-programme-budget-for-2024/`,
    ]);
    const series = (await page.locator('.series-list > li').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    expect(series).toEqual([
      expect.stringMatching(/^Open-ended working group .* \(2024, 1 text\) · latest: A\/RES\/79\/237$/),
      expect.stringMatching(/^Programme of action .* \(2023, 1 text\) · latest: A\/RES\/78\/16$/),
      'Developments in the field of information and telecommunications in the context of international security (2001–2013, 5 texts) · latest: A/RES/68/243',
      'Working Capital Fund for 2024 (2023, 1 text) · latest: A/RES/78/256',
    ]);
    expect(await page.locator('.series-list > li > a').first().getAttribute('href')).toMatch(/^\/ict\/series\/open-ended-working-group/);
    expect(failures).toEqual([]);
  });

  it("a series' page lists its texts newest first, the draft marked, with the series' timeline and breadcrumbs", async () => {
    const { page, failures } = await visit(`series/${YEARLY}/`, { javaScript: false });
    expect(await page.locator('.breadcrumbs li').allInnerTexts()).toEqual(['Home', expect.stringMatching(/^Developments in the field/)]);
    expect(await page.locator('.document-list .document-name').allInnerTexts()).toEqual(NEWEST_FIRST.slice(3));
    expect(await page.locator('.document-list li').nth(2).innerText()).toMatch(/DRAFT\s+issued 16 October 2009/i);
    expect(await page.locator('.timeline > li').count()).toBe(17);
    expect(await page.locator(`a[href="${BASE}history/${YEARLY}/"]`).count()).toBe(1);
    expect(failures).toEqual([]);
  });

  it("an agenda item's page lists its series, each with its texts", async () => {
    const { page } = await visit(`topics/${YEARLY}/`, { javaScript: false });
    expect(await page.locator('.kicker').innerText()).toMatch(/agenda item (?:9\d, ){2}9\d \(numbered anew each session\)/i);
    expect(await page.locator('.topic-series h2').count()).toBe(3);
    expect(await page.locator('.topic-series .document-name').count()).toBe(7);
  });

  it('the documents index pages through the corpus newest first without JavaScript, its counts true', async () => {
    const { page, failures } = await visit('documents/', { javaScript: false });
    const seen: string[] = [];
    const counts: string[] = [];
    for (let n = 1; ; n++) {
      expect(await page.locator('h1').innerText()).toBe(`Every document, page ${n} of 3`);
      counts.push(await page.locator('.listing-count').innerText());
      seen.push(...(await page.locator('.document-list .document-name').allInnerTexts()));
      const older = page.locator('.pager a[rel="next"]');
      if ((await older.count()) === 0) break;
      await older.click();
    }
    expect(seen).toEqual(NEWEST_FIRST);
    expect(counts).toEqual([
      '8 documents, newest first; these are 1–3.',
      '8 documents, newest first; these are 4–6.',
      '8 documents, newest first; these are 7–8.',
    ]);
    expect(page.url()).toBe(`${origin}${BASE}documents/page/3/`);
    expect(await page.locator('.pager [aria-current="page"]').innerText()).toBe('3');
    // Filtered by year, agenda item and series: each a page of its own.
    await page.locator('.index-filters a', { hasText: '2023' }).click();
    expect(await page.locator('h1').innerText()).toBe('Documents of 2023');
    expect(await page.locator('.document-list .document-name').allInnerTexts()).toEqual(['A/RES/78/256', 'A/RES/78/16']);
    expect(await page.locator('.index-filters summary').allInnerTexts()).toEqual(['By agenda item (2)', 'By series (4)']);
    expect(failures).toEqual([]);
  });

  it("a document's page: breadcrumbs Home › series › document, and the texts before and after it in its series", async () => {
    const { page } = await visit('a-res-66-24/', { javaScript: false });
    const crumbs = page.locator('.breadcrumbs li');
    expect(await crumbs.allInnerTexts()).toEqual(['Home', expect.stringMatching(/^Developments in the field/), 'A/RES/66/24']);
    expect(await crumbs.nth(1).locator('a').getAttribute('href')).toBe(`${BASE}series/${YEARLY}/`);
    expect(await crumbs.nth(2).getAttribute('aria-current')).toBe('page');
    expect(await page.locator('.prev-next a[rel="prev"]').getAttribute('href')).toBe(`${BASE}draft-64-first-committee-2009/`);
    expect(await page.locator('.prev-next a[rel="next"]').getAttribute('href')).toBe(`${BASE}a-res-68-243/`);
  });

  it('/data/ lists the corpus file, the schema and every document in its three forms', async () => {
    const { page, failures } = await visit('data/');
    expect(await page.locator('.data-files li').count()).toBe(8);
    expect(
      await page
        .locator('.data-files li')
        .first()
        .locator('a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    ).toEqual([`${BASE}data/a-res-79-237.json`, `${BASE}data/a-res-79-237.akn.xml`, `${BASE}data/a-res-79-237.txt`]);
    expect(await page.locator(`a[href="${BASE}data/corpus.json"]`).count()).toBe(1);
    expect(await page.locator(`a[href="${BASE}data/schema.json"]`).count()).toBe(1);
    const corpus = await (await fetch(`${origin}${BASE}data/corpus.json`)).json();
    expect(corpus.documents).toHaveLength(8);
    expect(failures).toEqual([]);
  });
});
