/**
 * What each line of a source was read as, for `npm run ingest -- --explain FILE`: a user adding
 * a text sees at once whether the masthead, the paragraphs and the footnotes were read right,
 * or where and why the text was refused.
 */
import type { ResolutionDocument } from '../schema.ts';
import { parseEId, walk, withPoints } from '../document/index.ts';
import { readMasthead, type Masthead } from './header.ts';
import { toLines, type Line } from './lines.ts';
import { normalize } from './normalize.ts';
import { readPages } from './pages.ts';
import type { Problem } from './problems.ts';
import { segment } from './segments.ts';

export interface ExplainedLine {
  n: number;
  text: string;
  /** What the line was read as ("preamble 3", "operative 4 (b)", "removed: page number" …); "" for a blank line. */
  read: string;
  /** The problems the ingest found on this line. */
  problems: string[];
}

const FIELD_NAMES: Record<Exclude<keyof Masthead, 'isDraft' | 'title'>, string> = {
  symbol: 'symbol',
  number: 'resolution number',
  session: 'session',
  agendaItem: 'agenda item',
  agendaTitle: 'agenda item title',
  committee: 'committee',
  committeeReport: 'committee report',
  issued: 'distribution and date',
  adoptedOn: 'adoption date',
  sponsors: 'sponsors',
  submittedBy: 'submitted by',
};

/** "preamble__p_3" -> "preamble 3", "para_4__list_1__point_b" -> "operative 4 (b)", "annex_1__p_2" -> "annex 1, unnumbered 2". */
export function partName(eId: string): string {
  const parsed = parseEId(eId);
  if (!parsed || parsed.kind === 'note') return eId;
  const head =
    parsed.kind === 'annex' ? `annex ${parsed.annex}, ${parsed.numbered ? 'paragraph' : 'unnumbered'} ${parsed.number}` : `${parsed.kind} ${parsed.number}`;
  return withPoints(head, parsed.points);
}

/** The masthead fields by line, where the masthead can be read at all. */
function mastheadLines(lines: Line[], text: string): Map<number, string> {
  const read = new Map<number, string>();
  try {
    const paged = readPages(text, lines);
    const parts = segment(paged?.lines ?? lines);
    const masthead = readMasthead(parts.masthead, []);
    for (const [field, name] of Object.entries(FIELD_NAMES)) {
      const stated = masthead[field as keyof typeof FIELD_NAMES];
      if (stated && !read.has(stated.line)) read.set(stated.line, `masthead: ${name}`);
    }
    if (masthead.committee && masthead.committee.line === masthead.committeeReport?.line)
      read.set(masthead.committee.line, 'masthead: committee and its report');
    read.set(parts.formula.n, 'enacting formula');
    if (parts.chapeau) read.set(parts.chapeau.n, 'enacting formula: its verb');
    // A field's value wrapped over lines: the lines after its first that its value holds.
    const wrapped = [masthead.agendaTitle, masthead.committeeReport, masthead.submittedBy].filter((s) => s !== undefined);
    for (const line of parts.masthead) {
      if (read.has(line.n)) continue;
      const field = wrapped.find((s) => s.line < line.n && line.n <= s.line + 3 && (s.value.includes(line.text) || s.quote.includes(line.text)));
      const name = field
        ? read.get(field.line)
        : /^Distr\.:/.test(line.text)
          ? 'masthead: distribution and date'
          : /^Resolution adopted by/.test(line.text)
            ? 'masthead: adoption'
            : 'masthead';
      read.set(line.n, name ?? 'masthead');
    }
  } catch {
    /* refused before the masthead could be told apart: the line kinds say the rest */
  }
  return read;
}

/**
 * Every line of `source` with what it was read as: from the document where it was read, else
 * from the line grammar and the masthead as far as they go, with each problem on its line.
 */
export function explainSource(source: string, document: ResolutionDocument | null, problems: readonly Problem[]): ExplainedLine[] {
  const text = normalize(source);
  const lines = toLines(text);
  const read = mastheadLines(lines, text);
  if (document) {
    const titleWords = new Set(document.title.toLowerCase().split(/\s+/));
    for (const [n, what] of read) {
      const line = lines[n - 1]!;
      if (
        what === 'masthead' &&
        line.text
          .toLowerCase()
          .split(/\s+/)
          .every((w) => titleWords.has(w))
      )
        read.set(n, 'title');
    }
    // Items after their paragraph, so that an item's lines are named by the item.
    for (const annex of document.annexes) {
      read.set(annex.lines.first, `${annex.eId.replace('_', ' ')}: heading`);
      if (annex.title) for (let n = annex.title.lines.first; n <= annex.title.lines.last; n++) read.set(n, `${annex.eId.replace('_', ' ')}: title`);
    }
    for (const part of walk([...document.preamble, ...document.operative, ...document.annexes.flatMap((a) => a.paragraphs)])) {
      for (let n = part.lines.first; n <= part.lines.last; n++) read.set(n, partName(part.eId));
      if (part.heading) for (let n = part.heading.lines.first; n <= part.heading.lines.last; n++) read.set(n, `heading above ${partName(part.eId)}`);
    }
    for (const note of document.footnotes) {
      if (note.lines) for (let n = note.lines.first; n <= note.lines.last; n++) read.set(n, `footnote ${note.marker}`);
      if (note.continued) for (let n = note.continued.first; n <= note.continued.last; n++) read.set(n, `footnote ${note.marker}, continued`);
      if (note.markerLine) read.set(note.markerLine, `footnote ${note.marker}: its number`);
    }
    const lastPart = Math.max(...[...walk(document.operative)].map((p) => p.lines.last));
    for (const closing of document.closing) {
      const at = lines.findIndex((l) => l.n > lastPart && l.text.replace(/^\*+|\*+$/g, '').includes(closing));
      if (at !== -1 && !read.has(at + 1)) read.set(at + 1, 'closing');
    }
    for (const note of document.mastheadNotes) for (let n = note.lines.first; n <= note.lines.last; n++) read.set(n, `masthead note ${note.marker}`);
    for (const m of document.moved) read.set(m.line, `${read.get(m.line) ?? 'not read'}, read after line ${m.after}`);
    // A part of a line removed (a rule at the end of a text line) leaves the line what it was read as.
    for (const r of document.removed) if (r.text === lines[r.line - 1]!.text) read.set(r.line, `removed: ${r.reason}`);
  }
  const found = new Map<number, string[]>();
  for (const p of problems) found.set(p.line, [...(found.get(p.line) ?? []), p.message]);
  return lines.map((line) => ({
    n: line.n,
    text: line.text,
    read: line.kind === 'blank' ? '' : (read.get(line.n) ?? (document ? 'not read' : `(a ${line.kind} line)`)),
    problems: found.get(line.n) ?? [],
  }));
}

/** The explanation as the CLI prints it: line number, what it was read as, the line. */
export function formatExplanation(file: string, lines: ExplainedLine[]): string {
  const width = Math.min(48, Math.max(...lines.map((l) => l.read.length)));
  const digits = String(lines.length).length;
  const out = lines.map((l) => {
    const row = `${String(l.n).padStart(digits)}  ${l.read.padEnd(width)} │ ${l.text}`.trimEnd();
    return [row, ...l.problems.map((p) => `${' '.repeat(digits)}  ${'▲ refused'.padEnd(width)} │ ${file}:${l.n}: ${p}`)].join('\n');
  });
  return out.join('\n') + '\n';
}
