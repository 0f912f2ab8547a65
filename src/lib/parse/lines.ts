/**
 * The line grammar: what a single line of a source can be, declared as a table.
 * Lines are classified on their own; what a line means in context (a footnote at a page
 * bottom, a paragraph resuming after a page break) is decided by the later steps.
 */
import { asciiLettersOnly } from './ascii.ts';
import { DATE_PATTERN } from './dates.ts';

export type LineKind =
  | 'blank'
  | 'furniture' // page number, job number, bar code, running header: not part of the text
  | 'rule' // a rule line, which in PDF text separates the footnotes from the text above
  | 'formula' // "The General Assembly,", "The General Assembly", "The General Assembly, recalling …"
  | 'number' // "1." alone: an operative number whose text follows on the next line
  | 'numbered' // "1. Calls upon …"
  | 'label' // "(a)" alone: an item label whose text follows
  | 'labelled' // "(a) General appreciation …", also "- (a) …" in the Markdown layout
  | 'decimal' // "3.1 Calls upon …", "3.1" alone: a sub-paragraph, where paragraph 3 is open (else text: "1.5 degrees")
  | 'note' // "¹ See A/51/261, annex.": a footnote in the clean layout
  | 'meeting' // "71st plenary meeting", "55th (resumed) plenary meeting"
  | 'closing' // "42nd plenary meeting 4 December 2023": meeting and date on one line
  | 'date' // "2 December 2011"
  | 'symbol' // "A/RES/66/24" alone: the document symbol in a masthead, a running header below it
  | 'annex' // "Annex", "Annex II" alone: the heading of an annex, after the operative part or the closing
  | 'text';

export interface Line {
  /** 1-based line number in the source file. */
  n: number;
  text: string;
  kind: LineKind;
}

export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUP = `[${SUPERSCRIPT_DIGITS}]+`;
/** Markdown emphasis may wrap a whole line ("*71st plenary meeting"); it is not part of the words. */
const EM = '\\**';
/** The plenary meeting that adopted a resolution, as its closing names it. */
export const MEETING = '\\d{1,3}(?:st|nd|rd|th) (?:\\(resumed\\) )?plenary meeting';

const GRAMMAR: ReadonlyArray<readonly [LineKind, RegExp]> = [
  ['blank', /^\s*$/],
  ['rule', /^\s*[_\u2014\u2013-]{5,}\s*$/],
  ['furniture', /^\s*(?:\d{2}-\d{5}|\*\d|Please recycle|\d{1,3}\/\d|\d{6}\s*$)/], // then furnitureKind decides
  // The symbol may carry the asterisks of a note on it ("A/C.3/80/L.29*": reissued).
  ['symbol', /^\s*A\/(?:RES\/)?(?:[A-Z]+(?:\.\d+)?\/)?\d+\/(?:L\.)?\d+[A-Za-z0-9./]*\**\s*$/],
  // "The General Assembly," above the paragraphs; without its comma above paragraph 1 or a single
  // paragraph; or opening a resolution of one sentence ("The General Assembly, recalling …, decides …").
  ['annex', /^\s*Annex(?: [IVXLC]+)?\s*$/],
  ['formula', /^\s*The General Assembly(?:,\s*$|\s*$|, \p{Ll})/u],
  ['decimal', /^\s*\d{1,3}\.\d{1,2}\.?(?:\s+\S|\s*$)/],
  ['number', /^\s*\d{1,3}\.\s*$/],
  ['numbered', /^\s*\d{1,3}\.\s+\S/],
  ['label', /^\s*(?:[-*•]\s+)?\([a-z]{1,4}\)\s*$/],
  ['labelled', /^\s*(?:[-*•]\s+)?\([a-z]{1,4}\)\s+\S/],
  ['note', new RegExp(`^\\s*${SUP}\\s+\\S`)],
  ['meeting', new RegExp(`^\\s*${EM}${MEETING}${EM}\\s*$`)],
  ['closing', new RegExp(`^\\s*${EM}${MEETING},? ${DATE_PATTERN}${EM}\\s*$`)],
  ['date', new RegExp(`^\\s*${EM}${DATE_PATTERN}${EM}\\s*$`)],
];

/** A section's number alone on its line ("I.", "II", "A."), and a Roman numeral alone ("VI"). */
export const SECTION_NUMBER = /^(?:[IVX]+|[A-Z])\.?$/;
export const ROMAN_NUMERAL = /^[IVX]+$/;

/** A text's words, lower-cased: to compare texts whatever their line breaks and punctuation (a running title, an annex's title). */
export const wordKey = (text: string) =>
  text
    .toLowerCase()
    .match(asciiLettersOnly(text) ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu)
    ?.join(' ') ?? '';

/** A page number "2/3" is furniture only when it can be one: page p of n, p <= n. */
function isPageNumber(text: string): boolean {
  const m = /^\s*(\d{1,3})\/(\d{1,3})\s*$/.exec(text);
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= Number(m[2]);
}

/**
 * What the UN prints on a page besides the text, each kind as a whole line: the names are the
 * reasons given when such a line is removed.
 */
const FURNITURE: ReadonlyArray<readonly [string, RegExp]> = [
  ['page number', /^\d{1,3}\/\d{1,3}$/], // "2/4"
  ['job number', /^\d{2}-\d{5}(?:\s*\(E\))?(?:\s+\d{6})*$/], // "23-24434 (E)", "23-24434 131223"
  ['date code', /^\d{6}$/], // "131223": the day of printing, DDMMYY
  ['barcode', /^\*\d{7,}\*$/], // "*2324434*"
  ['recycling notice', /^Please recycle.*$/],
];

/** A six-digit line is a date code only when it is a date, DDMMYY. */
const isDateCode = (text: string) => {
  const [d, m] = [Number(text.slice(0, 2)), Number(text.slice(2, 4))];
  return d >= 1 && d <= 31 && m >= 1 && m <= 12;
};

/** The kind of page furniture a line is, or null. */
export function furnitureKind(text: string): string | null {
  const t = text.trim();
  for (const [kind, pattern] of FURNITURE) {
    if (!pattern.test(t)) continue;
    if (kind === 'page number' && !isPageNumber(t)) return null;
    if (kind === 'date code' && !isDateCode(t)) return null;
    return kind;
  }
  return null;
}

export function classifyLine(text: string): LineKind {
  for (const [kind, pattern] of GRAMMAR) {
    if (!pattern.test(text)) continue;
    if (kind === 'furniture' && furnitureKind(text) === null) continue;
    return kind;
  }
  return 'text';
}

/** Splits normalized text into classified lines, numbered as in the file. */
export function toLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ n: i + 1, text: t.trim(), kind: classifyLine(t) }));
}

/** The label of a numbered or labelled line: "3" for "3. Invites", "b" for "- (b) Efforts". */
export function lineLabel(line: Line): { label: string; rest: string } {
  const m = /^(?:[-*•]\s+)?(?:\(([a-z]{1,4})\)|(\d{1,3}\.\d{1,2})\.?|(\d{1,3})\.)\s*(.*)$/.exec(line.text);
  if (!m) throw new Error(`line ${line.n} has no label`);
  return { label: (m[1] ?? m[2] ?? m[3])!, rest: m[4]! };
}
