/**
 * Akoma Ntoso / AKN4UN identifiers. They are the public, permanent addresses of paragraphs
 * (HTML ids, URL fragments, AKN eIds): derived only from the printed numbering, never from
 * position in a file or from content, so that they never change once published.
 */
export { annexId, annexParagraphId, annexUnnumberedId, noteId, operativeId, pointId, preambleId } from '../document/eid.ts';

/** The slug of a text: lower case ASCII words joined by hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** The document's URL slug: from its symbol ("A/RES/66/24" -> "a-res-66-24"), else from what identifies a draft. */
export function documentId(doc: { symbol: string | null; kind: string; session: number; committee: string | null; year: string | null }): string {
  if (doc.symbol) return slugify(doc.symbol);
  return slugify([doc.kind, String(doc.session), doc.committee ?? 'plenary', doc.year ?? ''].join(' '));
}

/** Longest series slug: it names a folder of the site (/history/<series>/), and file names stop at 255 bytes. */
export const MAX_SERIES_SLUG = 120;

/** The series of a title: its slug, cut at a word's end to at most MAX_SERIES_SLUG characters. */
export function seriesSlug(title: string): string {
  const slug = slugify(title);
  if (slug.length <= MAX_SERIES_SLUG) return slug;
  const cut = slug.slice(0, MAX_SERIES_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-'));
}
