/** Open data, Akoma Ntoso export and citations, checked on the built site. */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/lib/corpus.ts';
import { resolutionDocumentSchema, type Paragraph } from '../../src/lib/schema.ts';
import { realSources } from '../helpers/sources.ts';
import { DIST, publishedDocuments, useSite } from './harness.ts';

const site = useSite();
const docs = publishedDocuments();
const XSD = join(import.meta.dirname, '../../schemas/akn/akomantoso30.xsd');
const eIds = (ps: Paragraph[]): string[] => ps.flatMap((p) => [p.eId, ...eIds(p.items)]);

describe('Akoma Ntoso', () => {
  it('the schema is available', () => expect(existsSync(XSD)).toBe(true));

  for (const doc of docs) {
    it(`${doc.id}: validates against akomantoso30.xsd, with the page's eIds`, () => {
      const file = join(DIST, 'data', `${doc.id}.akn.xml`);
      const out = execFileSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      expect(out).toBe('');
      const akn = readFileSync(file, 'utf8');
      const ids = [...akn.matchAll(/ eId="([^"]+)"/g)].map((m) => m[1]!).filter((id) => /^(preamble__p|para)_/.test(id) && !id.endsWith('__list_1'));
      expect(ids.sort()).toEqual([...eIds(doc.preamble), ...eIds(doc.operative), ...doc.footnotes.map((f) => f.eId)].sort());
      expect(akn).toContain(`<statement name="${doc.kind === 'draft' ? 'draftResolution' : 'resolution'}">`);
    });
  }

  it('names works by FRBR IRIs as AKN4UN does', () => {
    const akn = readFileSync(join(DIST, 'data', 'a-res-66-24.akn.xml'), 'utf8');
    expect(akn).toContain('<FRBRuri value="/akn/un/statement/deliberation/un-ga/2011-12-02/66-24"/>');
    expect(akn).toContain('<formula name="enactingFormula"><p>The General Assembly,</p></formula>');
    expect(akn).toContain('<conclusions><p>71st plenary meeting</p><p><date date="2011-12-02">2 December 2011</date></p></conclusions>');
    expect(akn).toContain('<noteRef marker="4" href="#preamble__p_16__authorialNote_4"/>');
    const draft = readFileSync(join(DIST, 'data', 'draft-64-first-committee-2009.akn.xml'), 'utf8');
    expect(draft).toContain('<FRBRuri value="/akn/un/statement/draft/un-ga-first-committee/2009-10-16/draft-64-first-committee-2009"/>');
    expect(draft).not.toContain('<conclusions>');
  });
});

describe('plain text', () => {
  it('re-ingested by the parser gives the same paragraphs and notes', () => {
    const sources = realSources().map((s) => ({ ...s, bytes: readFileSync(join(DIST, 'data', `${docs.find((d) => d.source.file === s.file)!.id}.txt`)) }));
    const result = ingestCorpus(sources);
    if (!result.ok) throw new Error(result.problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join('\n'));
    const strip = (ps: Paragraph[]): unknown[] => ps.map((p) => ({ eId: p.eId, num: p.num, text: p.text, notes: p.notes, items: strip(p.items) }));
    for (const doc of docs) {
      const again = result.documents.find((d) => d.id === doc.id)!;
      expect(strip(again.preamble)).toEqual(strip(doc.preamble));
      expect(strip(again.operative)).toEqual(strip(doc.operative));
      expect(again.footnotes.map((f) => [f.eId, f.text])).toEqual(doc.footnotes.map((f) => [f.eId, f.text]));
      expect(again.adopted).toEqual(doc.adopted);
    }
  });
});

describe('corpus-wide data', () => {
  it('corpus.json holds every document, valid, oldest first; each /data/<id>.json is the ingested JSON', () => {
    const corpus = JSON.parse(readFileSync(join(DIST, 'data', 'corpus.json'), 'utf8')) as { documents: unknown[] };
    expect(corpus.documents.map((d) => resolutionDocumentSchema.parse(d).id)).toEqual(docs.map((d) => d.id));
    for (const doc of docs) expect(JSON.parse(readFileSync(join(DIST, 'data', `${doc.id}.json`), 'utf8'))).toEqual(doc);
  });

  it('schema.json is the JSON Schema of the Zod schema', () => {
    const schema = JSON.parse(readFileSync(join(DIST, 'data', 'schema.json'), 'utf8'));
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(resolutionDocumentSchema.shape).sort());
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'symbol', 'preamble', 'operative', 'footnotes', 'corrections', 'source']));
  });
});

describe('on the page', () => {
  it('links the downloads, words spaced as a sentence', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-66-24/`);
    expect(await page.locator('.downloads').innerText()).toBe('Download: JSON, Akoma Ntoso XML, plain text');
    const links = await page.locator('.downloads a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(links).toEqual([
      ['JSON', '/data/a-res-66-24.json'],
      ['Akoma Ntoso XML', '/data/a-res-66-24.akn.xml'],
      ['plain text', '/data/a-res-66-24.txt'],
    ]);
    for (const [, href] of links) expect((await page.request.get(`${site.origin}${href}`)).status()).toBe(200);
  });

  it('"Cite this" gives the UN style, BibTeX and CSL-JSON, each copyable', async () => {
    const { page } = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(`${site.origin}/a-res-66-24/`);
    expect(await page.locator('#cite-un').innerText()).toBe('General Assembly resolution 66/24 of 2 December 2011 (A/RES/66/24)');
    const bibtex = await page.locator('#cite-bibtex').innerText();
    expect(bibtex).toMatch(/^@misc\{A-RES-66-24,/);
    expect(bibtex).toMatch(/number\s+= \{A\/RES\/66\/24\}/);
    expect(bibtex).toMatch(/date\s+= \{2011-12-02\}/);
    const csl = JSON.parse(await page.locator('#cite-csl').innerText());
    expect(csl).toMatchObject({ id: 'A/RES/66/24', type: 'legislation', issued: { 'date-parts': [[2011, 12, 2]] }, URL: 'https://undocs.org/A/RES/66/24' });
    await page.getByRole('button', { name: 'Copy BibTeX' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(bibtex);
    await page.getByRole('button', { name: 'Copy UN style' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('General Assembly resolution 66/24 of 2 December 2011 (A/RES/66/24)');
  });

  it('the draft is cited as a draft; without SITE_URL, with no address of this site in it', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/draft-64-first-committee-2009/`);
    expect(await page.locator('#cite-un').innerText()).toBe('Draft resolution, 64th session, First Committee, 16 October 2009');
    const csl = JSON.parse(await page.locator('#cite-csl').innerText());
    expect(csl).toMatchObject({ type: 'bill' });
    expect(csl).not.toHaveProperty('URL');
  });

  it('without SITE_URL: a description, Open Graph and JSON-LD, but no canonical link, og:url or sitemap, and no address invented', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.origin}/a-res-68-243/`);
    const attr = (sel: string, name = 'content') => page.locator(sel).getAttribute(name);
    expect(await attr('meta[name="description"]')).toMatch(/^A\/RES\/68\/243/);
    expect(await attr('meta[property="og:type"]')).toBe('article');
    expect(await page.locator('link[rel="canonical"], meta[property="og:url"], link[rel="sitemap"]').count()).toBe(0);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(ld).toMatchObject({
      '@type': 'Legislation',
      identifier: 'A/RES/68/243',
      legislationDate: '2013-12-27',
      isPartOf: { '@type': 'CreativeWorkSeries' },
    });
    expect(ld).not.toHaveProperty('url');
    expect(errors).toEqual([]);
  });
});

describe('for search engines and lost readers', () => {
  it('without SITE_URL there is no sitemap, robots.txt names none, and no page or data file holds an address of this site', () => {
    expect(existsSync(join(DIST, 'sitemap-index.xml'))).toBe(false);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toBe('User-agent: *\nAllow: /\n');
    // Addresses the site may write: the UN's resolver, and the namespaces of the formats.
    const allowed = new Set(['undocs.org', 'schema.org', 'docs.oasis-open.org', 'json-schema.org', 'www.w3.org']);
    const files = readdirSync(DIST, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(?:html|json|xml|txt)$/.test(f) && !f.startsWith('search-index'));
    const hosts = new Set(files.flatMap((f) => [...readFileSync(join(DIST, f), 'utf8').matchAll(/https?:\/\/([a-z0-9.-]+)/gi)].map((m) => m[1]!)));
    expect([...hosts].filter((h) => !allowed.has(h))).toEqual([]);
  });

  it('an unknown address gets a 404 page with a search box and the series, each with its latest text', async () => {
    const { page } = await site.open();
    const response = await page.goto(`${site.origin}/a-res-66-25/`);
    expect(response!.status()).toBe(404);
    expect(await page.locator('h1').innerText()).toBe('This page does not exist');
    expect(await page.locator('.not-found form[role="search"] input[name="q"]').count()).toBe(1);
    // The series and the latest text of each: not every text, which at thousands would bury the page.
    const series = '/series/developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security/';
    expect(await page.locator('.not-found .series-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([
      series,
      `/${docs.at(-1)!.id}/`,
    ]);
  });
});
