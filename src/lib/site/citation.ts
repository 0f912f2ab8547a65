/**
 * Citations, built once here and used by every page, the copy buttons and the exports.
 */
import type { ResolutionDocument } from '../schema.ts';
import { documentName, documentYear, formatDate, ordinalWord, parseEId, withPoints } from '../document/index.ts';

/**
 * A place in a document as the UN cites it: "General Assembly resolution 66/24, fifth preambular
 * paragraph", "…, operative paragraph 3 (b)", "…, footnote 4"; a draft by its symbol, or short:
 * "First Committee draft resolution (2009), operative paragraph 5".
 */
export function paragraphCitation(doc: ResolutionDocument, eId: string): string {
  return `${citedName(doc)}, ${citedPlace(doc, eId)}`;
}

function citedName(doc: ResolutionDocument): string {
  if (doc.kind === 'resolution' && doc.number) return `General Assembly resolution ${doc.number}`;
  if (doc.kind === 'resolution') return doc.symbol ?? documentName(doc);
  if (doc.symbol) return `draft resolution ${doc.symbol}`;
  const year = documentYear(doc);
  return `${doc.committee ?? 'General Assembly'} draft resolution${year ? ` (${year})` : ''}`;
}

function citedPlace(doc: ResolutionDocument, eId: string): string {
  const place = parseEId(eId);
  if (!place) throw new Error(`not a paragraph eId: ${eId}`);
  if (place.kind === 'note') return `footnote ${place.marker}`;
  if (place.kind === 'preamble') return withPoints(`${ordinalWord(Number(place.number))} preambular paragraph`, place.points);
  if (place.kind === 'operative') {
    const sole = doc.operative.length === 1 && doc.operative[0]!.num === null;
    return withPoints(sole ? 'operative paragraph' : `operative paragraph ${place.number}`, place.points);
  }
  const annex = doc.annexes[Number(place.annex) - 1]?.heading.replace(/^Annex/, 'annex') ?? `annex ${place.annex}`;
  const paragraph = place.numbered ? `paragraph ${place.number}` : `${ordinalWord(Number(place.number))} unnumbered paragraph`;
  return withPoints(`${annex}, ${paragraph}`, place.points);
}

/**
 * The UN style: "General Assembly resolution 66/24 of 2 December 2011 (A/RES/66/24)".
 * A draft: "Draft resolution of the First Committee, 64th session, 16 October 2009".
 */
export function documentCitation(doc: ResolutionDocument): string {
  if (doc.kind === 'resolution' && doc.number) {
    const date = doc.adopted ? ` of ${formatDate(doc.adopted.date)}` : '';
    return `General Assembly resolution ${doc.number}${date}${doc.symbol ? ` (${doc.symbol})` : ''}`;
  }
  return documentName(doc);
}
