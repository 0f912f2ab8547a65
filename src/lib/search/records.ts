/**
 * What the search index holds: one record per paragraph, item, note and sponsor list, so that
 * every hit lands on its exact anchor. Only the resolution text is indexed, never navigation.
 * Pure: the CLI (scripts/search-index.ts) hands the records to Pagefind.
 */
import type { Paragraph, ResolutionDocument } from '../schema.ts';
import { documentName, documentYear, paragraphLabel } from '../site/labels.ts';
import { paragraphPath } from '../site/urls.ts';

/** Where in a document a record comes from; also a search filter. */
export const PARTS = ['Preamble', 'Operative', 'Notes', 'Sponsors'] as const;
export type Part = (typeof PARTS)[number];

export interface SearchRecord {
  url: string;
  content: string;
  language: 'en';
  meta: {
    /** The document's name ("A/RES/66/24"). */
    title: string;
    /** The record's label ("para. 3 (b)", "note 4", "sponsors"). */
    label: string;
    year: string;
    /** The document's page. */
    page: string;
  };
  filters: { year: string[]; type: string[]; part: Part[]; document: string[] };
  sort: { date: string; position: string };
}

export function searchRecords(docs: ResolutionDocument[]): SearchRecord[] {
  return docs.flatMap((doc) => {
    const year = String(documentYear(doc));
    const date = doc.adopted?.date ?? doc.issued?.date ?? '';
    let position = 0;
    const record = (eId: string, label: string, content: string, part: Part): SearchRecord => ({
      url: paragraphPath(doc, eId),
      content,
      language: 'en',
      meta: { title: documentName(doc), label, year, page: `/${doc.id}/` },
      filters: { year: [year], type: [doc.kind === 'draft' ? 'Draft' : 'Resolution'], part: [part], document: [doc.id] },
      sort: { date, position: String(position++).padStart(4, '0') },
    });
    const paragraphs = (ps: Paragraph[], part: Part): SearchRecord[] =>
      ps.flatMap((p) => [record(p.eId, paragraphLabel(p.eId), p.text, part), ...paragraphs(p.items, part)]);
    return [
      ...paragraphs(doc.preamble, 'Preamble'),
      ...paragraphs(doc.operative, 'Operative'),
      ...doc.footnotes.filter((n) => n.text).map((n) => record(n.eId, paragraphLabel(n.eId), n.text!, 'Notes')),
      ...(doc.sponsors.length ? [record('sponsors', 'sponsors', doc.sponsors.join(', '), 'Sponsors')] : []),
    ];
  });
}
