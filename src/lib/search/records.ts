/**
 * What the search index holds: one record per document, each paragraph, item, note or sponsor
 * list in it a passage with its own anchor, so that every hit lands on its exact paragraph. Only
 * the resolution text is indexed, never navigation.
 *
 * Why documents and not paragraphs or parts: Pagefind's cost, in building and in what a first
 * query downloads (its page list and postings), is mostly per record, and a corpus has twenty
 * times more paragraphs than documents. The search page tests every passage of the records
 * Pagefind finds (src/lib/search/query.ts), and filters them by part itself, exactly, from each
 * passage's eId.
 * Pure: src/build/publish.ts hands the records' HTML to Pagefind.
 */
import { html, type Markup } from '../markup.ts';
import { dateKey, documentName, documentYear, eid, paragraphLabel } from '../document/index.ts';
import type { Paragraph, ResolutionDocument } from '../schema.ts';
import { documentPath } from '../site/urls.ts';

/** The parts of a document, in reading order; the search filters passages by part. */
export const PARTS = ['Preamble', 'Operative', 'Annex', 'Notes', 'Sponsors'] as const;
export type Part = (typeof PARTS)[number];

/** The part a passage belongs to, from its eId (the eId grammar: src/lib/document/eid.ts). */
export function passagePart(eId: string): Part {
  if (eId === 'sponsors') return 'Sponsors';
  if (eid.NOTE_EID.test(eId)) return 'Notes';
  if (eId.startsWith('preamble')) return 'Preamble';
  return eId.startsWith('annex') ? 'Annex' : 'Operative';
}

export interface Passage {
  /** The anchor a hit lands on (`para_3__list_1__point_b`). */
  eId: string;
  /** What a hit is called ("para. 3 (b)", "note 4", "sponsors"). */
  label: string;
  text: string;
}

export interface SearchRecord {
  meta: {
    /** The document's name ("A/RES/66/24"). */
    title: string;
    year: string;
    /** The document's page. */
    page: string;
  };
  filters: { year: string; type: 'Draft' | 'Resolution' };
  sort: { date: string };
  /** In reading order. */
  passages: Passage[];
}

export function searchRecords(docs: ResolutionDocument[]): SearchRecord[] {
  return docs.map((doc) => {
    const year = String(documentYear(doc));
    const paragraphs = (ps: Paragraph[]): Passage[] => ps.flatMap((p) => [{ eId: p.eId, label: paragraphLabel(p.eId), text: p.text }, ...paragraphs(p.items)]);
    return {
      meta: { title: documentName(doc), year, page: documentPath(doc) },
      filters: { year, type: doc.kind === 'draft' ? 'Draft' : 'Resolution' },
      sort: { date: dateKey(doc) },
      passages: [
        ...paragraphs(doc.preamble),
        ...paragraphs(doc.operative),
        ...paragraphs(doc.annexes.flatMap((a) => a.paragraphs)),
        ...doc.footnotes.flatMap((n) => (n.text ? [{ eId: n.eId, label: paragraphLabel(n.eId), text: n.text }] : [])),
        ...(doc.sponsors.length ? [{ eId: 'sponsors', label: 'sponsors', text: doc.sponsors.join(', ') }] : []),
      ],
    };
  });
}

/** The meta key of a passage's text (see recordHtml). */
export const passageTextKey = (eId: string) => `text_${eId}`;

/**
 * Pagefind decodes character references in a sub-result's text twice, so a passage that reads
 * "&amp;" would come back as "&"; only text with an ampersand can change so. Meta comes back as
 * written, and costs indexing time, so only such passages carry their text as meta too.
 */
export const needsTextMeta = (text: string) => text.includes('&');

/**
 * A record as the HTML page Pagefind indexes: meta, filters and sort as attributes of <meta>
 * elements (their values may hold commas, which Pagefind's inline syntax would split), each
 * passage an element whose id and title make it a sub-result. Every value is escaped.
 */
export function recordHtml(record: SearchRecord): Markup {
  const { meta, filters } = record;
  const tag = (attribute: string, key: string, value: string) => html`<meta ${attribute}="${key}[content]" content="${value}">`;
  return html`<!doctype html><html lang="en"><head><title>${meta.title}</title>${[
    tag('data-pagefind-meta', 'title', meta.title),
    tag('data-pagefind-meta', 'year', meta.year),
    tag('data-pagefind-meta', 'page', meta.page),
    ...Object.entries(filters).map(([key, value]) => tag('data-pagefind-filter', key, value)),
    tag('data-pagefind-sort', 'date', record.sort.date),
    record.passages.filter((p) => needsTextMeta(p.text)).map((p) => tag('data-pagefind-meta', passageTextKey(p.eId), p.text)),
  ]}</head><body data-pagefind-body>${record.passages.map((p) => html`<p id="${p.eId}" data-pagefind-title="${p.label}">${p.text}</p>`)}</body></html>`;
}
