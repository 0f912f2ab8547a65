/**
 * The cleaning step. Its guarantees:
 * - it changes only invisible things: a leading byte-order mark, line endings (CRLF, CR -> LF),
 *   space-like characters (no-break, thin, figure, tab, vertical tab, next line, the Unicode
 *   line and paragraph separators U+2028/U+2029, a form feed inside a line … -> a plain space),
 *   zero-width characters (removed) and trailing spaces; a form feed opening a line (a page
 *   break in a PDF extraction) stays, for the page layer;
 * - after it, no character that XML forbids is left in the text (decodeSource has refused the
 *   other control characters);
 * - every line keeps its number, so a problem found later points at the right line of the file;
 * - it is idempotent: normalize(normalize(x)) === normalize(x).
 */
// U+2028/U+2029 are read as spaces, not line breaks: a line break would renumber the lines
// after it, and every problem names a line as an editor shows it.
const SPACE_LIKE = /[\t\u000b\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]|(?<!^|\n)\f/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

/**
 * Text as normalize() gives it. The parser and the checks take only this, so that a caller
 * cannot hand them raw text, and the ingest normalizes each source once for all of them.
 */
export type NormalizedText = string & { readonly [NORMALIZED]: true };
declare const NORMALIZED: unique symbol;

export function normalize(text: string): NormalizedText {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(SPACE_LIKE, ' ')
    .split('\n')
    .map(trimEndSpaces)
    .join('\n') as NormalizedText;
}

/** `/ +$/` by hand: that expression tries, and fails, at every space of the text before the last ones. */
export function trimEndSpaces(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  return text.slice(0, end);
}
