/**
 * The clean plain-text version: the masthead, the formula, numbered paragraphs with their
 * items, the closing and the notes, one paragraph per block, footnote markers as superscripts.
 * It is the clean layout the parser reads, so re-ingesting it gives the same paragraphs.
 */
import { printedItemNumber } from '../document/index.ts';
import type { Inline, Paragraph, ResolutionDocument } from '../schema.ts';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (marker: string) => [...marker].map((d) => SUPERSCRIPT[Number(d)]).join('');

const plain = (nodes: Inline[]) => nodes.map((n) => (n.type === 'noteRef' ? superscript(n.marker) : n.value)).join('');

function paragraph(p: Paragraph, depth: number, operative: boolean): string[] {
  const indent = '    '.repeat(depth);
  const label = p.num === null ? '' : operative && depth === 0 ? `${p.num}. ` : `${printedItemNumber(p.num)} `;
  return [...(p.heading ? [p.heading.text] : []), `${indent}${label}${plain(p.inline)}`, ...p.items.flatMap((i) => paragraph(i, depth + 1, operative))];
}

export function toPlainText(doc: ResolutionDocument): string {
  const blocks = [
    doc.masthead.join('\n'),
    doc.formula,
    ...doc.preamble.flatMap((p) => paragraph(p, 0, false)),
    ...doc.operative.flatMap((p) => paragraph(p, 0, true)),
    ...(doc.closing.length ? [doc.closing.join('\n')] : []),
    ...doc.annexes.flatMap((a) => [a.heading, ...(a.title ? [a.title.text] : []), ...a.paragraphs.flatMap((p) => paragraph(p, 0, p.num !== null))]),
    ...doc.footnotes.filter((n) => n.text !== null).map((n) => `${superscript(n.marker)} ${plain(n.inline)}`),
  ];
  return blocks.join('\n\n') + '\n';
}
