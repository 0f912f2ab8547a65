/**
 * Page parts (src/build/page-parts.ts): publishing writes the bodies of the comparison and
 * history pages under the names the pages ask for, each whole, and a page takes its part when
 * there and makes it otherwise. That the pages come out the same either way is a browser-suite
 * test (tests/e2e/page-parts.test.ts), on the built site.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  claimSeries,
  comparisonPart,
  historyPart,
  partOr,
  partsLastOrder,
  partsBytes,
  PARTS_DIR_ENV,
  readParts,
  writeSeriesParts,
} from '../../src/build/page-parts.ts';
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
  it('writes, for every series of two texts or more, one file of the parts its pages ask for, under the names they ask for', () => {
    // The pages' own lists: consecutive texts of each series, and each series with a history.
    const series = [...corpusSeries(docs.map(documentSummary))].filter(([, ordered]) => ordered.length >= 2);
    expect(filesUnder(dir)).toEqual(series.flatMap(([name]) => [`${name}.claim`, `${name}.compare.parts`, `${name}.history.parts`]).sort());
    const [name, ordered] = series[0]!;
    const read = (kind: string) => {
      const file = join(dir, `${name}.${kind}.parts`);
      return [...readParts(readFileSync(file), file).at.keys()];
    };
    // Four comparisons of the five texts, and one history.
    expect(read('compare')).toEqual(ordered.slice(1).map((to, i) => comparisonPart(ordered[i]!.id, to.id)));
    expect(read('compare')).toHaveLength(4);
    expect(read('history')).toEqual([historyPart(name)]);
  });

  it('writes the comparison and the history the pages would make', () => {
    process.env[PARTS_DIR_ENV] = dir;
    const [a, b] = [compared(bySymbol(docs, 'A/RES/66/24')), compared(bySymbol(docs, 'A/RES/68/243'))];
    const comparison = partOr(b.series, comparisonPart(a.id, b.id), () => 'not written');
    expect(comparison).toBe(comparisonHtml(alignDocuments(a, b), a, b).value);
    expect(comparison).toContain('A/RES/66/24 (2011) → A/RES/68/243 (2013)');

    const [name, ordered] = [...corpusSeries(docs)][0]!;
    const history = partOr<HistoryBody | null>(name, historyPart(name), () => null)!;
    expect(history).toEqual(historyBody(ordered.map(compared)));
    expect(history.contents.length).toBe(history.html.match(/<details /g)!.length);
  });

  it('leaves a series the pages have claimed to them', () => {
    const own = tempDir('parts');
    const [name] = [...corpusSeries(docs)][0]!;
    expect(claimSeries(own, name)).toBe(true);
    expect(writePageParts(docs, own)).toBe(0);
    expect(filesUnder(own)).toEqual([`${name}.claim`]);
  });
});

describe('partOr', () => {
  it('makes the part itself without a folder of parts, and claims a series whose parts are not there (yet)', () => {
    expect(partOr('no-folder', comparisonPart('a', 'b'), () => 'made')).toBe('made');
    const own = tempDir('parts');
    process.env[PARTS_DIR_ENV] = own;
    expect(partOr('not-there', comparisonPart('a', 'b'), () => 'made')).toBe('made');
    // Publishing, coming to the series, leaves it; the pages go on making its parts, even once written.
    expect(claimSeries(own, 'not-there')).toBe(false);
    writeSeriesParts(own, 'not-there', new Map([[comparisonPart('a', 'b'), 'written']]));
    expect(partOr('not-there', comparisonPart('a', 'b'), () => 'made')).toBe('made');
  });

  it('takes the parts written, whole: nothing is left under another name', () => {
    const own = tempDir('parts');
    process.env[PARTS_DIR_ENV] = own;
    const parts = new Map<string, unknown>([
      [comparisonPart('a', 'b'), '<p>“a” → b</p>\n'],
      [historyPart('written'), { contents: [{ href: '#x', label: 'PP1' }], html: '<p>x</p>' }],
    ]);
    writeSeriesParts(own, 'written', parts);
    expect(partOr('written', comparisonPart('a', 'b'), () => null)).toBe('<p>“a” → b</p>\n');
    expect(partOr('written', historyPart('written'), () => null)).toEqual(parts.get(historyPart('written')));
    expect(partOr('written', comparisonPart('b', 'c'), () => 'made')).toBe('made');
    expect(filesUnder(own)).toEqual(['written.compare.parts', 'written.history.parts']);
  });

  it('fails on parts it cannot read rather than make a page of them', () => {
    const own = tempDir('parts');
    process.env[PARTS_DIR_ENV] = own;
    const whole = partsBytes(new Map([[historyPart('broken'), { contents: [], html: '<p>x</p>' }]]));
    writeFileSync(join(own, 'broken.history.parts'), whole.slice(0, -3));
    expect(() => partOr('broken', historyPart('broken'), () => null)).toThrow(/broken\.history\.parts: its parts are \d+ bytes long, the file \d+/);
    writeFileSync(join(own, 'cut.history.parts'), whole.slice(0, 10));
    expect(() => partOr('cut', historyPart('cut'), () => null)).toThrow(SyntaxError);
    expect(existsSync(join(own, 'broken.history.parts'))).toBe(true);
  });
});

describe('partsLastOrder', () => {
  it("keeps Astro's order but puts the pages made of parts last, series last to first, comparisons before histories", () => {
    const page = (component: string, pathname: string) => ({ pathname, route: { component } });
    const paths = [
      page('src/pages/compare/[from]/[to].astro', '/compare/a/b/'),
      page('src/pages/index.astro', '/'),
      page('src/pages/history/[series].astro', '/history/s/'),
      page('src/pages/[id].astro', '/a/'),
      page('src/pages/compare/[from]/[to].astro', '/compare/b/c/'),
      page('src/pages/history/[series].astro', '/history/t/'),
      page('src/pages/[id].astro', '/b/'),
    ];
    expect(partsLastOrder(paths).map((p) => p.pathname)).toEqual(['/', '/a/', '/b/', '/compare/b/c/', '/compare/a/b/', '/history/t/', '/history/s/']);
  });
});
