/**
 * Turns a block's lines into inline content: text, emphasis, footnote references and
 * editorial corrections, with the plain text and the notes cited.
 *
 * Markdown emphasis (`*Calls upon*`) is read with unified/remark; everything else is kept
 * exactly as the source has it, character for character, so that markup-like text in a
 * source (`<script>`, `&amp;`, `[x](y)`) stays literal and is escaped when rendered.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import type { Inline } from '../schema.ts';
import type { Line } from './lines.ts';
import { trimEndSpaces } from './normalize.ts';
import { compoundWords, isLineBreakHyphen, LINE_BREAK_HYPHEN_REASON, LOST_HYPHEN_REASON, restoreLostHyphen, type Lexicon } from './corrections.ts';
import { operativePhrase } from './emphasis.ts';
import { PLACEHOLDER } from './placeholders.ts';

export interface PendingCorrection {
  from: string;
  to: string;
  reason: string;
  line: number;
}

export interface InlineResult {
  inline: Inline[];
  text: string;
  notes: string[];
  corrections: PendingCorrection[];
}

const { correctionOpen: CORR_OPEN, correctionClose: CORR_CLOSE, guard: GUARD, markOpen, markClose } = PLACEHOLDER;
const TOKEN = new RegExp(`${markOpen}(\\d+)${markClose}|${CORR_OPEN}(\\d+)${CORR_CLOSE}`, 'g');

const markdown = unified().use(remarkParse).use(remarkGfm);
/** Longer than any real paragraph (the longest in the series is under 1 500 characters). */
const MAX_MARKDOWN_CHARS = 20_000;

interface Context {
  file: string;
  lexicon: Lexicon;
  corrections: PendingCorrection[];
}

/** Joins the block's lines into one string, resolving hyphens at line ends. */
function joinLines(lines: Line[], ctx: Context): { text: string; lineAt: (offset: number) => number } {
  const starts: Array<{ offset: number; line: number }> = [];
  // Parts joined once at the end: a paragraph may run to thousands of lines.
  const parts: string[] = [];
  let length = 0;
  const add = (part: string) => {
    parts.push(part);
    length += part.length;
  };
  for (const line of lines) {
    const last = parts[parts.length - 1];
    if (last === undefined) {
      starts.push({ offset: 0, line: line.n });
      add(line.text);
      continue;
    }
    // Tested for its hyphen first: the pattern alone tries every start in the line's tail.
    const prevWord = last.endsWith('-') ? /(\p{L}+)-$/u.exec(last.slice(-64)) : null;
    const nextWord = /^\p{L}+/u.exec(line.text);
    if (prevWord && nextWord && isLineBreakHyphen(prevWord[1]!, nextWord[0], ctx.lexicon)) {
      const index = ctx.corrections.length;
      ctx.corrections.push({
        from: `${prevWord[1]}-\n${nextWord[0]}`,
        to: prevWord[1]! + nextWord[0],
        reason: LINE_BREAK_HYPHEN_REASON,
        line: starts[starts.length - 1]!.line,
      });
      parts[parts.length - 1] = last.slice(0, last.length - prevWord[0].length);
      length -= prevWord[0].length;
      add(`${CORR_OPEN}${index}${CORR_CLOSE}`);
      starts.push({ offset: length, line: line.n });
      add(line.text.slice(nextWord[0].length));
    } else {
      // A hyphen at a line end is kept ("Secretary-" + "General"); otherwise lines join with a space.
      if (!(prevWord && nextWord)) add(' ');
      starts.push({ offset: length, line: line.n });
      add(line.text);
    }
  }
  const lineAt = (offset: number) => starts.findLast((s) => s.offset <= offset)!.line;
  return { text: parts.join(''), lineAt };
}

/** Replaces words run together by extraction with correction tokens. */
function repairLostHyphens(text: string, lineAt: (offset: number) => number, ctx: Context): string {
  const pattern = compoundWords(text);
  // Looked for first: most paragraphs have no such word, and a replace calling back for every
  // word cost three times what finding them does (about a third of a second for 1000 texts).
  if (!text.match(pattern)?.some((word) => restoreLostHyphen(word, ctx.file, ctx.lexicon))) return text;
  return text.replace(pattern, (word, offset: number) => {
    const fixed = restoreLostHyphen(word, ctx.file, ctx.lexicon);
    if (!fixed) return word;
    const index = ctx.corrections.length;
    ctx.corrections.push({ from: word, to: fixed, reason: LOST_HYPHEN_REASON, line: lineAt(offset) });
    return `${CORR_OPEN}${index}${CORR_CLOSE}`;
  });
}

interface Run {
  emphasis: boolean;
  raw: string;
}

type MdNode = { type: string; children?: MdNode[]; position?: { start: { offset?: number }; end: { offset?: number } } };

/**
 * Splits text into emphasized and plain runs. Every run is a raw slice of the source: only the
 * emphasis delimiters themselves are dropped, so escapes, entities and HTML stay literal.
 */
function emphasisRuns(text: string): Run[] {
  // Emphasis needs a delimiter; without one the whole text is a single plain run. A "paragraph"
  // far longer than any resolution has is not read for Markdown at all: micromark's emphasis
  // resolution is super-linear there, and such input is damaged anyway (its text stays intact).
  if (!/[*_]/.test(text) || text.length > MAX_MARKDOWN_CHARS) return [{ emphasis: false, raw: text }];
  const source = GUARD + text;
  const tree = markdown.parse(source) as MdNode;
  const runs: Run[] = [];
  const walk = (nodes: MdNode[], emphasis: boolean) => {
    for (const node of nodes) {
      if ((node.type === 'emphasis' || node.type === 'strong') && node.children?.length) {
        walk(node.children, true);
      } else {
        const raw = source.slice(node.position!.start.offset!, node.position!.end.offset!);
        runs.push({ emphasis, raw });
      }
    }
  };
  walk(tree.children?.[0]?.children ?? [], false);
  const first = runs[0];
  if (first) first.raw = first.raw.replace(GUARD, '');
  return runs;
}

function pushInline(out: Inline[], node: Inline): void {
  const last = out[out.length - 1];
  if (node.type === 'text' && last?.type === 'text') last.value += node.value;
  else if (node.type === 'emphasis' && last?.type === 'emphasis' && last.inferred === node.inferred) last.value += node.value;
  else out.push(node);
}

/** Trims the whole run of inline content and collapses repeated spaces. */
function tidy(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'noteRef') {
      out.push(node);
      continue;
    }
    const value = node.value.replace(/ {2,}/g, ' ');
    if (value) pushInline(out, { ...node, value } as Inline);
  }
  const first = out[0];
  if (first && first.type !== 'noteRef') first.value = first.value.replace(/^ +/, '');
  const last = out[out.length - 1];
  if (last && last.type !== 'noteRef') last.value = trimEndSpaces(last.value);
  return out.filter((n) => n.type === 'noteRef' || n.value !== '');
}

/** Gives the leading operative phrase its italics when the source lost them. */
function inferEmphasis(nodes: Inline[]): Inline[] {
  if (nodes.some((n) => n.type === 'emphasis')) return nodes;
  const first = nodes[0];
  if (first?.type !== 'text') return nodes;
  const phrase = operativePhrase(first.value);
  if (!phrase) return nodes;
  const rest = first.value.slice(phrase.length);
  const head: Inline[] = [{ type: 'emphasis', value: phrase, inferred: true }];
  if (rest) head.push({ type: 'text', value: rest });
  return [...head, ...nodes.slice(1)];
}

export function toInline(lines: Line[], options: { file: string; lexicon: Lexicon; operative: boolean }): InlineResult {
  const ctx: Context = { file: options.file, lexicon: options.lexicon, corrections: [] };
  const joined = joinLines(lines, ctx);
  const text = repairLostHyphens(joined.text, joined.lineAt, ctx);
  const nodes: Inline[] = [];
  for (const run of emphasisRuns(text)) {
    let at = 0;
    const plain = (value: string) => {
      if (value) pushInline(nodes, run.emphasis ? { type: 'emphasis', value, inferred: false } : { type: 'text', value });
    };
    for (const m of run.raw.matchAll(TOKEN)) {
      plain(run.raw.slice(at, m.index));
      if (m[1] !== undefined) nodes.push({ type: 'noteRef', marker: m[1] });
      else nodes.push({ type: 'correction', value: ctx.corrections[Number(m[2])]!.to, original: ctx.corrections[Number(m[2])]!.from });
      at = m.index + m[0].length;
    }
    plain(run.raw.slice(at));
  }
  let inline = tidy(nodes);
  if (options.operative) inline = inferEmphasis(inline);
  return {
    inline,
    text: inline
      .map((n) => (n.type === 'noteRef' ? '' : n.value))
      .join('')
      .replace(/ {2,}/g, ' ')
      .trim(),
    notes: inline.flatMap((n) => (n.type === 'noteRef' ? [n.marker] : [])),
    corrections: ctx.corrections,
  };
}
