/**
 * Citations, built once here and used by every page, the copy buttons and the exports.
 */
import type { ResolutionDocument } from '../schema.ts';
import { documentName, formatDate, paragraphLabel } from '../document/index.ts';

/** "A/RES/66/24, para. 3 (b)"; "A/RES/66/24, preambular para. 5"; "A/RES/66/24, note 4". */
export function paragraphCitation(doc: ResolutionDocument, eId: string): string {
  return `${documentName(doc)}, ${paragraphLabel(eId)}`;
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
