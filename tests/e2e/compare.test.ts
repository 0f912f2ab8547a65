/** The comparison views and the paragraph history, in Chromium against dist/. */
import { describe, expect, it } from 'vitest';
import { paragraphLabel, walk } from '../../src/lib/document/index.ts';
import { axeViolations, publishedDocuments, useSite } from './harness.ts';

const site = useSite();
const HISTORY = '/history/developments-in-the-field-of-information-and-telecommunications-in-the-context-of-international-security/';

describe('year-to-year comparison (prebuilt)', () => {
  const url = () => `${site.origin}/compare/a-res-62-17/draft-64-first-committee-2009/`;

  it('shows the summary, the legend and word-level changes, readable with JavaScript off', async () => {
    const { page } = await site.open({ javaScriptEnabled: false });
    await page.goto(url());
    expect(await page.locator('.counts').innerText()).toMatch(/19\s+unchanged[\s\S]*6\s+changed[\s\S]*1\s+added[\s\S]*0\s+removed/);
    expect(await page.locator('.legend del').innerText()).toBe('deleted words');
    const added = page.locator('.row.added').first();
    expect(await added.locator('.status').innerText()).toMatch(/added/i);
    expect(await added.innerText()).toContain('Notes with satisfaction');
    expect(await added.locator('a').getAttribute('href')).toBe('/draft-64-first-committee-2009/#para_5');
    const op4 = page.locator('.row.changed', { has: page.locator('a[href="/a-res-62-17/#para_4"]') });
    expect(await op4.locator('.inline-diff ins').first().innerText()).toMatch(/pursuant to General Assembly resolution 63\/37/);
    expect(await op4.locator('.inline-diff ins .visually-hidden').first().textContent()).toBe('inserted: ');
  });

  it('is side by side on wide screens and inline on narrow ones, and the reader can choose', async () => {
    const { page } = await site.open({ viewport: { width: 1300, height: 900 } });
    await page.goto(url());
    const shown = (sel: string) => page.locator(`.row.changed ${sel}`).first().isVisible();
    expect(await shown('.side')).toBe(true);
    expect(await shown('.inline-diff')).toBe(false);
    await page.getByLabel('Inline').check();
    expect(await shown('.side')).toBe(false);
    expect(await shown('.inline-diff')).toBe(true);
    await page.setViewportSize({ width: 400, height: 800 });
    await page.getByLabel('Side by side on wide screens').check();
    expect(await shown('.side')).toBe(false);
    await page.getByLabel('Side by side', { exact: true }).check();
    expect(await shown('.side')).toBe(true);
  });

  it("every resolution page links to its neighbours' comparisons", async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-66-24/`);
    const links = await page.locator('.doc-tools li:not(.downloads) a:not(.official-text)').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(['/compare/draft-64-first-committee-2009/a-res-66-24/', '/compare/a-res-66-24/a-res-68-243/', HISTORY]);
  });
});

describe('any two texts (computed in the browser)', () => {
  it('compares 2001 with 2013 from the published JSON, and keeps the pair in the URL', async () => {
    const { page, errors } = await site.open();
    await page.goto(`${site.origin}/compare/`);
    await page.selectOption('select[name="from"]', 'a-res-56-19');
    await page.selectOption('select[name="to"]', 'a-res-68-243');
    await page.getByRole('button', { name: 'Compare' }).click();
    await page.waitForURL(/from=a-res-56-19&to=a-res-68-243/);
    await page.waitForSelector('#comparison[data-pair="a-res-56-19/a-res-68-243"]');
    const removed = page.locator('.row.removed');
    expect(await removed.allInnerTexts()).toContainEqual(expect.stringMatching(/Definition of basic notions/));
    expect(await page.locator('.row.added').allInnerTexts()).toContainEqual(expect.stringMatching(/human rights/));
    const op1 = page.locator('.row', { has: page.locator('a[href="/a-res-56-19/#para_1"]') });
    expect(await op1.locator('.inline-diff del').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringMatching(/measures/), expect.stringMatching(/limit/)]),
    );
    await page.reload();
    await page.waitForSelector('#comparison[data-pair="a-res-56-19/a-res-68-243"]');
    expect(await page.inputValue('select[name="from"]')).toBe('a-res-56-19');
    expect(errors).toEqual([]);
  });

  it('gives the same view as the prebuilt page for a consecutive pair', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/compare/a-res-66-24/a-res-68-243/`);
    const prebuilt = await page.locator('#comparison').innerHTML();
    await page.goto(`${site.origin}/compare/?from=a-res-66-24&to=a-res-68-243`);
    await page.waitForSelector('#comparison[data-pair="a-res-66-24/a-res-68-243"]');
    expect((await page.locator('#comparison').innerHTML()).trim()).toBe(prebuilt.trim());
  });
});

describe('history of a paragraph', () => {
  it('lists the counterpart in every year with its diff and a link to the exact anchor', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}${HISTORY}#a-res-68-243--para_1`);
    const version = page.locator('li#a-res-68-243--para_1');
    expect(await version.evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    // The section an address points into is opened.
    const section = page.locator('details.lineage', { has: version });
    expect(await section.getAttribute('open')).not.toBeNull();
    expect(await section.locator('.lineage-facts').innerText()).toMatch(
      /First: 2001 \(A\/RES\/56\/19\) · last changed: 2011 \(A\/RES\/66\/24\) · in 5 of 5 texts/,
    );
    const versions = section.locator('.version');
    expect(await versions.count()).toBe(5);
    expect(await versions.nth(3).locator('ins').allTextContents()).toEqual(['inserted: strategies', 'inserted: address']);
    expect(await versions.nth(4).locator('.status').innerText()).toMatch(/unchanged/i);
    expect(await versions.nth(0).locator('a').getAttribute('href')).toBe('/a-res-56-19/#para_1');
    expect(await page.locator('details.lineage').count()).toBeGreaterThan(25);
  });

  it("folds: sections closed, in the latest text's numbering and reading order, each heading once, a table of contents", async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}${HISTORY}`);
    const headings = (await page.locator('details.lineage > summary h2').allInnerTexts()).map((h) => h.replace(/\s*\(\d{4}(?:–\d{4})?\)$/, ''));
    expect(new Set(headings).size).toBe(headings.length);
    // 68/243's own paragraphs first, as it numbers them, then those it no longer has, named with their last text.
    const current = headings.filter((h) => !h.includes(' of '));
    const order = (h: string) => (h.startsWith('preambular') ? 0 : 1e3) + Number(/\d+/.exec(h)![0]) + (/\((\w)\)/.exec(h)?.[1]?.charCodeAt(0) ?? 0) / 1e3;
    expect(current.map(order)).toEqual([...current.map(order)].sort((a, b) => a - b));
    expect(headings.slice(current.length)).toEqual([
      'para. 5 of Draft resolution, 64th session, First Committee, 16 October 2009',
      'para. 3 (b) of A/RES/56/19',
    ]);
    expect(await page.locator('details.lineage[open]').count()).toBe(0);
    const before = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(before).toBeLessThan(6000);
    expect(await page.locator('.toc a').count()).toBe(headings.length);
    await page.getByRole('button', { name: 'Open every paragraph' }).click();
    expect(await page.locator('details.lineage:not([open])').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeGreaterThan(before * 2);
    await page.getByRole('button', { name: 'Close every paragraph' }).click();
    expect(await page.locator('details.lineage[open]').count()).toBe(0);
  });

  it('numbers the headings as in the text the reader chooses: its paragraphs in its order, then the others by their last text', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}${HISTORY}`);
    await page.getByLabel('Number the paragraphs as in').selectOption('a-res-56-19');
    const labels = await page.locator('details.lineage .lineage-label').allInnerTexts();
    const r56 = publishedDocuments().find((d) => d.id === 'a-res-56-19')!;
    const own = [...walk([...r56.preamble, ...r56.operative])].map((p) => paragraphLabel(p.eId));
    expect(labels.slice(0, own.length)).toEqual(own);
    for (const label of labels.slice(own.length)) expect(label).toMatch(/ of (A\/RES\/\d+\/\d+|Draft resolution)/);
    expect(new Set(labels).size).toBe(labels.length);
    expect(await page.locator('.toc a').allInnerTexts()).toEqual(labels);
  });

  it('opens from the ¶ menu of a paragraph, by keyboard', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-68-243/`);
    await page.locator('#preamble__p_11 a.pilcrow').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('History in other years');
    await page.keyboard.press('Enter');
    await page.waitForURL(`${site.origin}${HISTORY}#a-res-68-243--preamble__p_11`);
    const section = page.locator('details.lineage', { has: page.locator('li#a-res-68-243--preamble__p_11') });
    expect(await section.locator('.lineage-facts').innerText()).toMatch(/First: 2013 .* in 1 of 5 texts/);
  });
});

describe('accessibility of the comparison views', () => {
  for (const path of ['/compare/a-res-56-19/a-res-62-17/', '/compare/?from=a-res-56-19&to=a-res-68-243', HISTORY]) {
    it(`${path}: no axe violations, light and dark`, async () => {
      for (const colorScheme of ['light', 'dark'] as const) {
        const { page } = await site.open({ colorScheme });
        await page.goto(`${site.origin}${path}`);
        await page.waitForLoadState('networkidle');
        expect(await axeViolations(page)).toEqual([]);
      }
    });
  }

  it('prints the inline redline only, without the form', async () => {
    const { page } = await site.open({ viewport: { width: 1300, height: 900 } });
    await page.goto(`${site.origin}/compare/a-res-56-19/a-res-62-17/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.row.changed .inline-diff').first().isVisible()).toBe(true);
    expect(await page.locator('.row.changed .side').first().isVisible()).toBe(false);
    expect(await page.locator('.compare-form').isVisible()).toBe(false);
  });
});
