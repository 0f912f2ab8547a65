/** Defects a reader met, each fixed and kept fixed (issue 15's list). */
import { describe, expect, it } from 'vitest';
import { useSite } from './harness.ts';

const site = useSite();

describe('reading a resolution', () => {
  it('a footnote marker in a recital sits on its text, not indented by the recital’s first-line indent', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-66-24/`);
    const marker = page.locator('.preamble .noteref a').first();
    const shift = await marker.evaluate((a) => {
      const range = document.createRange();
      range.selectNodeContents(a.lastChild!);
      return range.getBoundingClientRect().left - a.getBoundingClientRect().left;
    });
    expect(shift).toBeLessThan(6);
  });

  it('links to its official text at undocs.org, marked as external; the draft, which has no symbol, does not', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-66-24/`);
    const official = page.locator('.doc-tools a.official-text');
    expect(await official.getAttribute('href')).toBe('https://undocs.org/A/RES/66/24');
    expect(await official.getAttribute('rel')).toBe('external');
    expect(await official.getAttribute('aria-describedby')).toBe('external-link-note');
    await page.goto(`${site.origin}/draft-64-first-committee-2009/`);
    expect(await page.locator('.doc-tools a.official-text').count()).toBe(0);
  });
});

describe('finding one’s way in a text', () => {
  it('a table of contents: every part and operative paragraph, each link to an id of the page; in the margin, in view, on wide screens', async () => {
    const { page } = await site.open({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${site.origin}/a-res-66-24/`);
    const toc = page.locator('nav.toc');
    const hrefs = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs).toEqual([
      '#preamble-title',
      '#operative-title',
      '#para_1',
      '#para_2',
      '#para_3',
      '#para_4',
      '#para_5',
      '#notes-title',
      '#cite-title',
      '#about-title',
    ]);
    for (const href of hrefs) expect(await page.locator(href).count(), href).toBe(1);
    await page.locator('#para_5').scrollIntoViewIfNeeded();
    const box = (await toc.boundingBox())!;
    const text = (await page.locator('.text').boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + 20).toBeLessThan(900);
    expect(box.x + box.width).toBeLessThan(text.x);
    // Narrow, it is a short list under the tools, and nothing overflows.
    await page.setViewportSize({ width: 390, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await toc.evaluate((el) => getComputedStyle(el).position)).toBe('static');
  });

  it('a footnote marker, a reference to another paragraph and one to another resolution preview their target on hover and on keyboard focus, without moving the page', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-66-24/`);
    const marker = page.locator('#para_3 sup.noteref a');
    const place = () => page.locator('#para_4').evaluate((el) => [el.getBoundingClientRect().top + window.scrollY, el.getBoundingClientRect().left]);
    const before = await place();
    await marker.hover();
    const tip = page.locator('#ref-preview[role="tooltip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/^Note 4 See A\/65\/201\.$/);
    expect(await marker.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    expect(await place()).toEqual(before);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    // By keyboard, on "paragraph 2 above" in item (c).
    const reference = page.locator('#para_3__list_1__point_c a[href="#para_2"]');
    await reference.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toMatch(/^2\. Considers that the purpose of such strategies/);
    await page.keyboard.press('Tab');
    await expect.poll(() => tip.isVisible()).toBe(false);
    // A resolution of the edition, by what its page says of it.
    const resolution = page.locator('#preamble__p_1 a[href="/a-res-62-17/"]');
    await resolution.hover();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.innerText()).toBe(
      'A/RES/62/17, 5 December 2007: Developments in the field of information and telecommunications in the context of international security',
    );
    // Without JavaScript, a plain link.
    const noJs = await site.open({ javaScriptEnabled: false });
    await noJs.page.goto(`${site.origin}/a-res-66-24/`);
    expect(await noJs.page.locator('#para_3 sup.noteref a').getAttribute('href')).toBe('#preamble__p_16__authorialNote_4');
  });
});

describe('comparing', () => {
  it('fits a 390 px screen, its choices and the comparison', async () => {
    const { page } = await site.open({ viewport: { width: 390, height: 800 } });
    for (const path of ['/compare/', '/compare/a-res-66-24/a-res-68-243/']) {
      await page.goto(`${site.origin}${path}`);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(390);
    }
  });

  it('an unknown text says so, by its name', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/compare/?from=a-res-66-25&to=a-res-68-243`);
    await page.waitForFunction(() => document.querySelector('#compare-status')!.textContent!.startsWith('Nothing to compare'));
    expect(await page.locator('#compare-status').innerText()).toBe(
      'Nothing to compare: no text of this edition is called “a-res-66-25”. Choose two texts above.',
    );
  });

  it('"only what changed" hides the unchanged paragraphs, and is remembered on every comparison', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/compare/a-res-66-24/a-res-68-243/`);
    const unchanged = page.locator('.row.unchanged').first();
    expect(await unchanged.isVisible()).toBe(true);
    await page.getByLabel('Only the paragraphs that changed').check();
    expect(await unchanged.isVisible()).toBe(false);
    await page.getByLabel('Inline', { exact: true }).check();
    await page.reload();
    expect(await page.getByLabel('Only the paragraphs that changed').isChecked()).toBe(true);
    expect(await page.getByLabel('Inline', { exact: true }).isChecked()).toBe(true);
    expect(await page.locator('.row.unchanged').first().isVisible()).toBe(false);
    // And in a comparison made in the browser.
    await page.goto(`${site.origin}/compare/?from=a-res-56-19&to=a-res-68-243`);
    await page.waitForSelector('#comparison .row');
    expect(await page.getByLabel('Only the paragraphs that changed').isChecked()).toBe(true);
    expect(await page.locator('.row.changed').first().isVisible()).toBe(true);
  });

  it('each item is shown under its paragraph, and no change of spacing is struck through as if a hyphen', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/compare/a-res-56-19/a-res-62-17/`);
    const heads = await page.locator('.compare-section').nth(1).locator('.row .row-head').allInnerTexts();
    const at = heads.findIndex((h) => /2007 para\. 3$/.test(h));
    expect(heads[at + 1]).toMatch(/2007 para\. 3 \(a\)$/);
    expect(
      await page
        .locator('.row.item')
        .first()
        .evaluate((li) => parseFloat(getComputedStyle(li).marginLeft)),
    ).toBeGreaterThan(10);
    for (const path of [
      '/compare/a-res-56-19/a-res-62-17/',
      '/compare/a-res-62-17/draft-64-first-committee-2009/',
      '/compare/draft-64-first-committee-2009/a-res-66-24/',
      '/compare/a-res-66-24/a-res-68-243/',
    ]) {
      await page.goto(`${site.origin}${path}`);
      const blank = await page
        .locator('del, ins')
        .evaluateAll((els) => els.filter((e) => e.textContent!.replace(/^(deleted|inserted): /, '').trim() === '').length);
      expect(blank, path).toBe(0);
    }
  });
});

describe('the ¶ control', () => {
  it('is a 24 × 24 px target, shown on keyboard focus and on touch screens', async () => {
    const { page } = await site.open();
    await page.goto(`${site.origin}/a-res-66-24/`);
    const pilcrow = page.locator('#para_1 a.pilcrow');
    const box = (await pilcrow.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await pilcrow.focus();
    expect(await pilcrow.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    const touch = await site.open({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
    await touch.page.goto(`${site.origin}/a-res-66-24/`);
    expect(Number(await touch.page.locator('#para_1 a.pilcrow').evaluate((a) => getComputedStyle(a).opacity))).toBeGreaterThan(0.5);
  });
});
