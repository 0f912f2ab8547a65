/**
 * Text fidelity: every word of a source appears in the output, in order, and nothing else
 * does. A "word" is a run of letters and digits (after Unicode compatibility folding, so "¹"
 * is "1"); punctuation, Markdown markup and page furniture do not count. Editorial
 * corrections are compared in their source form, so they must be listed to be allowed.
 *
 * Footnotes are compared apart from the body, because a page break puts a note's text in the
 * middle of the body while the output keeps notes together.
 */
import type { Inline, Paragraph, ResolutionDocument } from './schema.ts';
import { asciiLettersOnly, toLines, type Line, type NormalizedText } from './parse/index.ts';

// Letters and digits apart: an extraction glues a footnote's number to the word before ("Women13").
const WORD = /\p{L}+|\p{N}+/gu;
const ASCII_WORD = /[A-Za-z]+|[0-9]+/g;
/** Marks a footnote marker among the output's words: it may be glued to the number before it in the source ("20251"). */
const MARKER = '\u0001';
const OUTPUT_WORD = /\p{L}+|\u0001?\p{N}+/gu;
const ASCII_OUTPUT_WORD = /[A-Za-z]+|\u0001?[0-9]+/g;

export const words = (text: string): string[] => (asciiLettersOnly(text) ? text.match(ASCII_WORD) : text.normalize('NFKC').match(WORD)) ?? [];

/** The words of inline content, each footnote marker marked. */
function inlineWords(inline: Inline[]): string[] {
  const text = inline.map((n) => (n.type === 'noteRef' ? ` ${MARKER}${n.marker} ` : n.type === 'correction' ? n.original : n.value)).join('');
  return (asciiLettersOnly(text) ? text.match(ASCII_OUTPUT_WORD) : text.normalize('NFKC').match(OUTPUT_WORD)) ?? [];
}

/** Appends `ws` to `into`: a text's words are gathered in one list, not copied from list to list. */
function append(into: string[], ws: readonly string[]): void {
  for (const w of ws) into.push(w); // no spread: a list may hold 100 000 words
}

function appendParagraphWords(into: string[], p: Paragraph): void {
  append(into, words(p.heading?.text ?? ''));
  append(into, words(p.num ?? ''));
  append(into, inlineWords(p.inline));
  for (const item of p.items) appendParagraphWords(into, item);
}

/** The output's words in reading order: body, then footnotes. */
export function documentWords(doc: ResolutionDocument): { body: string[]; notes: string[] } {
  const { body, notes } = documentTokens(doc);
  const plain = (ws: string[]) => ws.map((w) => (w.startsWith(MARKER) ? w.slice(1) : w));
  return { body: plain(body), notes: plain(notes) };
}

/** The output's words, each footnote marker marked (see firstDifference). */
function documentTokens(doc: ResolutionDocument): { body: string[]; notes: string[] } {
  const body: string[] = [];
  for (const line of doc.masthead) append(body, words(line));
  append(body, words(doc.formula));
  for (const p of doc.preamble) appendParagraphWords(body, p);
  for (const p of doc.operative) appendParagraphWords(body, p);
  for (const line of doc.closing) append(body, words(line));
  for (const annex of doc.annexes) {
    append(body, words(annex.heading));
    append(body, words(annex.title?.text ?? ''));
    for (const p of annex.paragraphs) appendParagraphWords(body, p);
  }
  // A number printed apart from its note is checked on its own line (sourceWords).
  const notes = [
    ...doc.footnotes.flatMap((f) => (f.lines ? [{ first: f.lines.first, words: [...(f.markerLine ? [] : words(f.marker)), ...inlineWords(f.inline)] }] : [])),
    ...doc.mastheadNotes.map((n) => ({ first: n.lines.first, words: words(n.text) })),
  ]
    .sort((a, b) => a.first - b.first)
    .flatMap((n) => n.words);
  return { body, notes };
}

/** The source's words less page furniture, split into footnote lines (as the output places them) and the rest. */
export function sourceWords(text: NormalizedText, doc: ResolutionDocument): { body: string[]; notes: string[]; bodyLines: number[]; noteLines: number[] } {
  const noteLines = new Set([
    ...doc.footnotes.flatMap((f) => [
      ...(f.lines ? range(f.lines.first, f.lines.last) : []),
      ...(f.continued ? range(f.continued.first, f.continued.last) : []),
    ]),
    ...doc.mastheadNotes.flatMap((n) => range(n.lines.first, n.lines.last)),
  ]);
  // A removal is a whole line, or a part of one (a rule printed at the end of a text line).
  const removed = new Map<number, string[]>();
  for (const r of doc.removed) removed.set(r.line, [...(removed.get(r.line) ?? []), r.text]);
  const markerLines = new Map(doc.footnotes.flatMap((f) => (f.markerLine ? [[f.markerLine, f.marker] as const] : [])));
  const body: string[] = [];
  const notes: string[] = [];
  // The source line of each word, to name it in a problem.
  const bodyLines: number[] = [];
  const lineOfNote: number[] = [];
  let inMasthead = true;
  for (const line of inReadingOrder(toLines(text), doc)) {
    if (line.kind === 'formula') inMasthead = false;
    if (line.kind === 'furniture' || line.kind === 'rule') continue;
    const parts = removed.get(line.n);
    if (parts?.includes(line.text)) continue;
    const text = parts ? parts.reduce((t, part) => t.replace(part, ' '), line.text) : line.text;
    if (line.kind === 'symbol' && !inMasthead && !noteLines.has(line.n) && !doc.removed.length) continue; // a running header
    if (markerLines.has(line.n) && words(text).join(' ') === markerLines.get(line.n)) continue;
    const [target, at] = noteLines.has(line.n) ? [notes, lineOfNote] : [body, bodyLines];
    for (const word of words(text)) (target.push(word), at.push(line.n)); // no spread: a line may hold 100 000 words
  }
  return { body, notes, bodyLines, noteLines: lineOfNote };
}

/** The source's lines with each listed move made: a moved line comes right after the line it is read after. */
function inReadingOrder(lines: Line[], doc: ResolutionDocument): Line[] {
  if (doc.moved.length === 0) return lines;
  const from = new Set(doc.moved.map((m) => m.line));
  const after = new Map(doc.moved.map((m) => [m.after, lines[m.line - 1]!]));
  return lines.flatMap((line) => (from.has(line.n) ? [] : after.has(line.n) ? [line, after.get(line.n)!] : [line]));
}

const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, i) => a + i);

/**
 * The first difference between the source's words and the output's, or null when they are the
 * same. A footnote marker of the output matches the same number in the source, or the end of a
 * source number it is glued to ("20251": the year 2025 and the marker 1).
 */
export function firstDifference(expected: string[], actual: string[]): { at: number; message: string } | null {
  const plain = (w: string | undefined) => (w?.startsWith(MARKER) ? w.slice(1) : w);
  let i = 0;
  let j = 0;
  while (i < expected.length || j < actual.length) {
    const [e, a, next] = [expected[i], plain(actual[j]), actual[j + 1]];
    if (e !== undefined && e === a) {
      i++;
      j++;
    } else if (e !== undefined && a !== undefined && next?.startsWith(MARKER) && e === a + next.slice(1)) {
      i++;
      j += 2;
    } else {
      const context = (ws: string[], k: number) =>
        ws
          .slice(Math.max(0, k - 4), k + 4)
          .map(plain)
          .join(' ');
      return {
        at: i,
        message: `word ${i + 1}: source has "${e ?? '(end)'}" (…${context(expected, i)}…), output has "${a ?? '(end)'}" (…${context(actual, j)}…)`,
      };
    }
  }
  return null;
}

/** Checks a document against its source; returns the problems (empty when faithful). */
export function checkFidelity(text: NormalizedText, doc: ResolutionDocument): Array<{ line: number; message: string }> {
  const src = sourceWords(text, doc);
  const out = documentTokens(doc);
  const problems: Array<{ line: number; message: string }> = [];
  // The line of the first word that differs; past the source's end, its last line.
  const lineAt = (lines: number[], i: number) => lines[Math.min(i, lines.length - 1)] ?? 1;
  const body = firstDifference(src.body, out.body);
  if (body) problems.push({ line: lineAt(src.bodyLines, body.at), message: `text fidelity: ${body.message}` });
  const notes = firstDifference(src.notes, out.notes);
  if (notes) problems.push({ line: lineAt(src.noteLines, notes.at), message: `footnote fidelity: ${notes.message}` });
  return problems;
}
