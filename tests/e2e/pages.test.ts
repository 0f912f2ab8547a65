/** The resolution pages, the series home and paragraph permalinks, in Chromium against dist/. */
import { describe, expect, it } from 'vitest';
import type { Paragraph } from '../../src/lib/schema.ts';
import { axeViolations, publishedDocuments, useSite } from './harness.ts';

const site = useSite();
const docs = publishedDocuments();
const SERIES = docs[0]!.series;

const eIds = (ps: Paragraph[]): string[] => ps.flatMap((p) => [p.eId, ...eIds(p.items)]);

describe('every resolution page', () => {
  for (const doc of docs) {
    it(`${doc.id}: ids are the JSON eIds, each once, and all ids are unique; no console errors`, async () => {
      const { page, errors, foreign } = await site.open();
      await page.goto(`${site.origin}/${doc.id}/`);
      const ids = await page.$$eval('[id]', (els) => els.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
      const expected = [...eIds(doc.preamble), ...eIds(doc.operative), ...doc.footnotes.map((f) => f.eId)];
      for (const eId of expected) expect(ids.filter((id) => id === eId)).toHaveLength(1);
      const pageEIds = await page.$$eval('[data-cite]', (els) => els.map((e) => e.id));
      expect(pageEIds.sort()).toEqual([...expected].sort());
      expect(await page.locator('h1').count()).toBe(1);
      expect(errors).toEqual([]);
      expect(foreign).toEqual([]);
    });
  }
});

describe('the 66/24 page', () => {
  const url = () => `${site.origin}/a-res-66-24/`;

  it('shows the masthead facts and the body as the UN prints it', async () => {
    const { page } = await site.open();
    await page.goto(url());
    const facts = await page.locator('.facts').innerText();
    for (const fact of [
      'A/RES/66/24',
      'General, 13 December 2011',
      '66th session',
      '93',
      'First Committee',
      'A/66/407',
      '2 December 2011, 71st plenary meeting',
    ]) {
      expect(facts).toContain(fact);
    }
    expect(await page.locator('.formula').innerText()).toBe('The General Assembly,');
    expect(await page.locator('#para_3 > .num').innerText()).toBe('3.');
    expect(await page.locator('#para_3__list_1__point_b > .num').innerText()).toBe('(b)');
    expect(await page.locator('#para_1 em').first().innerText()).toBe('Calls upon');
    expect(await page.locator('.closing').innerText()).toBe('71st plenary meeting\n2 December 2011');
  });

  it('links footnote markers to the notes and back, for a note cited twice', async () => {
    const { page } = await site.open();
    await page.goto(url());
    const note = 'preamble__p_16__authorialNote_4';
    expect(await page.locator(`#para_3 .noteref a`).getAttribute('href')).toBe(`#${note}`);
    expect(await page.locator(`#preamble__p_16 .noteref a`).getAttribute('href')).toBe(`#${note}`);
    const back = await page.locator(`#${note} a.backref`).evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(back).toEqual(['#preamble__p_16__noteRef_4', '#para_3__noteRef_4']);
    await page.locator('#para_3 .noteref a').click();
    expect(new URL(page.url()).hash).toBe(`#${note}`);
  });

  it('turns cross-references into links: in the corpus to the page, else to undocs.org', async () => {
    const { page } = await site.open();
    await page.goto(url());
    const href = (scope: string, text: string) => page.locator(scope).getByRole('link', { name: text, exact: true }).first().getAttribute('href');
    expect(await href('#preamble__p_1', '56/19')).toBe('/a-res-56-19/');
    expect(await href('#preamble__p_1', '58/32')).toBe('https://undocs.org/A/RES/58/32');
    expect(await href('#preamble__p_11', '65/41')).toBe('https://undocs.org/A/RES/65/41');
    expect(await href('#preamble__p_11', '62/17')).toBe('/a-res-62-17/');
    expect(await href('#para_3__list_1__point_c', 'paragraph 2')).toBe('#para_2');
    const note3 = '#preamble__p_12__authorialNote_3';
    expect(await href(note3, 'A/55/140')).toBe('https://undocs.org/A/55/140');
    expect(await href(note3, 'Corr.1')).toBe('https://undocs.org/A/55/140/Corr.1');
    expect(await href(note3, 'Add.1')).toBe('https://undocs.org/A/55/140/Add.1');
    expect(await href('#preamble__p_7__authorialNote_2', 'A/C.2/59/3')).toBe('https://undocs.org/A/C.2/59/3');
    const external = page.locator('#preamble__p_1 a[href^="https://undocs.org"]').first();
    expect(await external.getAttribute('rel')).toBe('external');
    expect(await external.getAttribute('class')).toContain('external');
    await page.locator('#preamble__p_1').getByRole('link', { name: '56/19', exact: true }).click();
    await page.waitForURL(`${site.origin}/a-res-56-19/`);
  });

  it('"Copy link" and "Copy citation" copy the right strings', async () => {
    const { page } = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(url());
    const cases = [
      ['para_3__list_1__point_b', 'General Assembly resolution 66/24, operative paragraph 3 (b)'],
      ['preamble__p_5', 'General Assembly resolution 66/24, fifth preambular paragraph'],
      ['para_4', 'General Assembly resolution 66/24, operative paragraph 4'],
      ['preamble__p_16__authorialNote_4', 'General Assembly resolution 66/24, footnote 4'],
    ] as const;
    for (const [eId, citation] of cases) {
      await page.locator(`#${eId} a.pilcrow`).first().click();
      const menu = page.getByRole('menu');
      await menu.getByRole('menuitem', { name: 'Copy citation' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(citation);
      await page.locator(`#${eId} a.pilcrow`).first().click();
      await menu.getByRole('menuitem', { name: 'Copy link' }).click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.origin}/a-res-66-24/#${eId}`);
      expect(await page.getByRole('status').innerText()).toBe('Link copied');
      // Seen as well as announced: a box one can read, not a visually hidden pixel.
      expect((await page.getByRole('status').boundingBox())!.width).toBeGreaterThan(40);
    }
  });

  it('highlights the targeted paragraph', async () => {
    const { page } = await site.open();
    await page.goto(`${url()}#para_4`);
    const background = (id: string) => page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('para_4')).not.toBe('rgba(0, 0, 0, 0)');
    expect(await background('para_5')).toBe('rgba(0, 0, 0, 0)');
  });

  it('works from the keyboard alone: ¶ shows on focus, opens the menu, Escape returns', async () => {
    const { page } = await site.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await page.goto(url());
    await page
      .locator('#para_2 p')
      .first()
      .evaluate((el) => (el.previousElementSibling as HTMLElement | null)?.blur());
    // Tab from the last link before para 2's ¶ until it has focus.
    await page.locator('#para_1 a.pilcrow').focus();
    await page.keyboard.press('Tab');
    const focused = () => page.evaluate(() => document.activeElement?.closest('[data-cite]')?.id + ' ' + document.activeElement?.className);
    expect(await focused()).toBe('para_2 pilcrow');
    expect(await page.locator('#para_2 a.pilcrow').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    expect(new URL(page.url()).hash).toBe('#para_2');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy citation');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('General Assembly resolution 66/24, operative paragraph 2');
    expect(await page.getByRole('menu', { includeHidden: true }).isHidden()).toBe(true);
    expect(await focused()).toBe('para_2 pilcrow');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    await page.keyboard.press('Escape');
    expect(await focused()).toBe('para_2 pilcrow');
  });

  it('renders and links with JavaScript disabled', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.locator('[data-cite]').count()).toBe(26 + 4);
    await page.locator('#para_3__list_1__point_b a.pilcrow').focus();
    await page.keyboard.press('Enter');
    // Following the link is asynchronous: wait for it (or time out and fail) before reading the address.
    await page.waitForURL((u) => u.hash !== '', { timeout: 5000 }).catch(() => {});
    expect(new URL(page.url()).hash).toBe('#para_3__list_1__point_b');
    expect(await page.locator('.para-menu').count()).toBe(0);
  });

  it('links to the previous and next documents of the series', async () => {
    const { page } = await site.open();
    await page.goto(url());
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe('/draft-64-first-committee-2009/');
    expect(await page.locator('a[rel="next"]').getAttribute('href')).toBe('/a-res-68-243/');
  });
});

describe('facts the texts do not state', () => {
  it('the draft lists its sponsors and says, as an inference, that it became 64/25', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/draft-64-first-committee-2009/`);
    const facts = await page.locator('.facts').innerText();
    expect(facts).toContain('none stated in the text');
    expect(facts).toMatch(/Became\s+resolution 64\/25 inferred/i);
    expect(await page.locator('.sponsors li').count()).toBe(23);
    expect(await page.locator('.facts').getByRole('link', { name: '64/25' }).getAttribute('href')).toBe('https://undocs.org/A/RES/64/25');
    await page.locator('.facts a.inference').click();
    expect(await page.locator('#fact-adoptedAs').innerText()).toMatch(/an inference/);
    expect(await page.locator('a[rel="prev"]').getAttribute('href')).toBe('/a-res-62-17/');
  });

  it("56/19's symbol is marked as inferred; a note without text says so", async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-56-19/`);
    expect(await page.locator('.facts').innerText()).toMatch(/A\/RES\/56\/19 inferred/i);
    expect(await page.locator('.notes li').first().innerText()).toContain('carries this marker, but not the note');
    expect(await page.locator('a[rel="prev"]').count()).toBe(0);
  });

  it("68/243's editorial corrections are marked in the text and listed with reasons", async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-68-243/`);
    expect(await page.locator('#para_4 .correction').innerText()).toMatch(/^confidence-building/);
    const list = await page.locator('.corrections li').allInnerTexts();
    expect(list).toHaveLength(2);
    expect(list[1]).toMatch(/para\. 4: the source reads confidencebuilding, printed here as confidence-building \(hyphen lost/);
    await page.locator('#para_4 .correction a').click();
    expect(new URL(page.url()).hash).toBe('#correction_2');
  });
});

describe('print', () => {
  it('prints the text without site chrome, and without addresses inside it (issue 15)', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-66-24/`);
    await page.emulateMedia({ media: 'print' });
    const display = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((el) => getComputedStyle(el).display);
    for (const chrome of ['.site-header nav', '.prev-next', '.site-footer', 'a.pilcrow']) expect(await display(chrome)).toBe('none');
    // The external-link arrow stays; no address is printed after a link.
    const after = await page.locator('.text a').evaluateAll((as) => as.map((a) => getComputedStyle(a, '::after').content));
    expect(after.length).toBeGreaterThan(3);
    expect(after.filter((c) => /https?:|</.test(c))).toEqual([]);
  });
});

describe("the series' page", () => {
  it('lists every resolution known from the recitals, the corpus linked, the rest marked and linked out', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/`);
    await page.locator('.series-list a').first().click();
    expect(new URL(page.url()).pathname).toBe(`/series/${SERIES}/`);
    const entries = page.locator('.timeline > li');
    expect(await entries.count()).toBe(17); // 53/70 … 67/27 recited (15), 68/243 and the 2009 draft
    expect(await page.locator('.timeline > li.in-corpus').count()).toBe(5);
    const links = await page.locator('.timeline > li.in-corpus a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/a-res-56-19/', '/a-res-62-17/', '/draft-64-first-committee-2009/', '/a-res-66-24/', '/a-res-68-243/']);
    const out = page.locator('.timeline > li:not(.in-corpus)').first();
    expect(await out.innerText()).toMatch(/A\/RES\/53\/70[\s\S]*4 December 1998 · not in this edition/);
    expect(await out.locator('a').getAttribute('href')).toBe('https://undocs.org/A/RES/53/70');
    expect(await page.locator('.timeline > li.in-corpus').nth(3).innerText()).toMatch(
      /Adopted 2 December 2011, 71st plenary meeting · 17 preambular and 5 operative paragraphs/,
    );
  });
});

describe('accessibility (axe-core, WCAG 2 A/AA)', () => {
  for (const path of [
    '/',
    '/a-res-66-24/',
    '/a-res-68-243/#para_3',
    '/draft-64-first-committee-2009/',
    '/a-res-56-19/',
    '/history/',
    '/no-such-page/',
    `/series/${SERIES}/`,
    `/topics/${SERIES}/`,
    '/documents/',
    '/data/',
  ]) {
    it(`${path}: no violations, light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site.open({ colorScheme });
        await page.goto(`${site.origin}${path}`);
        expect(await axeViolations(page)).toEqual([]);
      }
    });
  }

  it('at 320 px nothing overflows the viewport', async () => {
    const { page } = await site.open({ viewport: { width: 320, height: 700 } });
    for (const path of [
      '/',
      '/a-res-66-24/',
      '/draft-64-first-committee-2009/',
      '/history/',
      '/no-such-page/',
      `/series/${SERIES}/`,
      '/documents/',
      '/data/',
    ]) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
    }
  });
});
