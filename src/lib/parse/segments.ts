/**
 * Splits a document's lines into its parts: the masthead above the enacting formula,
 * the formula, the body (preamble and operative part, with any footnotes among them),
 * the closing (meeting and date), whatever follows the closing (footnotes only), and the
 * annexes, each from its heading ("Annex", "Annex II") on.
 */
import { classifyLine, type Line } from './lines.ts';
import { fail } from './problems.ts';

export interface Segments {
  masthead: Line[];
  formula: Line;
  /** The line that completes a formula without its comma ("Resolves that:"), when numbered paragraphs follow it. */
  chapeau: Line | null;
  /** True for a resolution of one paragraph: the formula without its comma above unnumbered text, or one sentence opening with it. */
  single: boolean;
  body: Line[];
  closing: Line[];
  /** Each annex's lines, from its heading ("Annex I") on. */
  annexes: Line[][];
}

/** Masthead lines of documents that are not resolutions, and what they are. */
const OTHER_DOCUMENTS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bamendments? to(?: the)?(?: revised)?(?: draft resolution\b|$)/, 'an amendment to a draft resolution'],
  [/^Draft decision\b/, 'a draft decision'],
  [/^Note by the (?:Secretariat|Secretary-General|President)/, 'a note'],
  [/^(?:Letter|Note verbale) dated /, 'a letter'],
  [/^Report of the /, 'a report'],
];

/** "The General Assembly, recalling …": the formula and the sentence it opens, on one line. */
const FORMULA_WITH_TEXT = /^(\s*The General Assembly,) (\S.*)$/;

export function segment(lines: Line[]): Segments {
  const formulas = lines.filter((l) => l.kind === 'formula');
  if (formulas.length === 0) {
    // Documents of the Assembly that are not resolutions, named where the masthead says what they are.
    for (const line of lines.slice(0, 60)) {
      const other = OTHER_DOCUMENTS.find(([pattern]) => pattern.test(line.text));
      if (other) fail(line.n, `${other[1]}, not a resolution or a draft resolution: only those are read`);
    }
    const first = lines.find((l) => l.kind !== 'blank');
    fail(first?.n ?? 1, 'no enacting formula: a resolution has a line "The General Assembly," before its paragraphs');
  }
  if (formulas.length > 1) {
    fail(formulas[1]!.n, `a second enacting formula "The General Assembly," (the first is at line ${formulas[0]!.n}): two documents in one file?`);
  }
  const printed = formulas[0]!;
  const at = lines.indexOf(printed);
  const masthead = lines.slice(0, at).filter((l) => l.kind !== 'blank' && l.kind !== 'furniture');
  const after = lines.slice(at + 1);
  const withText = FORMULA_WITH_TEXT.exec(printed.text);
  const formula = withText ? { ...printed, text: withText[1]!.trim() } : printed;
  if (withText) after.unshift({ ...printed, text: withText[2]!, kind: classifyLine(withText[2]!) });
  // Annexes close the document, after its operative part and its closing.
  const annexAt = after.findIndex((l) => l.kind === 'annex');
  const annexes: Line[][] = [];
  for (const line of annexAt === -1 ? [] : after.splice(annexAt)) {
    if (line.kind === 'annex') annexes.push([line]);
    else annexes[annexes.length - 1]!.push(line);
  }
  // "The General Assembly" / "Resolves that:" / "1. …": one sentence whose clauses are the numbered paragraphs.
  const [next, second] = after.filter((l) => l.kind !== 'blank');
  const chapeau =
    withText === null &&
    !printed.text.endsWith(',') &&
    next?.kind === 'text' &&
    next.text.endsWith(':') &&
    (second?.kind === 'number' || second?.kind === 'numbered')
      ? after.splice(after.indexOf(next), 1)[0]!
      : null;
  const single =
    withText !== null || (chapeau === null && !printed.text.endsWith(',') && next !== undefined && next.kind !== 'number' && next.kind !== 'numbered');

  // The closing is the last "Nth plenary meeting" line followed by a date line, or both on one line.
  let closingAt = -1;
  for (let i = after.length - 1; i >= 0; i--) {
    if (after[i]!.kind === 'closing') {
      closingAt = i;
      break;
    }
    if (after[i]!.kind !== 'meeting') continue;
    const next = after.slice(i + 1).find((l) => l.kind !== 'blank');
    if (next?.kind === 'date') closingAt = i;
    break;
  }
  if (closingAt === -1) {
    const meeting = after.find((l) => l.kind === 'meeting');
    if (meeting) fail(meeting.n, 'closing meeting line without the date on the line after it');
    return { masthead, formula, chapeau, single, body: after, closing: [], annexes };
  }
  const meeting = after[closingAt]!;
  const tail = after.slice(closingAt + 1);
  const date = meeting.kind === 'closing' ? meeting : tail.find((l) => l.kind !== 'blank')!;
  const rest = tail.filter((l) => l.n > date.n);
  // After the closing only footnotes (and page furniture) may follow.
  const stray = rest.find((l) => !['blank', 'furniture', 'rule', 'note', 'symbol'].includes(l.kind) && !/^\d{1,2}\s+\S/.test(l.text));
  if (stray) fail(stray.n, `text after the closing (line ${meeting.n}): two documents in one file, or a misplaced paragraph?`);
  return {
    masthead,
    formula,
    chapeau,
    single,
    body: [...after.slice(0, closingAt), ...rest],
    closing: meeting === date ? [meeting] : [meeting, date],
    annexes,
  };
}
