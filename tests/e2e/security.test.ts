/** Every page type under the Content-Security-Policy: no violation, no request to another origin. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../../src/lib/site/security.ts';
import { DIST, useSite } from './harness.ts';

const site = useSite();

const PAGES: Array<[string, string, ((page: import('playwright-core').Page) => Promise<void>)?]> = [
  ['home', '/'],
  [
    'resolution',
    '/a-res-66-24/',
    async (page) => {
      await page.locator('#para_3 a.pilcrow').first().click();
      await page.getByRole('menuitem', { name: 'Copy citation' }).waitFor();
    },
  ],
  ['draft', '/draft-64-first-committee-2009/'],
  [
    'search, with a query run',
    '/search/?q=information',
    async (page) => {
      await page.waitForSelector('#search-results[data-state="q=information"] .hit');
    },
  ],
  ['compare (prebuilt)', '/compare/a-res-62-17/draft-64-first-committee-2009/'],
  [
    'compare (in the browser)',
    '/compare/?from=a-res-56-19&to=a-res-68-243',
    async (page) => {
      await page.waitForSelector('#comparison .row');
    },
  ],
  ['history', '/history/developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security/#a-res-68-243--para_1'],
  ['history index', '/history/'],
  ['series', '/series/developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security/'],
  ['agenda item', '/topics/developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security/'],
  ['documents index', '/documents/2011/'],
  ['open data index', '/data/'],
  ['404', '/no-such-page/'],
];

describe('Content-Security-Policy', () => {
  it('every HTML page carries the policy, with no unsafe-inline', () => {
    for (const file of ['index.html', 'a-res-66-24/index.html', 'search/index.html', 'compare/index.html', '404.html']) {
      const html = readFileSync(join(DIST, file), 'utf8');
      expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`);
    }
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
  });

  it('the headers file for static hosts carries the policy and the usual security headers', () => {
    const headers = readFileSync(join(DIST, '_headers'), 'utf8');
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers).toContain(`  ${name}: ${value}\n`);
    expect(headers).toContain("frame-ancestors 'none'");
  });

  it('the test server sends the headers of dist/_headers, as a deployment does, on pages, data and the 404', async () => {
    for (const path of ['/', '/a-res-66-24/', '/data/a-res-66-24.json', '/no-such-page/']) {
      const response = await fetch(`${site.origin}${path}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
  });

  it('a directory asked for without its trailing slash is redirected to it, with its query', async () => {
    const response = await fetch(`${site.origin}/a-res-66-24?x=1`, { redirect: 'manual' });
    expect([response.status, response.headers.get('location')]).toEqual([301, '/a-res-66-24/?x=1']);
    expect(response.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    const { page } = await site.open();
    await page.goto(`${site.origin}/search`);
    expect(new URL(page.url()).pathname).toBe('/search/');
    expect(await page.locator('h1').innerText()).toBe('Search the resolutions');
  });

  for (const [name, path, act] of PAGES) {
    it(`${name}: no violation, no console error, no request to another origin`, async () => {
      const { page, errors, foreign } = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
      await page.addInitScript(() => {
        (window as unknown as { violations: string[] }).violations = [];
        document.addEventListener('securitypolicyviolation', (e) =>
          (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
        );
      });
      await page.goto(`${site.origin}${path}`);
      if (act) await act(page);
      await page.waitForLoadState('networkidle');
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
      expect(errors.filter((e) => !/404 \(Not Found\)/.test(e))).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});
