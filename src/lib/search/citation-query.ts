/**
 * Citations typed into the search box, in the forms people write them, read as the document and
 * the paragraph they name:
 *
 *   66/24 OP3(b) · A/RES/66/24, para. 3 (b) · 68/243 PP11 · resolution 66/24, operative paragraph 3 (b)
 *   operative paragraph 5 of resolution 66/24 · 66/24, fifth preambular paragraph · A/RES/66/24
 *
 * A query is a citation only if it is nothing else: other words make it a search for words. A
 * document symbol that is not a resolution's ("A/65/201") asks where the texts cite it. Pure.
 */
import { documentName, eid, ordinalWord, paragraphLabel, parseEId, resolutionSymbol, walk, withPoints } from '../document/index.ts';
import type { ResolutionDocument } from '../schema.ts';
import { documentCitation, paragraphCitation } from '../site/citation.ts';
import { documentPath, paragraphPath } from '../site/urls.ts';

export type TypedCitation =
  /** A paragraph or item of a resolution: its document's symbol and its eId. */
  | { kind: 'paragraph'; symbol: string; eId: string; label: string }
  | { kind: 'document'; symbol: string }
  /** A symbol the texts may cite. */
  | { kind: 'symbol'; symbol: string };

/** "66/24", "A/RES/66/24", "resolution 66/24"; not the "65/201" inside another symbol ("A/65/201"). */
const RESOLUTION = /(?:\bresolution\s+)?(?:\bA\/RES\/|(?<![\w/.]))(\d{1,3})\/(\d{1,4})\b(?!\/)/i;
const POINTS = String.raw`((?:\s?\(\s?(?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\s?\))*)`;
/** "fifth" -> 5, up to the ninety-ninth. */
const ORDINAL_WORDS = new Map(Array.from({ length: 99 }, (_, i) => [ordinalWord(i + 1), i + 1]));
const PARAGRAPH_FORMS: Array<{ pattern: RegExp; part: 'preamble' | 'operative' }> = [
  { pattern: new RegExp(String.raw`\bPP\s?(\d{1,3})${POINTS}`, 'i'), part: 'preamble' },
  { pattern: new RegExp(String.raw`\bOP\s?(\d{1,3}(?:\.\d{1,2})?)${POINTS}`, 'i'), part: 'operative' },
  { pattern: new RegExp(String.raw`\bpreambular\s+para(?:graph)?\.?\s?(\d{1,3})${POINTS}`, 'i'), part: 'preamble' },
  { pattern: new RegExp(String.raw`\b(\d{1,3})(?:st|nd|rd|th)\s+preambular\s+paragraph${POINTS}`, 'i'), part: 'preamble' },
  { pattern: new RegExp(String.raw`\b([a-z]+(?:-[a-z]+)?)\s+preambular\s+paragraph${POINTS}`, 'i'), part: 'preamble' },
  { pattern: new RegExp(String.raw`(?:\boperative\s+)?(?:\bpara(?:graph)?\.?|\bparas?\.|¶)\s?(\d{1,3}(?:\.\d{1,2})?)${POINTS}`, 'i'), part: 'operative' },
];
/** What may stand around a citation's parts without making it a search for words. */
const FILLER = /^[\s,.;:]*(?:(?:of|in|the|general|assembly|resolution|un|ga)[\s,.;:]*)*$/i;
const OTHER_SYMBOL = /^[A-Z]{1,3}(?:\/[A-Z0-9][A-Za-z0-9.-]*)+$/;

/** The citation a query is, or null when it is a search for words. */
export function readCitation(q: string): TypedCitation | null {
  const text = q.trim().replace(/\s+/g, ' ');
  const resolution = RESOLUTION.exec(text);
  if (!resolution) return OTHER_SYMBOL.test(text) && !/^A\/RES\//i.test(text) ? { kind: 'symbol', symbol: text } : null;
  const symbol = resolutionSymbol(`${resolution[1]}/${resolution[2]}`);
  const rest = text.slice(0, resolution.index) + ' ' + text.slice(resolution.index + resolution[0].length);
  for (const { pattern, part } of PARAGRAPH_FORMS) {
    const m = pattern.exec(rest);
    if (!m) continue;
    const number = /^\d/.test(m[1]!) ? m[1]! : String(ORDINAL_WORDS.get(m[1]!.toLowerCase()) ?? '');
    if (!number) continue;
    if (!FILLER.test(rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length))) return null;
    const [whole, decimal] = number.split('.');
    const head = part === 'preamble' ? eid.preambleId(Number(whole)) : eid.operativeId(whole!);
    const points = [...(decimal ? [`${whole}.${decimal}`] : []), ...[...m[2]!.matchAll(/\(\s?([a-z0-9]+)\s?\)/gi)].map((p) => p[1]!.toLowerCase())];
    const eId = points.reduce((id, point) => eid.pointId(id, point), head);
    return { kind: 'paragraph', symbol, eId, label: paragraphLabel(eId) };
  }
  return FILLER.test(rest) ? { kind: 'document', symbol } : null;
}

/** Where a citation leads: its paragraph (or document), or what to say when there is none. */
export type CitationAnswer =
  | { href: string; name: string; text: string }
  /** `href`: the document, when the edition has it but not the paragraph; `symbol`: the one it lacks. */
  | { missing: string; href?: string; symbol?: string };

/** The answer to a citation, given its document as the edition publishes it (null: not in the edition). */
export function answerCitation(citation: Extract<TypedCitation, { kind: 'paragraph' | 'document' }>, doc: ResolutionDocument | null): CitationAnswer {
  if (!doc) return { missing: `${citation.symbol} is not in this edition.`, symbol: citation.symbol };
  if (citation.kind === 'document') return { href: documentPath(doc), name: documentCitation(doc), text: doc.title };
  const found = [...walk([...doc.preamble, ...doc.operative])].find((p) => p.eId === citation.eId);
  if (found) return { href: paragraphPath(doc, found.eId), name: paragraphCitation(doc, found.eId), text: found.text };
  const place = parseEId(citation.eId);
  const preamble = place?.kind === 'preamble';
  const part = preamble ? doc.preamble : doc.operative;
  const kind = preamble ? 'preambular' : 'operative';
  const head = `${kind} paragraph ${place && place.kind !== 'note' ? place.number : ''}`;
  const name = doc.number ? `Resolution ${doc.number}` : documentName(doc);
  const missing = part.some((p) => p.eId === citation.eId.split('__list_1__')[0])
    ? `${name} has no ${withPoints(head, place && place.kind !== 'note' ? place.points : [])}: ${head} has no such item.`
    : `${name} has no ${head}: its ${kind} paragraphs number ${part.length}.`;
  return { missing, href: documentPath(doc) };
}
