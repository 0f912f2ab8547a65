/**
 * Footnote markers in the running text.
 *
 * Clean text prints them as superscript digits ("made,¹"): unambiguous. PDF extraction turns
 * them into plain digits ("were made, 1", "Security,4 to continue"), which must be told apart
 * from real numbers ("paragraphs 1 to 3", "resolutions 53/70, 54/49"). A plain number is a
 * marker only when all of these hold:
 * - it directly follows a closing punctuation mark (, ; : . ) ” ’), with at most one space, or
 *   directly follows a lower-case letter with no space;
 * - it ends at a space or the end of the line;
 * - it is not part of an enumeration (the word before the punctuation is not itself a number)
 *   nor a document-symbol suffix ("Corr.1", "Add.1");
 * - it continues the document's footnote sequence: a marker already used, or the next one.
 */
import { SUPERSCRIPT_DIGITS } from './lines.ts';
import { PLACEHOLDER } from './placeholders.ts';

const { markOpen, markClose } = PLACEHOLDER;

export const markerToken = (marker: string) => `${markOpen}${marker}${markClose}`;
export const MARKER_TOKEN = new RegExp(`${markOpen}(\\d+)${markClose}`, 'g');
const MARKERS_AT_END = new RegExp(`(?:${markOpen}\\d+${markClose})+$`);

const SUPERSCRIPT_RUN = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'g');
export const superscriptToDigits = (s: string) => [...s].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');

/** The state of the footnote sequence as the text is read in order. */
export class MarkerSequence {
  private highest = 0;
  readonly cited: string[] = [];

  accepts(n: number): boolean {
    return n >= 1 && n <= this.highest + 1;
  }

  cite(marker: string): void {
    this.highest = Math.max(this.highest, Number(marker));
    this.cited.push(marker);
  }

  has(marker: string): boolean {
    return this.cited.includes(marker);
  }
}

/** How far back a word before a marker candidate is looked for: longer "words" are no numbers. */
const WORD_WINDOW = 24;
const SYMBOL_SUFFIX = /(?:Corr|Add|Rev|Amend|Suppl|No|Nos|Vol|para|paras|art|chap|sect)\.$/;
const PLAIN_AFTER_PUNCTUATION = /([,;:.)\u201d\u2019])( ?)(\d{1,2})(?=\s|$)/g;
const PLAIN_AFTER_LETTER = /(\p{Ll})(\d{1,2})(?=\s|$|[,;:.])/gu;

/** Replaces the superscript markers of a line with marker tokens. */
export function tokenizeSuperscripts(text: string, seq: MarkerSequence): string {
  return text.replace(SUPERSCRIPT_RUN, (s) => {
    const marker = superscriptToDigits(s);
    seq.cite(marker);
    return markerToken(marker);
  });
}

/** Replaces the plain-digit markers of a PDF-extracted line with marker tokens. */
export function tokenizePlainMarkers(text: string, seq: MarkerSequence): string {
  type Hit = { start: number; end: number; marker: string };
  const hits: Hit[] = [];
  for (const m of text.matchAll(PLAIN_AFTER_PUNCTUATION)) {
    // Only the few characters before the match matter; looking no further keeps long lines linear.
    const word = /(\S+)$/.exec(text.slice(Math.max(0, m.index - WORD_WINDOW), m.index))?.[1] ?? '';
    if (/^\(?\d+\)?$/.test(word)) continue; // "1, 2 and 3": an enumeration
    if (m[1] === '.' && SYMBOL_SUFFIX.test(text.slice(Math.max(0, m.index - WORD_WINDOW), m.index + 1))) continue;
    hits.push({ start: m.index + 1, end: m.index + m[0].length, marker: m[3]! });
  }
  for (const m of text.matchAll(PLAIN_AFTER_LETTER)) {
    hits.push({ start: m.index + 1, end: m.index + m[0].length, marker: m[2]! });
  }
  hits.sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at || !seq.accepts(Number(hit.marker))) continue;
    seq.cite(hit.marker);
    out += text.slice(at, hit.start) + markerToken(hit.marker);
    at = hit.end;
  }
  return out + text.slice(at);
}

/** The line less the note markers at its end. */
export const stripMarkers = (text: string): string => text.replace(MARKERS_AT_END, '').trimEnd();

/** True when a line ends a paragraph: closing punctuation, optionally followed by markers. */
export function endsParagraph(text: string): boolean {
  return /[,;:.]\**$/.test(stripMarkers(text));
}
