/**
 * The table of contents of a document's page: its parts, in the order the page shows them, and
 * the operative paragraphs by number (the places readers cite). Pure; every address is an id the
 * page has (a browser test follows each).
 */
import type { ResolutionDocument } from '../schema.ts';

export interface ContentsEntry {
  href: string;
  label: string;
  /** Shorter places within it: operative paragraphs by number. */
  children?: ContentsEntry[];
}

export function documentContents(doc: ResolutionDocument): ContentsEntry[] {
  const entries: Array<ContentsEntry | false> = [
    doc.preamble.length > 0 && { href: '#preamble-title', label: `Preamble (${doc.preamble.length})` },
    {
      href: '#operative-title',
      label: 'Operative paragraphs',
      children: doc.operative.filter((p) => p.num !== null).map((p) => ({ href: `#${p.eId}`, label: p.num! })),
    },
    ...doc.annexes.map((a) => ({ href: `#${a.eId}-title`, label: a.heading })),
    doc.footnotes.length > 0 && { href: '#notes-title', label: 'Notes' },
    doc.corrections.length > 0 && { href: '#corrections-title', label: 'Editorial corrections' },
    doc.removed.length > 0 && { href: '#removed-title', label: 'Lines left out' },
    doc.moved.length > 0 && { href: '#moved-title', label: 'Lines read in another order' },
    { href: '#cite-title', label: 'Cite this text' },
    { href: '#about-title', label: 'About this text' },
  ];
  return entries.filter((e) => e !== false);
}
