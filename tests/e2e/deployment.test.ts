/**
 * The site deployed under an address of its own: built with SITE_URL and SITE_BASE, served under
 * that base as a host would, every link, asset, search bundle, data file and browser fetch stays
 * under the base, and the absolute addresses (canonical, Open Graph, JSON-LD, sitemap, robots.txt,
 * citations) carry the origin and the base.
 */
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
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

const ORIGIN = 'https://un.example.org';
const BASE = '/ict/';
let dist: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  const work = mkdtempSync(join(tmpdir(), 'deployment-'));
  dist = join(work, 'dist');
  await buildSite({
    sources: SOURCES_DIR,
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

  it('the server serves the site under its base only, and sends the base without its slash there', async () => {
    expect((await fetch(`${origin}/a-res-66-24/`)).status).toBe(404);
    const home = await fetch(`${origin}/ict`, { redirect: 'manual' });
    expect([home.status, home.headers.get('location')]).toEqual([301, '/ict/']);
    const doc = await fetch(`${origin}/ict/a-res-66-24`, { redirect: 'manual' });
    expect([doc.status, doc.headers.get('location')]).toEqual([301, '/ict/a-res-66-24/']);
  });
});
