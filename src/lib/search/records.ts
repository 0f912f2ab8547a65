/**
 * What the search index holds: one record per part of a document (its preamble, operative
 * paragraphs, notes, sponsor list), each paragraph, item, note or sponsor list in it a passage
 * with its own anchor, so that every hit lands on its exact paragraph. Only the resolution text
 * is indexed, never navigation.
 *
 * Why parts and not paragraphs: Pagefind's cost is mostly per record (a fragment file, its meta,
 * filters and sort entries each), and a corpus has twenty times more paragraphs than parts; its
 * sub-results give paragraph hits from the passages' anchors all the same. Parts, not whole
 * documents, so that the part filter stays exact.
 * Pure: src/build/publish.ts hands the records' HTML to Pagefind.
 */
import { html, type Markup } from '../markup.ts';
import { documentDate, documentName, documentYear, paragraphLabel } from '../document/index.ts';
import type { Paragraph, ResolutionDocument } from '../schema.ts';
import { documentPath } from '../site/urls.ts';

/** Where in a document a record comes from; also a search filter. */
export const PARTS = ['Preamble', 'Operative', 'Annex', 'Notes', 'Sponsors'] as const;
export type Part = (typeof PARTS)[number];

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
    part: Part;
  };
  filters: { year: string; type: 'Draft' | 'Resolution'; part: Part; document: string };
  sort: { date: string };
  /** In reading order. */
  passages: Passage[];
}

export function searchRecords(docs: ResolutionDocument[]): SearchRecord[] {
  return docs.flatMap((doc) => {
    const year = String(documentYear(doc));
    const record = (part: Part, passages: Passage[]): SearchRecord[] =>
      passages.length === 0
        ? []
        : [
            {
              meta: { title: documentName(doc), year, page: documentPath(doc), part },
              filters: { year, type: doc.kind === 'draft' ? 'Draft' : 'Resolution', part, document: doc.id },
              sort: { date: documentDate(doc)?.iso ?? '' },
              passages,
            },
          ];
    const paragraphs = (ps: Paragraph[]): Passage[] => ps.flatMap((p) => [{ eId: p.eId, label: paragraphLabel(p.eId), text: p.text }, ...paragraphs(p.items)]);
    return [
      ...record('Preamble', paragraphs(doc.preamble)),
      ...record('Operative', paragraphs(doc.operative)),
      ...record('Annex', paragraphs(doc.annexes.flatMap((a) => a.paragraphs))),
      ...record(
        'Notes',
        doc.footnotes.flatMap((n) => (n.text ? [{ eId: n.eId, label: paragraphLabel(n.eId), text: n.text }] : [])),
      ),
      ...record('Sponsors', doc.sponsors.length ? [{ eId: 'sponsors', label: 'sponsors', text: doc.sponsors.join(', ') }] : []),
    ];
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
    tag('data-pagefind-meta', 'part', meta.part),
    ...Object.entries(filters).map(([key, value]) => tag('data-pagefind-filter', key, value)),
    tag('data-pagefind-sort', 'date', record.sort.date),
    record.passages.filter((p) => needsTextMeta(p.text)).map((p) => tag('data-pagefind-meta', passageTextKey(p.eId), p.text)),
  ]}</head><body data-pagefind-body>${record.passages.map((p) => html`<p id="${p.eId}" data-pagefind-title="${p.label}">${p.text}</p>`)}</body></html>`;
}
