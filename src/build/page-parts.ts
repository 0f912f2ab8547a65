/**
 * Page parts: the costly bodies of the comparison and history pages, made by publishing beside
 * Astro (scripts/publish-data.ts) and taken by the pages when there.
 *
 * A page costs Astro about a millisecond before its content; a comparison's content (reading
 * both texts, aligning them, its HTML) as much again, and there is a comparison page for nearly
 * every document. Publishing reads every text anyway and has the second core to itself, so it
 * makes these bodies first, into a folder of this build (PARTS_DIR_ENV), while Astro renders the
 * other pages: the pages that take parts are rendered last (`partsLast`). A part is made by the
 * same pure function the page calls when it finds none (a build without publishing beside it,
 * `astro build` alone, or a part not yet written), so a page is the same either way.
 *
 * A series' parts of a kind are one file, written under another name and renamed, so read whole
 * or not at all: a file a part cost a thousand files made, renamed, opened and removed per
 * thousand documents, on a machine where making a file costs more than writing what it holds.
 *
 * Publishing and Astro share the work from both ends: publishing takes the series first to last,
 * Astro's pages of parts come last to first, and each claims a series before making its parts
 * (`claimSeries`). Where publishing has time, as with a thousand short texts, it has made them all
 * when Astro comes to them; where its texts are long, Astro makes those it reaches first. A series
 * publishing is in the middle of when Astro reaches it is made by both, the only bodies made twice.
 */
import { closeSync, openSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

/** The folder of this build's parts; unset, pages make their own. */
export const PARTS_DIR_ENV = 'SITE_PARTS_DIR';

/**
 * The part of the comparison page of two consecutive texts (its HTML, as text: a JSON string of
 * it would be as long again to write and parse), and of a series' history page (its table of
 * contents too, as JSON). Ids never hold "--".
 */
export const comparisonPart = (from: string, to: string) => `compare/${from}--${to}.html`;
export const historyPart = (series: string) => `history/${series}.json`;

const isData = (key: string) => key.endsWith('.json');

/** What a part is of: its pages' kind ("compare", "history"). */
const kindOf = (key: string) => key.slice(0, key.indexOf('/'));

/**
 * The file of a series' parts of one kind (the pages of a kind are rendered together: a file of
 * both would be read twice), and the mark that a process is making them. Series are slugs.
 */
const partsFile = (dir: string, series: string, kind: string) => join(dir, `${series}.${kind}.parts`);
const claimFile = (dir: string, series: string) => join(dir, `${series}.claim`);

/**
 * A series' parts as one file: a line of JSON naming each part and its length in UTF-8 bytes, then
 * the parts one after the other, so that no part is escaped into a JSON string. Each part is
 * encoded once, its length read from its bytes.
 */
export function partsBytes(parts: ReadonlyMap<string, unknown>): Buffer {
  const bodies = [...parts].map(([key, part]) => [key, Buffer.from(isData(key) ? JSON.stringify(part) : String(part))] as const);
  const index = Buffer.from(`${JSON.stringify(bodies.map(([key, body]) => [key, body.length]))}\n`);
  return Buffer.concat([index, ...bodies.map(([, body]) => body)]);
}

/**
 * A file of parts as read: its bytes, and where each part is in them. A part is decoded when a
 * page asks for it, into a string of its own: the file decoded whole would be held by every part
 * cut from it, and that is most of Astro's memory at 5000 documents.
 */
export interface PartsFile {
  bytes: Buffer;
  at: Map<string, [start: number, end: number]>;
}

/** The parts of a file of `partsBytes`; one that is not whole is an error, never a page. */
export function readParts(bytes: Buffer, file: string): PartsFile {
  const newline = bytes.indexOf(0x0a);
  const index = JSON.parse(bytes.toString('utf8', 0, newline)) as Array<[string, number]>;
  const length = index.reduce((sum, [, n]) => sum + n, newline + 1);
  if (length !== bytes.length) throw new Error(`${file}: its parts are ${length} bytes long, the file ${bytes.length}`);
  const at = new Map<string, [number, number]>();
  let start = newline + 1;
  for (const [key, n] of index) at.set(key, [start, (start += n)]);
  return { bytes, at };
}

/** A part of a file, decoded; undefined when the file has no such part. */
export function partOf(file: PartsFile, key: string): unknown {
  const range = file.at.get(key);
  if (!range) return undefined;
  const body = file.bytes.toString('utf8', ...range);
  return isData(key) ? JSON.parse(body) : body;
}

/**
 * Marks a series' parts as this process's to make. False when another process has marked them:
 * publishing then leaves them to the pages; a page makes its own body all the same.
 */
export function claimSeries(dir: string, series: string): boolean {
  try {
    closeSync(openSync(claimFile(dir, series), 'wx'));
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** Writes a series' parts, a file of each kind. */
export function writeSeriesParts(dir: string, series: string, parts: ReadonlyMap<string, unknown>): void {
  for (const kind of new Set([...parts.keys()].map(kindOf))) {
    const file = partsFile(dir, series, kind);
    const pending = `${file}.${process.pid}.pending`;
    writeFileSync(pending, partsBytes(new Map([...parts].filter(([key]) => kindOf(key) === kind))));
    renameSync(pending, file);
  }
}

/** The files of parts read lately: a series' pages of a kind are rendered together. */
const recent = new Map<string, PartsFile>();
const RECENT = 4;
/** The series this process has claimed: their parts are its pages' own. */
const claimed = new Set<string>();

function seriesParts(dir: string, series: string, kind: string): PartsFile | null {
  const file = partsFile(dir, series, kind);
  let parts = recent.get(file);
  if (!parts && !claimed.has(series)) {
    try {
      parts = readParts(readFileSync(file), file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      // Not made yet: this process makes the series' bodies, and publishing, if it has not begun them, leaves them.
      claimSeries(dir, series);
      claimed.add(series);
      return null;
    }
    recent.set(file, parts);
    if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  }
  return parts ?? null;
}

/** The part `key` of `series` if publishing has written it, else what `make` makes. */
export function partOr<T>(series: string, key: string, make: () => T): T {
  const dir = process.env[PARTS_DIR_ENV];
  const parts = dir ? seriesParts(dir, series, kindOf(key)) : null;
  const part = parts ? partOf(parts, key) : undefined;
  return part === undefined ? make() : (part as T);
}

/** The pages made of parts, by their source file: Astro renders them after all others. */
const COMPARISON_PAGE = 'src/pages/compare/[from]/[to].astro';
const HISTORY_PAGE = 'src/pages/history/[series].astro';

/**
 * Pages in Astro's order, but those made of parts after all others, series last to first (the
 * reverse of publishing's order): the comparisons, then the histories, which chain the matches of
 * the comparisons made before them without aligning the texts again.
 */
export function partsLastOrder<P extends { route: { component: string } }>(paths: P[]): P[] {
  const of = (component: string | null) =>
    paths.filter((p) => (component ? p.route.component === component : ![COMPARISON_PAGE, HISTORY_PAGE].includes(p.route.component)));
  return [...of(null), ...of(COMPARISON_PAGE).reverse(), ...of(HISTORY_PAGE).reverse()];
}

/**
 * Renders the pages made of parts after all the others, giving publishing the time to write
 * their parts: through the prerenderer Astro lets an integration wrap, whose list of pages is
 * only put in order here.
 */
export function partsLast(): AstroIntegration {
  return {
    name: 'parts-last',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) =>
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          getStaticPaths: async () => partsLastOrder(await prerenderer.getStaticPaths()),
        })),
    },
  };
}
