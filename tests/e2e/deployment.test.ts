/**
 * The site deployed under an address of its own: built with SITE_URL and SITE_BASE, served under
 * that base as a host would, every link, asset, search bundle, data file and browser fetch stays
 * under the base, and the absolute addresses (canonical, Open Graph, JSON-LD, sitemap, robots.txt,
 * citations) carry the origin and the base. The corpus has several series in two agenda items:
 * the five sources, and three texts of the real sample (the programme of action and the working
 * group of this same item, a budget resolution of another).
 */
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { startStaticServer } from '../../src/build/static-server.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { SOURCES_DIR } from '../helpers/sources.ts';
import { checkLinks } from './link-check.ts';

const SAMPLE = join(import.meta.dirname, '../fixtures/corpus');
const ORIGIN = 'https://un.example.org';
const BASE = '/ict/';
let dist: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'deployment-'));
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
    // Two documents per search index, so that the shards' addresses are under the base too.
    env: { SITE_URL: ORIGIN, SITE_BASE: BASE, SEARCH_SHARD_DOCUMENTS: '2' },
  });
  ({ server, origin } = await startStaticServer(dist, { base: BASE }));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** A page under the base that fails on any console error or any response of 400 and above. */
async function visit(path: string) {
  const context = await browser.newContext();
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

  it('search loads its bundle and its shards from under the base, and its results link there', async () => {
    const { page, failures } = await visit('search/?q=information');
    await page.waitForSelector('#search-results .hit');
    const links = await page.locator('#search-results .hit a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links.length).toBeGreaterThan(3);
    for (const href of links) expect(href).toMatch(/^\/ict\/[a-z0-9-]+\/#/);
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

  it('the history index and the 404 page list every series, by agenda item, newest first', async () => {
    const { page, failures } = await visit('history/');
    const topics = await page.locator('.topic h2').allInnerTexts();
    expect(topics).toEqual([
      expect.stringMatching(/^Developments in the field of information and telecommunications in the context of international security · agenda item /),
      expect.stringMatching(/^Proposed programme budget for 2024 · agenda item 134$/),
    ]);
    const links = await page.locator('.series-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(links).toHaveLength(4);
    for (const href of links) expect(href).toMatch(/^\/ict\/history\/[a-z0-9-]+\/$/);
    expect(failures).toEqual([]);
    const missing = await visit('no-such-page/');
    expect(await missing.page.locator('.not-found .series-list > li').count()).toBe(4);
    expect(await missing.page.locator('.not-found .series-list li li a').count()).toBe(8);
  });

  it('compare offers every text of every series, grouped by series', async () => {
    const { page } = await visit('compare/');
    const groups = await page.locator('select[name="from"] optgroup').evaluateAll((gs) => gs.map((g) => [g.getAttribute('label'), g.children.length]));
    expect(groups).toHaveLength(4);
    expect(groups.map(([, n]) => n).sort()).toEqual([1, 1, 1, 5]);
  });

  it('the header links home, compare, history and search, the current page marked', async () => {
    const { page } = await visit('history/');
    expect(
      await page
        .locator('nav[aria-label="Site"] a')
        .evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute('href'), a.getAttribute('aria-current')])),
    ).toEqual([
      ['Home', '/ict/', null],
      ['Compare', '/ict/compare/', null],
      ['History', '/ict/history/', 'page'],
      ['Search', '/ict/search/', null],
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
