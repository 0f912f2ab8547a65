/**
 * Joins body lines into blocks: one block per paragraph or item, whatever the layout.
 *
 * A new block starts at a numbered line ("1." or "1. Calls upon"), a labelled line ("(a)",
 * "- (a) …"), or, for unlabelled text, where the previous block is finished (it ends with
 * , ; : or . and perhaps footnote markers) and either a blank line intervenes (clean layout)
 * or the line opens with a preambular word such as "Noting" (PDF layout, where hard line
 * breaks carry no meaning); never at a line that opens in lower case. An unfinished block goes on over blank lines, page breaks and
 * footnote blocks: the 2009 draft's last preambular paragraph resumes after its footnotes.
 */
import { lineLabel, ROMAN_NUMERAL, type Line } from './lines.ts';
import { endsParagraph, stripMarkers } from './markers.ts';
import { operativePhrase } from './emphasis.ts';
import { opensPreambularParagraph } from './vocabulary.ts';

export interface Block {
  kind: 'numbered' | 'labelled' | 'plain';
  /** "3" for an operative paragraph, "b" for an item, null for a preambular paragraph. */
  label: string | null;
  /** Line of the number or label, or of the first text line. */
  line: number;
  /** The text lines, label removed, in order. */
  lines: Line[];
}

export function toBlocks(body: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  let blankBefore = false;
  let operative = false;
  let previous: Line | null = null; // the last text line
  let blanks = 0; // blank lines since

  for (const [index, line] of body.entries()) {
    if (line.kind === 'blank') {
      blankBefore = true;
      blanks++;
      continue;
    }
    // Lines left out between (page furniture, a footnote area): the page turned here.
    const pageBreak = previous !== null && line.n > previous.n + blanks + 1;
    previous = line;
    blanks = 0;
    const undotted: { label: string; rest: string } | null = operative ? undottedNumber(body, index, blocks, current) : null;
    // "3.1 …" is a sub-paragraph only under paragraph 3, after 3 or 3.1 …; elsewhere it is text ("2.3 per cent").
    const decimal = line.kind === 'decimal' && isNextDecimal(lineLabel(line), blocks, current);
    const structural = line.kind === 'number' || line.kind === 'numbered' || line.kind === 'label' || line.kind === 'labelled' || decimal;
    if (undotted) {
      current = { kind: 'numbered', label: undotted.label, line: line.n, lines: undotted.rest ? [{ ...line, text: undotted.rest }] : [] };
      blocks.push(current);
    } else if (structural) {
      const { label, rest } = lineLabel(line);
      const kind = line.kind === 'number' || line.kind === 'numbered' ? 'numbered' : 'labelled';
      current = { kind, label, line: line.n, lines: rest ? [{ ...line, text: rest }] : [] };
      blocks.push(current);
      if (kind === 'numbered') operative = true;
    } else if (current && current.lines.length === 0) {
      current.lines.push(line);
    } else if (!current || startsNewBlock(current, line, { blankBefore, pageBreak, operative, heading: isHeading(body, index) })) {
      current = { kind: 'plain', label: null, line: line.n, lines: [line] };
      blocks.push(current);
    } else {
      current.lines.push(line);
    }
    blankBefore = false;
  }
  return blocks;
}

/**
 * The decimal label that comes next, "3.1" right after paragraph 3, "3.2" after 3.1, where the
 * text before has ended its clause and the sub-paragraph opens in capitals ("1.1 per cent" is text).
 */
function isNextDecimal({ label, rest }: { label: string; rest: string }, blocks: Block[], current: Block | null): boolean {
  const last = blocks.findLast((b) => b.kind !== 'plain');
  const before = current?.lines.at(-1)?.text;
  if (!last || (before !== undefined && !/[:;.]\**$/.test(stripMarkers(before))) || (rest !== '' && !/^\p{Lu}/u.test(rest))) return false;
  if (last.kind === 'numbered') return label === `${last.label}.1`;
  const m = /^(\d+)\.(\d+)$/.exec(last.label ?? '');
  return m !== null && label === `${m[1]}.${Number(m[2]) + 1}`;
}

/**
 * A paragraph number printed without its full stop ("26 Affirms …", "6" / "Also reaffirms …"):
 * taken as the number only where it is the next one, the paragraph before has ended with ";" and
 * an operative verb follows. Elsewhere such a number is text, or a footnote's.
 */
function undottedNumber(body: Line[], at: number, blocks: Block[], current: Block | null): { label: string; rest: string } | null {
  const m = /^(\d{1,3})(?:\s+(\S.*))?$/.exec(body[at]!.text);
  const last = blocks.findLast((b) => b.kind === 'numbered');
  if (!m || (body[at]!.kind !== 'text' && body[at]!.kind !== 'note') || !last || Number(m[1]) !== Number(last.label) + 1) return null;
  if (!current?.lines.length || !/;\**$/.test(stripMarkers(current.lines.at(-1)!.text))) return null;
  const opening = m[2] ?? body.slice(at + 1).find((l) => l.kind !== 'blank')?.text ?? '';
  return operativePhrase(opening) !== null ? { label: m[1]!, rest: m[2] ?? '' } : null;
}

/**
 * A heading among the operative paragraphs ("Budget estimates for the period from …",
 * "II", "Peacebuilding financing"): up to three lines that open in capitals (or a Roman
 * numeral) and end without punctuation, followed by a numbered paragraph.
 */
export function isHeading(body: Line[], at: number): boolean {
  if (body[at]!.kind !== 'text' || !/^(?:\p{Lu}|[IVX]+$)/u.test(body[at]!.text)) return false;
  // After a section's Roman numeral, its title may hold commas ("… of racism, racial discrimination,").
  const numbered = ROMAN_NUMERAL.test(body[at]!.text);
  let i = at;
  for (let k = 0; k < (numbered ? 7 : 4) && i < body.length; k++, i++) {
    while (i < body.length && body[i]!.kind === 'blank') i++;
    const line = body[i];
    if (!line) return false;
    if (line.kind === 'number' || line.kind === 'numbered') return k > 0;
    if (line.kind !== 'text' || (numbered ? /[;.:]$/.test(stripMarkers(line.text)) : endsParagraph(line.text))) return false;
  }
  return false;
}

interface Context {
  blankBefore: boolean;
  /** Lines were left out right before this one: the page turned. */
  pageBreak: boolean;
  /** Numbered paragraphs have begun. */
  operative: boolean;
  /** The line opens a heading among the operative paragraphs. */
  heading: boolean;
}

function startsNewBlock(current: Block, line: Line, { blankBefore, pageBreak, operative, heading }: Context): boolean {
  const last = current.lines[current.lines.length - 1]!;
  if (!endsParagraph(last.text)) return false;
  // Every operative paragraph has its number: after a page break, a line that opens neither like a
  // paragraph ("Requests …", "Noting …") nor a heading goes on with the paragraph before
  // ("… Article XIV.A of the Statute”;" / "GC(69)/DEC/11, entitled …").
  if (
    operative &&
    pageBreak &&
    current.kind !== 'plain' &&
    !heading &&
    !ROMAN_NUMERAL.test(line.text) &&
    !operativePhrase(line.text) &&
    !opensPreambularParagraph(line.text)
  )
    return false;
  // An operative paragraph ends in ";" or "."; after a comma, or a colon not followed by its items, its
  // sentence goes on, across a page break ("… Report 2024:" / "Financing for Development at a Crossroads").
  if (operative && current.kind !== 'plain' && /[,:]\**$/.test(stripMarkers(last.text))) return false;
  // No paragraph of a resolution opens in lower case: such a line goes on with the one before,
  // across the blank lines that a page break (its furniture removed) leaves.
  if (/^\p{Ll}/u.test(line.text)) return false;
  // Among operative paragraphs, which end in ";" or ".", a heading after one opens a block of its own;
  // so does one after the last recital, which ends in ",".
  if (heading && (operative ? /[;.]\**$/ : /[,;.]\**$/).test(stripMarkers(last.text))) return true;
  if (blankBefore) return true;
  return opensPreambularParagraph(line.text);
}
