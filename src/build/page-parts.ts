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
 * `astro build` alone, or a part not yet written), so a page is the same either way; a part is
 * written under another name and renamed, so it is read whole or not at all.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/** The pages made of parts, by their source file: Astro renders them after all others. */
const PAGES_OF_PARTS = ['src/pages/compare/[from]/[to].astro', 'src/pages/history/[series].astro'];

/** The part `key` of this build if publishing has written it, else what `make` makes. */
export function partOr<T>(key: string, make: () => T): T {
  const dir = process.env[PARTS_DIR_ENV];
  if (dir) {
    try {
      const text = readFileSync(join(dir, key), 'utf8');
      return (isData(key) ? JSON.parse(text) : text) as T;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
  return make();
}

/** Folders made by this process's writePart: a thousand parts share a handful. */
const made = new Set<string>();

export function writePart(dir: string, key: string, part: unknown): void {
  const file = join(dir, key);
  if (!made.has(dirname(file))) mkdirSync(dirname(file), { recursive: true });
  made.add(dirname(file));
  const pending = `${file}.${process.pid}.pending`;
  writeFileSync(pending, isData(key) ? JSON.stringify(part) : String(part));
  renameSync(pending, file);
}

/** Pages in Astro's order, but those made of parts after all others. */
export function partsLastOrder<P extends { route: { component: string } }>(paths: P[]): P[] {
  const last = (p: P) => PAGES_OF_PARTS.includes(p.route.component);
  return [...paths.filter((p) => !last(p)), ...paths.filter(last)];
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
