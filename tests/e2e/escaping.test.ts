/**
 * Hostile text is data, never markup: a corpus whose sources contain <script>, event-handler
 * attributes, javascript: URLs and HTML entities is ingested, built and visited, and every
 * trace of it must be inert text: in pages, search results, comparisons and exports.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildSite } from '../../src/build/build-site.ts';
import { launchChromium } from '../helpers/chromium.ts';
import { startStaticServer } from '../../src/build/static-server.ts';
import { SOURCES_DIR } from '../helpers/sources.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const HOSTILE = `<script>alert("pwned")</script> Midrand &amp; <img src=x onerror=alert(1)> [click](javascript:alert(2)) javascript:alert(3) <a href="javascript:alert(4)">x</a>`;
const NOTE = `See <b onclick="alert(5)">A/65/201</b> &lt;i&gt;.`;

let work: string;
let server: Server;
let origin: string;
let browser: Browser;

beforeAll(async () => {
  work = tempDir('escaping');
  const sources = join(work, 'sources');
  cpSync(SOURCES_DIR, sources, { recursive: true });
  const file = join(sources, 'a-res-66-24.txt');
  const text = readFileSync(file, 'utf8');
  writeFileSync(file, text.replace('held in Midrand, South Africa', `held in ${HOSTILE}, South Africa`).replace('⁴ See A/65/201.', `⁴ ${NOTE}`));
  // Temporary files on a tmpfs, as /tmp is on many systems: the build must not move files across devices.
  const tmp = process.env['TMPDIR'];
  process.env['TMPDIR'] = '/dev/shm';
  try {
    await buildSite({ sources, data: join(work, 'resolutions'), dist: join(work, 'dist'), cache: join(work, 'cache'), quiet: true });
  } finally {
    if (tmp === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = tmp;
  }
  ({ server, origin } = await startStaticServer(join(work, 'dist')));
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** Opens a page, failing on any dialog (an executed alert) and recording script elements added. */
async function visit(path: string, act?: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const dialogs: string[] = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(`${origin}${path}`);
  if (act) await act(page);
  await page.waitForLoadState('networkidle');
  const unsafe = await page.evaluate(() => ({
    inlineScripts: [...document.querySelectorAll('script:not([src]):not([type="application/ld+json"])')].length,
    injectedImages: document.querySelectorAll('img[src="x"]').length,
    javascriptLinks: document.querySelectorAll('a[href^="javascript:" i]').length,
    handlers: document.querySelectorAll('[onerror], [onclick]').length,
    bold: document.querySelectorAll('main b').length,
  }));
  return { page, dialogs, unsafe };
}

const INERT = { inlineScripts: 0, injectedImages: 0, javascriptLinks: 0, handlers: 0, bold: 0 };

it('the build above kept its temporary files on another device than its output', () => {
  expect(statSync('/dev/shm').dev).not.toBe(statSync(work).dev);
});

describe('hostile source text is rendered inert', () => {
  it('on the resolution page, shown literally', async () => {
    const { page, dialogs, unsafe } = await visit('/a-res-66-24/');
    expect(dialogs).toEqual([]);
    expect(unsafe).toEqual(INERT);
    expect(await page.locator('#preamble__p_5').innerText()).toContain(HOSTILE);
    expect(await page.locator('#preamble__p_16__authorialNote_4').innerText()).toContain(NOTE);
  });

  it('in search results', async () => {
    const { page, dialogs, unsafe } = await visit('/search/?q=pwned', async (p) => {
      await p.waitForSelector('#search-results[data-state="q=pwned"] .hit');
    });
    expect(dialogs).toEqual([]);
    expect(unsafe).toEqual(INERT);
    expect(await page.locator('.hit .excerpt').first().innerText()).toContain('<script>alert("pwned")</script> Midrand &amp; <img src=x onerror=alert(1)>');
  });

  it('search finds every document, its records read back as text', async () => {
    const manifest = JSON.parse(readFileSync(join(work, 'dist', 'search-index', 'index.json'), 'utf8')) as { version: string; documents: number };
    expect(manifest.documents).toBe(5);
    // Stored compressed: the hostile text is in no file as it was written.
    expect(readdirSync(join(work, 'dist', 'search-index', manifest.version, 'records'))).toHaveLength(5);
    const { page } = await visit('/search/?q=%22free+flow+of+information%22', async (p) => {
      await p.waitForSelector('#search-results .hit');
    });
    expect(await page.locator('#search-status').innerText()).toBe('5 paragraphs in 5 documents');
  });

  it('in the prebuilt comparison and in one computed in the browser', async () => {
    for (const path of ['/compare/draft-64-first-committee-2009/a-res-66-24/', '/compare/?from=a-res-56-19&to=a-res-66-24']) {
      const { page, dialogs, unsafe } = await visit(path, async (p) => {
        await p.waitForSelector('#comparison .row');
      });
      expect(dialogs).toEqual([]);
      expect(unsafe).toEqual(INERT);
      expect(await page.locator('#comparison').innerText()).toContain('<img src=x onerror=alert(1)>');
    }
  });

  it('in the history page', async () => {
    const { page, dialogs, unsafe } = await visit(
      '/history/developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security/',
    );
    expect(dialogs).toEqual([]);
    expect(unsafe).toEqual(INERT);
    expect(await page.locator('li#a-res-66-24--preamble__p_5').textContent()).toContain('<script>alert("pwned")</script>');
  });

  it('in the exports: JSON keeps the text, XML and text files escape or carry it verbatim', () => {
    const data = join(work, 'dist', 'data');
    const json = JSON.parse(readFileSync(join(data, 'a-res-66-24.json'), 'utf8'));
    expect(json.preamble[4].text).toContain(HOSTILE);
    const akn = readFileSync(join(data, 'a-res-66-24.akn.xml'), 'utf8');
    expect(akn).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; Midrand &amp;amp;');
    expect(akn).not.toContain('<script');
    execFileSync('xmllint', ['--noout', '--schema', join(import.meta.dirname, '../../schemas/akn/akomantoso30.xsd'), join(data, 'a-res-66-24.akn.xml')], {
      stdio: 'pipe',
    });
    expect(readFileSync(join(data, 'a-res-66-24.txt'), 'utf8')).toContain(HOSTILE);
    const ld = readFileSync(join(work, 'dist', 'a-res-66-24', 'index.html'), 'utf8').match(/<script type="application\/ld\+json">([^<]*)<\/script>/);
    expect(ld).not.toBeNull();
  });
});
