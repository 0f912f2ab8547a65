/**
 * Akoma Ntoso / AKN4UN identifiers. They are the public, permanent addresses of paragraphs
 * (HTML ids, URL fragments, AKN eIds): derived only from the printed numbering, never from
 * position in a file or from content, so that they never change once published.
 */
import { slugify, titleSlug } from '../document/slug.ts';

export { annexId, annexParagraphId, annexUnnumberedId, noteId, operativeId, pointId, preambleId } from '../document/eid.ts';

/** The document's URL slug: from its symbol ("A/RES/66/24" -> "a-res-66-24"), else from what identifies a draft. */
export function documentId(doc: { symbol: string | null; kind: string; session: number; committee: string | null; year: string | null }): string {
  if (doc.symbol) return slugify(doc.symbol);
  return slugify([doc.kind, String(doc.session), doc.committee ?? 'plenary', doc.year ?? ''].join(' '));
}

/** The series of a title: its slug (a series is the documents of one title). */
export const seriesSlug = titleSlug;
