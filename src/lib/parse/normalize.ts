/**
 * The cleaning step. Its guarantees:
 * - it changes only invisible things: a leading byte-order mark, line endings (CRLF, CR -> LF),
 *   space-like characters (no-break, thin, figure, tab … -> a plain space), zero-width
 *   characters (removed) and trailing spaces;
 * - every line keeps its number, so a problem found later points at the right line of the file;
 * - it is idempotent: normalize(normalize(x)) === normalize(x).
 */
const SPACE_LIKE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

export function normalize(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(ZERO_WIDTH, '')
    .replace(SPACE_LIKE, ' ')
    .replace(/ +$/gm, '');
}
