/**
 * How paragraphs, notes and documents are named for readers and in citations:
 * "preambular para. 5", "para. 3 (b)", "note 4", "A/RES/66/24".
 */
import { documentDate, MONTHS } from './date.ts';
import { parseEId } from './eid.ts';
import { ordinal, withPoints } from './numbering.ts';
import type { ResolutionDocument } from '../schema.ts';

/** "2011-12-02" -> "2 December 2011", the UN's way of writing dates. */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

/**
 * Labels made so far, by eId: a build labels each paragraph on every page that shows or compares
 * it, and a corpus has few distinct eIds (para_1, para_2, …), so this stays small.
 */
const labels = new Map<string, string>();

/** The label of a paragraph, item or note from its eId: "preambular para. 5", "para. 3 (b)", "annex 1, para. 2", "note 4". */
export function paragraphLabel(eId: string): string {
  let label = labels.get(eId);
  if (label === undefined) labels.set(eId, (label = labelOf(eId)));
  return label;
}

function labelOf(eId: string): string {
  const parsed = parseEId(eId);
  if (!parsed) throw new Error(`not a paragraph eId: ${eId}`);
  if (parsed.kind === 'note') return `note ${parsed.marker}`;
  const head =
    parsed.kind === 'preamble'
      ? `preambular para. ${parsed.number}`
      : parsed.kind === 'operative'
        ? `para. ${parsed.number}`
        : // An unnumbered paragraph of an annex by its place.
          `annex ${parsed.annex}, ${parsed.numbered ? `para. ${parsed.number}` : `paragraph ${parsed.number} (unnumbered)`}`;
  return withPoints(head, parsed.points);
}

/** The document's short name: its symbol, or for a draft without one, what identifies it. */
export function documentName(doc: Pick<ResolutionDocument, 'symbol' | 'kind' | 'session' | 'committee' | 'issued'>): string {
  if (doc.symbol) return doc.symbol;
  const parts = [`Draft resolution, ${ordinal(doc.session)} session`];
  if (doc.committee) parts.push(doc.committee);
  if (doc.issued) parts.push(formatDate(doc.issued.date));
  return parts.join(', ');
}

/** The year a document belongs to: adoption, else issue. */
export const documentYear = (doc: Pick<ResolutionDocument, 'adopted' | 'issued'>) => Number((documentDate(doc)?.iso ?? '0').slice(0, 4));

/** The years a run of documents spans, oldest first: "2001–2013", or "2023" when one year. */
export function yearSpan(docs: readonly Pick<ResolutionDocument, 'adopted' | 'issued'>[]): string {
  const [from, to] = [documentYear(docs[0]!), documentYear(docs.at(-1)!)];
  return from === to ? String(from) : `${from}–${to}`;
}

/** One formatter for every number shown: `toLocaleString` makes a new one on each call. */
const NUMBER = new Intl.NumberFormat('en');

/** A number as the site writes it: "1,063". */
export const formatNumber = (n: number) => NUMBER.format(n);

/** A number of things, in words: "1 text", "5 texts", "1,063 documents". */
export const countOf = (n: number, one: string, many = `${one}s`) => `${formatNumber(n)} ${n === 1 ? one : many}`;
