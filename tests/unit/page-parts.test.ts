/**
 * Page parts (src/build/page-parts.ts): publishing writes the bodies of the comparison and
 * history pages under the names the pages ask for, each whole, and a page takes its part when
 * there and makes it otherwise. That the pages come out the same either way is a browser-suite
 * test (tests/e2e/page-parts.test.ts), on the built site.
 */
import { existsSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { comparisonPart, historyPart, partOr, partsLastOrder, PARTS_DIR_ENV, writePart } from '../../src/build/page-parts.ts';
import { writePageParts } from '../../src/build/publish.ts';
import { alignDocuments } from '../../src/lib/compare/align.ts';
import { historyBody, type HistoryBody } from '../../src/lib/compare/history-html.ts';
import { comparisonHtml } from '../../src/lib/compare/render.ts';
import { comparedDocument } from '../../src/lib/compare/units.ts';
import { corpusSeries } from '../../src/lib/document/index.ts';
import { documentSummary, type ResolutionDocument } from '../../src/lib/schema.ts';
import { bySymbol, realCorpus } from '../helpers/sources.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort();

const compared = (doc: ResolutionDocument) => ({ ...documentSummary(doc), ...comparedDocument(doc) });

let docs: ResolutionDocument[];
let dir: string;

beforeAll(() => {
  docs = realCorpus();
  dir = tempDir('parts');
  writePageParts(docs, dir);
});

afterEach(() => {
  delete process.env[PARTS_DIR_ENV];
});

describe('writePageParts', () => {
  it('writes a part for every page that asks for one, under the name it asks for, and nothing else', () => {
    // The pages' own lists: consecutive texts of each series, and each series with a history.
    const series = [...corpusSeries(docs.map(documentSummary))];
    const asked = [
      ...series.flatMap(([, ordered]) => ordered.slice(1).map((to, i) => comparisonPart(ordered[i]!.id, to.id))),
      ...series.filter(([, ordered]) => ordered.length >= 2).map(([name]) => historyPart(name)),
    ].sort();
    expect(asked).toHaveLength(5); // four comparisons of the five texts and one history
    expect(filesUnder(dir)).toEqual(asked);
  });

  it('writes the comparison and the history the pages would make', () => {
    process.env[PARTS_DIR_ENV] = dir;
    const [a, b] = [compared(bySymbol(docs, 'A/RES/66/24')), compared(bySymbol(docs, 'A/RES/68/243'))];
    const comparison = partOr(comparisonPart(a.id, b.id), () => 'not written');
    expect(comparison).toBe(comparisonHtml(alignDocuments(a, b), a, b).value);
    expect(comparison).toContain('A/RES/66/24 (2011) → A/RES/68/243 (2013)');

    const [name, ordered] = [...corpusSeries(docs)][0]!;
    const history = partOr<HistoryBody | null>(historyPart(name), () => null)!;
    expect(history).toEqual(historyBody(ordered.map(compared)));
    expect(history.contents.length).toBe(history.html.match(/<details /g)!.length);
  });
});

describe('partOr', () => {
  it('makes the part itself without a folder of parts, or when its part is not there (yet)', () => {
    expect(partOr(comparisonPart('a', 'b'), () => 'made')).toBe('made');
    process.env[PARTS_DIR_ENV] = dir;
    expect(partOr(comparisonPart('a', 'b'), () => 'made')).toBe('made');
  });

  it('takes a part written, whole: nothing is left under another name', () => {
    const own = tempDir('part');
    process.env[PARTS_DIR_ENV] = own;
    writePart(own, historyPart('series'), { contents: [], html: '<p>x</p>' });
    expect(partOr(historyPart('series'), () => null)).toEqual({ contents: [], html: '<p>x</p>' });
    expect(filesUnder(own)).toEqual(['history/series.json']);
  });

  it('fails on a part it cannot read rather than make a page of it', () => {
    const own = tempDir('part');
    process.env[PARTS_DIR_ENV] = own;
    mkdirSync(join(own, 'history'));
    writeFileSync(join(own, historyPart('broken')), '{"contents": [');
    expect(() => partOr(historyPart('broken'), () => null)).toThrow(SyntaxError);
    expect(existsSync(join(own, historyPart('broken')))).toBe(true);
  });
});

describe('partsLastOrder', () => {
  it("keeps Astro's order but puts the pages made of parts last", () => {
    const page = (component: string, pathname: string) => ({ pathname, route: { component } });
    const paths = [
      page('src/pages/compare/[from]/[to].astro', '/compare/a/b/'),
      page('src/pages/index.astro', '/'),
      page('src/pages/history/[series].astro', '/history/s/'),
      page('src/pages/[id].astro', '/a/'),
      page('src/pages/compare/[from]/[to].astro', '/compare/b/c/'),
      page('src/pages/[id].astro', '/b/'),
    ];
    expect(partsLastOrder(paths).map((p) => p.pathname)).toEqual(['/', '/a/', '/b/', '/compare/a/b/', '/history/s/', '/compare/b/c/']);
  });
});
