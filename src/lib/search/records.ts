/**
 * What the search finds: one record per document, each paragraph, item, note or sponsor list in
 * it a passage with its own anchor, so that every hit lands on its exact paragraph. Only the
 * resolution text is searched, never navigation.
 *
 * The word index (src/lib/search/word-index.ts) finds the documents that may answer a query;
 * the search page then tests every passage of their records (src/lib/search/query.ts) and
 * filters them by part, exactly, from each passage's eId. Pure: src/build/publish.ts writes them.
 */
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
  /** The document's name ("A/RES/66/24"). */
  title: string;
  year: string;
  /** What the search's type filter tells apart. */
  type: 'Resolution' | 'Draft';
  /** Its date as a sort key (src/lib/document/date.ts). */
  date: string;
  /** The document's page. */
  page: string;
  /** In reading order. */
  passages: Passage[];
}

export function searchRecords(docs: readonly ResolutionDocument[]): SearchRecord[] {
  return docs.map((doc) => {
    const year = String(documentYear(doc));
    const paragraphs = (ps: Paragraph[]): Passage[] => ps.flatMap((p) => [{ eId: p.eId, label: paragraphLabel(p.eId), text: p.text }, ...paragraphs(p.items)]);
    return {
      title: documentName(doc),
      year,
      type: doc.kind === 'draft' ? 'Draft' : 'Resolution',
      date: dateKey(doc),
      page: documentPath(doc),
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
