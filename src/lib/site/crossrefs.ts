/**
 * Finds the references in a text and says where each should link: resolutions ("resolution
 * 58/32", every number in "resolutions 53/70, 54/49 … and 65/41"), document symbols
 * ("A/65/201", "A/C.2/59/3", each part of "A/55/140 and Corr.1 and Add.1") and paragraphs of the
 * same text ("paragraph 2 above"). Pure: the caller says which resolutions are in the corpus.
 */
import { undocsUrl } from './urls.ts';
import { operativeId } from '../document/eid.ts';
import { resolutionSymbol } from '../document/index.ts';

export type Segment = { text: string } | { text: string; href: string; external: boolean };

export interface LinkContext {
  /** The page of a resolution in the corpus, by number ("66/24"), or null if not in the corpus. */
  resolutionHref(number: string): string | null;
  /** The page of a document in the corpus, by symbol, or null. */
  symbolHref(symbol: string): string | null;
  /** Whether the current document has operative paragraph `num`. */
  hasParagraph(num: string): boolean;
}

interface Hit {
  start: number;
  end: number;
  href: string;
  external: boolean;
}

const DATE = String.raw`\d{1,2} [A-Z][a-z]+ \d{4}`;
const NUMBER = String.raw`\d{1,3}\/\d{1,4}`;
/** Each number of a list (matchAll works on a copy, so one expression serves every list). */
const NUMBERS = new RegExp(NUMBER, 'g');
const RESOLUTION_LIST = new RegExp(String.raw`\bresolutions? (${NUMBER}(?: of ${DATE})?(?:,? (?:and )?${NUMBER}(?: of ${DATE})?)*)`, 'g');
const SYMBOL = String.raw`A\/(?:[A-Z]+(?:\.\d+)?\/)?\d+\/(?:[A-Z]+\.)?\d+(?:\/(?:Rev|Add|Corr)\.\d+)*`;
const SYMBOL_WITH_PARTS = new RegExp(String.raw`\b(${SYMBOL})((?:,? and (?:Corr|Add|Rev)\.\d+)*)`, 'g');
const SAME_TEXT_PARAGRAPH = /\bparagraph (\d+) (?:above|below|of the present resolution)/g;

// Each kind is looked for only in a text holding its word: most runs of text hold none, and
// every search (matchAll) copies its expression, for each run of every paragraph of every page.

function resolutionHits(text: string, ctx: LinkContext): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('resolution')) return hits;
  for (const m of text.matchAll(RESOLUTION_LIST)) {
    const listStart = m.index + m[0].length - m[1]!.length;
    for (const n of m[1]!.matchAll(NUMBERS)) {
      const local = ctx.resolutionHref(n[0]);
      hits.push({ start: listStart + n.index, end: listStart + n.index + n[0].length, href: local ?? undocsUrl(resolutionSymbol(n[0])), external: !local });
    }
  }
  return hits;
}

function symbolHits(text: string, ctx: LinkContext): Hit[] {
  const hits: Hit[] = [];
  if (!text.includes('A/')) return hits;
  for (const m of text.matchAll(SYMBOL_WITH_PARTS)) {
    const symbol = m[1]!;
    const local = ctx.symbolHref(symbol);
    hits.push({ start: m.index, end: m.index + symbol.length, href: local ?? undocsUrl(symbol), external: !local });
    const partsStart = m.index + symbol.length;
    for (const p of (m[2] ?? '').matchAll(/(?:Corr|Add|Rev)\.\d+/g)) {
      hits.push({ start: partsStart + p.index, end: partsStart + p.index + p[0].length, href: undocsUrl(`${symbol}/${p[0]}`), external: true });
    }
  }
  return hits;
}

function paragraphHits(text: string, ctx: LinkContext): Hit[] {
  if (!text.includes('paragraph ')) return [];
  return [...text.matchAll(SAME_TEXT_PARAGRAPH)]
    .filter((m) => ctx.hasParagraph(m[1]!))
    .map((m) => ({ start: m.index, end: m.index + `paragraph ${m[1]}`.length, href: `#${operativeId(m[1]!)}`, external: false }));
}

export function linkReferences(text: string, ctx: LinkContext): Segment[] {
  const hits = [...resolutionHits(text, ctx), ...symbolHits(text, ctx), ...paragraphHits(text, ctx)].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at) continue;
    if (hit.start > at) segments.push({ text: text.slice(at, hit.start) });
    segments.push({ text: text.slice(hit.start, hit.end), href: hit.href, external: hit.external });
    at = hit.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
