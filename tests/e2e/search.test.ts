/** Search across years, in Chromium against the built site and its real word index. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { walk } from '../../src/lib/document/index.ts';
import { axeViolations, publishedDocuments, useSite } from './harness.ts';

const site = useSite();

/**
 * Waits until the results on screen are those of the words in the search box (while they are
 * typed, those of a word begun may be shown for a moment) and of the page's current URL, then
 * reads them.
 */
async function results(page: Page) {
  await page.waitForFunction(() => {
    const shown = document.querySelector<HTMLElement>('#search-results')?.dataset['state'];
    const typed = document.querySelector<HTMLInputElement>('#search-query')!.value;
    return (
      shown !== undefined &&
      (new URLSearchParams(shown).get('q') ?? '') === typed &&
      new URLSearchParams(shown).toString() === new URLSearchParams(location.search).toString()
    );
  });
  return {
    status: await page.locator('#search-status').innerText(),
    documents: await page.locator('.result-group h2 a').allInnerTexts(),
    // Where each hit lands, without the search terms its link carries for the highlight.
    anchors: await page
      .locator('.hit a.hit-label')
      .evaluateAll((as) => as.map((a) => `${new URL((a as HTMLAnchorElement).href).pathname}${new URL((a as HTMLAnchorElement).href).hash}`)),
    labels: await page.locator('.hit a.hit-label').allInnerTexts(),
  };
}

const search = async (page: Page, query: string, more = '') => {
  await page.goto(`${site.origin}/search/?q=${encodeURIComponent(query)}${more}`);
  return results(page);
};

/** The paragraphs, items and notes of a published document whose text matches, read from its JSON: the truth the counts are held to. */
function passagesMatching(id: string, pattern: RegExp): string[] {
  const doc = publishedDocuments().find((d) => d.id === id)!;
  const passages = [...walk([...doc.preamble, ...doc.operative, ...doc.annexes.flatMap((a) => a.paragraphs)])].map((p) => [p.eId, p.text] as const);
  const notes = doc.footnotes.flatMap((n) => (n.text ? [[n.eId, n.text] as const] : []));
  return [...passages, ...notes].filter(([, text]) => pattern.test(text)).map(([eId]) => eId);
}

const ALL_FIVE = ['A/RES/68/243', 'A/RES/66/24', 'Draft resolution, 64th session, First Committee, 16 October 2009', 'A/RES/62/17', 'A/RES/56/19'];

describe('queries land on the exact paragraphs', () => {
  it('a phrase in all five: "free flow of information", newest first', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('"free flow of information"')}&sort=newest`);
    const r = await results(page);
    expect(r.status).toBe('5 paragraphs in 5 documents');
    expect(r.documents).toEqual(ALL_FIVE);
    expect(r.anchors).toEqual([
      '/a-res-68-243/#para_1',
      '/a-res-66-24/#para_1',
      '/draft-64-first-committee-2009/#para_1',
      '/a-res-62-17/#para_1',
      '/a-res-56-19/#para_1',
    ]);
    expect(r.labels).toEqual(['para. 1', 'para. 1', 'para. 1', 'para. 1', 'para. 1']);
    expect(await page.locator('.excerpt mark').allInnerTexts()).toEqual(Array(5).fill('free flow of information;')); // words as printed, punctuation included
    // Each excerpt is the paragraph's own text, word for word.
    const excerpts = (await page.locator('.hit .excerpt').allInnerTexts()).map((e) => e.replace(/^… | …$/g, ''));
    for (const [i, anchor] of r.anchors.entries()) {
      await page.goto(`${site.origin}${anchor}`);
      expect(await page.locator(`#${anchor!.split('#')[1]}`).innerText()).toContain(excerpts[i]);
    }
  });

  it('a phrase only in 66/24 and 68/243: "possible strategies to address the threats"', async () => {
    const { page } = await site.open();
    const r = await search(page, '"possible strategies to address the threats"', '&sort=newest');
    expect(r.documents).toEqual(['A/RES/68/243', 'A/RES/66/24']);
    expect(r.anchors).toEqual(['/a-res-68-243/#para_1', '/a-res-66-24/#para_1']);
  });

  it('a phrase found in its corrected form: "confidence-building measures" (68/243 lost the hyphen)', async () => {
    const { page } = await site.open();
    const r = await search(page, '"confidence-building measures"', '&sort=newest');
    expect(r.documents).toEqual(['A/RES/68/243', 'A/RES/66/24']);
    expect(r.anchors).toEqual(['/a-res-68-243/#preamble__p_16', '/a-res-68-243/#para_4', '/a-res-66-24/#para_4']);
  });

  it('a word only in footnotes: "Corr" lands on note 3', async () => {
    const { page } = await site.open();
    const r = await search(page, 'Corr', '&sort=newest');
    expect(r.anchors).toEqual([
      '/a-res-66-24/#preamble__p_12__authorialNote_3',
      '/draft-64-first-committee-2009/#preamble__p_12__authorialNote_3',
      '/a-res-62-17/#preamble__p_12__authorialNote_3',
    ]);
    expect(r.labels).toEqual(['note 3', 'note 3', 'note 3']);
  });

  it("a word from the draft's sponsor list: Kyrgyzstan", async () => {
    const { page } = await site.open();
    const r = await search(page, 'Kyrgyzstan');
    expect(r.anchors).toEqual(['/draft-64-first-committee-2009/#sponsors']);
    await page.locator('.hit a').first().click();
    await page.waitForURL(`${site.origin}/draft-64-first-committee-2009/?highlight=Kyrgyzstan#sponsors`);
  });

  it('stems English words: "threat" also finds "threats"', async () => {
    const { page } = await site.open();
    const r = await search(page, 'threat');
    expect(r.anchors).toContain('/a-res-66-24/#para_1'); // "…the threats emerging in this field"
  });

  it('every paragraph holding a phrase is a hit, counted truly: "information security" in 2011 (issue 15: 2 of 8 were found)', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('"information security"')}&year=2011`);
    const r = await results(page);
    const expected = passagesMatching('a-res-66-24', /\binformation security\b/i);
    expect(expected.length).toBe(8);
    expect(r.anchors.sort()).toEqual(expected.map((eId) => `/a-res-66-24/#${eId}`).sort());
    expect(r.status).toBe('8 paragraphs in 1 document');
    expect(await page.locator('.result-year').innerText()).toBe('2011 · 8 paragraphs');
  });

  it('a word in every part: every paragraph that has it, in every document, the count true', async () => {
    const { page } = await site.open();
    const r = await search(page, 'information');
    const expected = publishedDocuments().flatMap((d) => passagesMatching(d.id, /\binformation\b/i).map((eId) => `/${d.id}/#${eId}`));
    expect(r.anchors.sort()).toEqual(expected.sort());
    expect(r.status).toBe(`${expected.length} paragraphs in 5 documents`);
    expect(await page.locator('button.show-all').count()).toBe(0);
  });

  it('stop words do not make matches: "security of information" finds paragraphs with both words, not every "of"', async () => {
    const { page } = await site.open();
    const r = await search(page, 'security of information');
    const expected = publishedDocuments().flatMap((d) =>
      passagesMatching(d.id, /\bsecurity\b/i)
        .filter((eId) => passagesMatching(d.id, /\binformation\b/i).includes(eId))
        .map((eId) => `/${d.id}/#${eId}`),
    );
    expect(r.anchors.sort()).toEqual(expected.sort());
    expect(await page.locator('.excerpt mark').allInnerTexts()).not.toContain('of');
  });

  it("finds the field's synonyms: cybersecurity finds information security; GGE the Group of Governmental Experts", async () => {
    const { page } = await site.open();
    const cyber = await search(page, 'cybersecurity');
    const phrase = await search(page, '"information security"');
    expect(cyber.anchors.length).toBeGreaterThan(8);
    expect(cyber.anchors.sort()).toEqual(phrase.anchors.sort());
    const gge = await search(page, 'GGE');
    const expected = publishedDocuments().flatMap((d) => passagesMatching(d.id, /\bGroup of Governmental Experts\b/i).map((eId) => `/${d.id}/#${eId}`));
    expect(gge.anchors.sort()).toEqual(expected.sort());
    expect(await page.locator('.excerpt mark').first().innerText()).toMatch(/^group of governmental experts,?$/i);
  });

  it('an empty result suggests what to try', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('"free flow of cyberspace"')}&part=Notes`);
    const r = await results(page);
    expect(r.status).toBe('No paragraph matches “"free flow of cyberspace"”.');
    expect(await page.locator('.no-results').innerText()).toMatch(/removing quotation marks[\s\S]*clear the filters/);
  });
});

describe('filters, URL state and history', () => {
  it('filters narrow the results and live in the URL', async () => {
    const { page } = await site.open();
    const all = await search(page, 'information security');
    await page.selectOption('select[name="year"]', '2011');
    await page.waitForURL(/year=2011/);
    const year = await results(page);
    expect(year.documents).toEqual(['A/RES/66/24']);
    expect(year.anchors.length).toBeLessThan(all.anchors.length);
    await page.selectOption('select[name="part"]', 'Operative');
    await page.waitForURL(/part=Operative/);
    const part = await results(page);
    expect(part.anchors.every((a) => /#para_/.test(a!))).toBe(true);
    await page.selectOption('select[name="year"]', '');
    await page.selectOption('select[name="type"]', 'Draft');
    await page.waitForURL(/type=Draft/);
    expect((await results(page)).documents).toEqual(['Draft resolution, 64th session, First Committee, 16 October 2009']);
  });

  it('restores query and filters on reload and on Back', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/search/?q=experts&year=2007`);
    const first = await results(page);
    expect(first.documents).toEqual(['A/RES/62/17']);
    await page.reload();
    expect(await page.inputValue('#search-query')).toBe('experts');
    expect(await page.inputValue('select[name="year"]')).toBe('2007');
    expect((await results(page)).anchors).toEqual(first.anchors);
    await page.selectOption('select[name="year"]', '2013');
    await page.waitForURL(/year=2013/);
    expect((await results(page)).documents).toEqual(['A/RES/68/243']);
    await page.goBack();
    await page.waitForURL(/year=2007/);
    await expect.poll(async () => (await results(page)).documents).toEqual(['A/RES/62/17']);
    expect(await page.inputValue('select[name="year"]')).toBe('2007');
  });

  it('oldest first on request', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('"free flow of information"')}&sort=oldest`);
    expect((await results(page)).documents).toEqual([...ALL_FIVE].reverse());
  });
});

describe('using it', () => {
  it('from any page: "/" focuses the box, typing and Enter open the results', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.origin}/a-res-66-24/`);
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search');
    await page.keyboard.type('Midrand');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/search/?q=Midrand`);
    expect((await results(page)).documents.sort()).toEqual([...ALL_FIVE].sort());
    expect(errors).toEqual([]);
  });

  it('searches as you type, keyboard only, and the index loads on first use, not on page load', async () => {
    const { page } = await site.open();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/search/`);
    expect(fetched.filter((p) => p.startsWith('/search-index/'))).toEqual([]);
    const entries = await page.evaluate(() => history.length);
    await page.keyboard.press('/');
    await page.keyboard.type('Tunis');
    const r = await results(page);
    expect(r.anchors).toContain('/a-res-66-24/#preamble__p_7');
    // The address is that of the results, replaced as the words are typed: no entry per key.
    expect(new URL(page.url()).search).toBe('?q=Tunis');
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(fetched.some((p) => p === '/search-index/index.json')).toBe(true);
    await page.keyboard.press('Tab'); // the Search button
    await page.keyboard.press('Tab'); // the year filter
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('year');
  });

  it('gives typed results their address once typing pauses, or at once when a result is followed', async () => {
    const { page } = await site.open();
    // The page's timers stopped: only what the test lets run, runs.
    await page.clock.install();
    await page.goto(`${site.origin}/search/`);
    await page.keyboard.press('/');
    await page.keyboard.type('Tunis');
    const shown = () => page.waitForFunction((q) => document.querySelector<HTMLElement>('#search-results')?.dataset['state'] === q, 'q=Tunis');
    await shown();
    expect(new URL(page.url()).search).toBe('');
    await page.clock.runFor(300);
    expect(new URL(page.url()).search).toBe('?q=Tunis');
    // Typed again, and a result followed before typing has paused: the search's entry has the results' address.
    await page.fill('#search-query', 'Tunis information');
    await page.waitForFunction(() => document.querySelector<HTMLElement>('#search-results')?.dataset['state'] === 'q=Tunis+information');
    expect(new URL(page.url()).search).toBe('?q=Tunis');
    await page.locator('.hit a.hit-label').first().click();
    await page.waitForURL((url) => url.pathname !== '/search/');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/search/');
    expect(new URL(page.url()).search).toBe('?q=Tunis+information');
  });

  it('a citation typed in shows its paragraph first, and Enter goes there; every usual form', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/search/`);
    await page.locator('#search-query').fill('66/24 OP3(b)');
    await expect.poll(() => page.locator('.citation-result a').getAttribute('href')).toBe('/a-res-66-24/#para_3__list_1__point_b');
    expect(await page.locator('.citation-result').innerText()).toMatch(
      /^General Assembly resolution 66\/24, operative paragraph 3 \(b\)\s+Efforts taken at the national level/,
    );
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}/a-res-66-24/#para_3__list_1__point_b`);
    for (const [q, landing] of [
      ['A/RES/66/24, para. 3 (b)', '/a-res-66-24/#para_3__list_1__point_b'],
      ['68/243 PP11', '/a-res-68-243/#preamble__p_11'],
      ['operative paragraph 5 of resolution 66/24', '/a-res-66-24/#para_5'],
      ['A/RES/62/17', '/a-res-62-17/'],
    ]) {
      await page.goto(`${site.origin}/search/?q=${encodeURIComponent(q!)}`);
      await page.waitForURL(`${site.origin}${landing}`);
    }
  });

  it('a citation of a paragraph or a resolution that does not exist says so', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('66/24 OP9')}`);
    await results(page);
    expect(await page.locator('#search-status').innerText()).toBe('Resolution 66/24 has no operative paragraph 9: its operative paragraphs number 5.');
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('66/24 OP3(z)')}`);
    await results(page);
    expect(await page.locator('#search-status').innerText()).toBe('Resolution 66/24 has no operative paragraph 3 (z): operative paragraph 3 has no such item.');
    await page.goto(`${site.origin}/search/?q=${encodeURIComponent('65/41 OP1')}`);
    await results(page);
    expect(await page.locator('#search-status').innerText()).toBe('A/RES/65/41 is not in this edition.');
    expect(await page.locator('.citation-missing a').getAttribute('href')).toBe('https://undocs.org/A/RES/65/41');
  });

  it('a document symbol lists the paragraphs that cite it: A/65/201', async () => {
    const { page } = await site.open();
    const r = await search(page, 'A/65/201');
    const expected = publishedDocuments().flatMap((d) => passagesMatching(d.id, /A\/65\/201\b/).map((eId) => `/${d.id}/#${eId}`));
    expect(expected.length).toBeGreaterThan(0);
    expect(r.anchors.sort()).toEqual(expected.sort());
  });

  it('the paragraph a hit lands on shows the search terms, and the highlight can be removed', async () => {
    const { page } = await site.open();
    await search(page, '"free flow of information"');
    await page.locator('.hit a.hit-label').first().click();
    await page.waitForURL(/#para_1$/);
    expect(await page.locator('#para_1 mark.search-highlight').allInnerTexts()).toEqual(['free flow of information']);
    expect(await page.locator('mark.search-highlight').count()).toBe(1);
    await page.getByRole('button', { name: 'Remove highlight' }).click();
    expect(await page.locator('mark.search-highlight').count()).toBe(0);
    expect(new URL(page.url()).search).toBe('');
    expect(await page.locator('#para_1 .para-body > p').innerText()).toContain('free flow of information;');
  });

  it('says so when the index cannot be loaded, and finds again once it can', async () => {
    const { page } = await site.open();
    let refuse = true;
    await page.route('**/search-index/**', (route) => (refuse ? route.abort() : route.continue()));
    const r = await search(page, 'Tunis');
    expect(r.status).toBe('The search index could not be loaded. Check the connection and search again, or reload the page.');
    expect(r.documents).toEqual([]);
    refuse = false;
    await page.locator('#search-form button[type="submit"]').click();
    await expect.poll(async () => (await results(page)).documents.length).toBe(4);
  });

  it('other pages do not load the index', async () => {
    const { page } = await site.open();
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.goto(`${site.origin}/a-res-66-24/`);
    await page.waitForLoadState('networkidle');
    expect(fetched.filter((p) => p.startsWith('/search-index/'))).toEqual([]);
  });

  it('says what is needed when JavaScript is off', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(`${site.origin}/search/?q=Midrand`);
    expect(await page.locator('noscript, .notice').first().textContent()).toMatch(/needs JavaScript/);
  });

  it('has no accessibility violations with results shown', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page } = await site.open({ colorScheme });
      await search(page, 'information');
      expect(await axeViolations(page)).toEqual([]);
    }
  });
});
