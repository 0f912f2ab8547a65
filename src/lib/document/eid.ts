/**
 * The eId grammar, defined once: how Akoma Ntoso / AKN4UN identifiers are built and read. They
 * are the public, permanent addresses of paragraphs (HTML ids, URL fragments, AKN eIds), derived
 * only from the printed numbering (or, for unnumbered paragraphs, their order), never from
 * content, so that they never change once published.
 *
 *   preamble__p_2                      second preambular paragraph
 *   para_3                             operative paragraph 3
 *   para_3__list_1__point_b            its item (b); items nest: …__point_d__list_1__point_ii
 *   para_3__list_1__point_1            its decimal sub-paragraph 3.1
 *   annex_1                            the first annex
 *   annex_1__para_4, annex_1__p_2      its paragraph 4, its second unnumbered paragraph
 *   para_3__authorialNote_4            footnote 4, named after the first paragraph citing it
 */

export const preambleId = (ordinal: number) => `preamble__p_${ordinal}`;
export const operativeId = (num: string) => `para_${num}`;
export const annexId = (ordinal: number) => `annex_${ordinal}`;
export const annexParagraphId = (annex: string, num: string) => `${annex}__para_${num}`;
export const annexUnnumberedId = (annex: string, ordinal: number) => `${annex}__p_${ordinal}`;
/** An item of a paragraph or of another item; a decimal sub-paragraph "3.1" by its own part, "1". */
export const pointId = (parent: string, label: string) => `${parent}__list_1__point_${label.replace(/^\d+\./, '')}`;
/** The list of a paragraph's items, in Akoma Ntoso. */
export const listId = (parent: string) => `${parent}__list_1`;
/** A footnote, named after the paragraph that first cites it, as Akoma Ntoso names authorial notes. */
export const noteId = (firstCitedBy: string, marker: string) => `${firstCitedBy}__authorialNote_${marker}`;

/** Every paragraph or item eId, and nothing else. */
export const PARAGRAPH_EID = /^(preamble__p_\d+|para_\d+|annex_\d+__(?:para|p)_\d+)(__list_\d+__point_[a-z0-9]+)*$/;
/** Every annex eId. */
export const ANNEX_EID = /^annex_\d+$/;
/** Every footnote eId. */
export const NOTE_EID = /__authorialNote_\d+$/;

/** What an eId names, read back. */
export type ParsedEId =
  | { kind: 'note'; marker: string }
  | { kind: 'preamble'; number: string; points: string[] }
  | { kind: 'operative'; number: string; points: string[] }
  | { kind: 'annex'; annex: string; numbered: boolean; number: string; points: string[] };

/** Reads an eId; null when it is not one of a paragraph, an item or a note. */
export function parseEId(eId: string): ParsedEId | null {
  const note = /__authorialNote_(\d+)$/.exec(eId);
  if (note) return { kind: 'note', marker: note[1]! };
  if (!PARAGRAPH_EID.test(eId)) return null;
  const [head, ...points] = eId.split('__list_1__point_');
  const annex = /^annex_(\d+)__(para|p)_(\d+)$/.exec(head!);
  if (annex) return { kind: 'annex', annex: annex[1]!, numbered: annex[2] === 'para', number: annex[3]!, points };
  const [, part, number] = /^(preamble__p|para)_(\d+)$/.exec(head!)!;
  return { kind: part === 'para' ? 'operative' : 'preamble', number: number!, points };
}
