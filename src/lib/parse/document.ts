/**
 * Parses one source text into a resolution document: the parser's single entry point.
 * Pure: it takes the text, the metadata and the corpus lexicon, and returns data or throws a
 * SourceError listing every problem with its line.
 */
import type { Annex, Correction, Footnote, Paragraph, Provenance, ResolutionDocument, SourceMetadata } from '../schema.ts';
import { toBlocks, type Block } from './blocks.ts';
import type { Lexicon } from './corrections.ts';
import { DATE_PATTERN, parseDate } from './dates.ts';
import { separateFootnotes, type NoteText } from './footnotes.ts';
import { readClosing, readMasthead, type Masthead, type Stated } from './header.ts';
import { annexId, documentId, noteId, seriesSlug } from './ids.ts';
import { toInline, type PendingCorrection } from './inline.ts';
import { toLines } from './lines.ts';
import { PLACEHOLDER_CHARS } from './placeholders.ts';
import type { NormalizedText } from './normalize.ts';
import { SourceError, type Problem } from './problems.ts';
import { documentDate, resolutionSymbol, walk } from '../document/index.ts';
import { readPages } from './pages.ts';
import { segment } from './segments.ts';
import { buildAnnexTree, buildTree, type Node } from './structure.ts';

export interface SourceInput {
  /** The file name, recorded in the output and used to tell sources apart in the lexicon. */
  file: string;
  /** The decoded text of the file, normalized. */
  text: NormalizedText;
  sha256: string;
  metadata?: SourceMetadata | undefined;
  /** Name of the metadata file, for messages. */
  metadataFile?: string | undefined;
  lexicon: Lexicon;
}

type Facts = Pick<
  ResolutionDocument,
  'symbol' | 'number' | 'session' | 'agendaItem' | 'agendaTitle' | 'committee' | 'committeeReport' | 'issued' | 'adopted' | 'adoptedAs' | 'provenance'
>;

export function parseResolution(input: SourceInput): ResolutionDocument {
  const text = input.text;
  const token = PLACEHOLDER_CHARS.exec(text);
  if (token) {
    throw new SourceError([
      {
        line: text.slice(0, token.index).split('\n').length,
        message: `private-use character U+${token[0].charCodeAt(0).toString(16).toUpperCase()} is not allowed in a source`,
      },
    ]);
  }
  const problems: Problem[] = [];
  const lines = toLines(text);
  const paged = readPages(text, lines);
  const parts = segment(paged?.lines ?? lines);
  const masthead = readMasthead(parts.masthead, problems);
  const { body, notes, cited } = paged ? { body: parts.body, notes: paged.notes, cited: paged.cited } : separateFootnotes(parts.body);
  const tree = buildTree(toBlocks(body), { single: parts.single });
  for (const p of tree.problems) problems.push(p);

  const corrections: Correction[] = [];
  const heading = (block: Block) => ({ text: block.lines.map((l) => l.text).join(' '), lines: { first: block.lines[0]!.n, last: block.lines.at(-1)!.n } });
  const build = (node: Node, operative: boolean): Paragraph => {
    const result = toInline(node.block.lines, {
      file: input.file,
      lexicon: input.lexicon,
      operative: operative && node.num !== null && /^\d+$/.test(node.num),
    });
    for (const c of result.corrections) corrections.push(withEId(c, node.eId));
    const lines = node.block.lines;
    return {
      eId: node.eId,
      num: node.num,
      text: result.text,
      notes: result.notes,
      inline: result.inline,
      items: node.items.map((item) => build(item, operative)),
      // The last line in the source's order: a line read in another place may be the last read.
      lines: { first: node.block.line, last: Math.max(...lines.map((l) => l.n)) },
      ...(node.heading ? { heading: heading(node.heading) } : {}),
    };
  };
  const preamble = tree.preamble.map((n) => build(n, false));
  const operative = tree.operative.map((n) => build(n, true));
  // An annex's title is the resolution's own, or one its text quotes ("the declaration entitled “…”").
  const titles = [masthead.title ?? '', ...[...operative, ...preamble].flatMap((p) => [...p.text.matchAll(/“([^”]{8,300})”/g)].map((m) => m[1]!))];
  const annexes: Annex[] = parts.annexes.map((lines, k) => {
    const eId = annexId(k + 1);
    const tree = buildAnnexTree(toBlocks(lines.slice(1)), eId, titles);
    for (const p of tree.problems) problems.push(p);
    if (tree.paragraphs.length === 0) problems.push({ line: lines[0]!.n, message: `${lines[0]!.text} has no text` });
    return {
      eId,
      heading: lines[0]!.text,
      ...(tree.title ? { title: heading(tree.title) } : {}),
      paragraphs: tree.paragraphs.map((n) => build(n, false)),
      lines: { first: lines[0]!.n, last: lines.at(-1)!.n },
    };
  });
  const footnotes = buildFootnotes(notes, cited, [...preamble, ...operative, ...annexes.flatMap((a) => a.paragraphs)], input, corrections, problems);

  const closing = readClosing(parts.closing);
  const facts = resolveFacts(masthead, closing, input, problems);
  if (!masthead.title) problems.push({ line: parts.formula.n, message: 'no title above "The General Assembly,"' });
  else if (!seriesSlug(masthead.title))
    problems.push({
      line: parts.formula.n - 1,
      message: `a title without Latin letters or digits ("${masthead.title.slice(0, 60)}"): its series cannot be named in an address`,
    });
  if (problems.length) throw new SourceError(problems.sort((a, b) => a.line - b.line));

  const kind = masthead.isDraft ? 'draft' : 'resolution';
  const year = documentDate(facts)?.iso.slice(0, 4) ?? null;
  return {
    id: documentId({ symbol: facts.symbol, kind, session: facts.session, committee: facts.committee, year }),
    symbol: facts.symbol,
    number: facts.number,
    kind,
    title: masthead.title!,
    series: seriesSlug(masthead.title!),
    session: facts.session,
    agendaItem: facts.agendaItem,
    agendaTitle: facts.agendaTitle,
    committee: facts.committee,
    committeeReport: facts.committeeReport,
    issued: facts.issued,
    adopted: facts.adopted,
    adoptedAs: facts.adoptedAs,
    sponsors: masthead.sponsors?.value ?? [],
    submittedBy: masthead.submittedBy?.value ?? null,
    recalls: readRecalls(preamble),
    masthead: parts.masthead.map((l) => l.text),
    formula: parts.chapeau ? `${parts.formula.text} ${parts.chapeau.text}` : parts.formula.text,
    preamble,
    operative,
    closing: closing?.lines ?? [],
    annexes,
    footnotes,
    mastheadNotes: paged?.mastheadNotes ?? [],
    corrections: corrections.sort((a, b) => a.line - b.line),
    removed: paged?.removed ?? [],
    moved: paged?.moved ?? [],
    provenance: facts.provenance,
    source: { file: input.file, sha256: input.sha256 },
  };
}

const withEId = (c: PendingCorrection, eId: string): Correction => ({ eId, ...c });

function buildFootnotes(
  notes: NoteText[],
  cited: string[],
  paragraphs: Paragraph[],
  input: SourceInput,
  corrections: Correction[],
  problems: Problem[],
): Footnote[] {
  const citedBy = new Map<string, string[]>();
  for (const p of walk(paragraphs)) {
    for (const marker of p.notes) {
      const list = citedBy.get(marker) ?? [];
      if (!list.includes(p.eId)) list.push(p.eId);
      citedBy.set(marker, list);
    }
  }
  const texts = new Map<string, NoteText>();
  for (const note of notes) {
    const line = note.lines[0]!.n;
    if (texts.has(note.marker))
      problems.push({ line, message: `footnote ${note.marker} is given twice (first at line ${texts.get(note.marker)!.lines[0]!.n})` });
    else if (!cited.includes(note.marker)) problems.push({ line, message: `footnote ${note.marker} has a text but its marker is never cited in the text` });
    else texts.set(note.marker, note);
  }
  return [...citedBy.keys()]
    .sort((a, b) => Number(a) - Number(b))
    .map((marker) => {
      const by = citedBy.get(marker)!;
      const eId = noteId(by[0]!, marker);
      const note = texts.get(marker);
      if (!note) return { eId, marker, text: null, inline: [], citedBy: by, lines: null };
      const result = toInline(note.lines, { file: input.file, lexicon: input.lexicon, operative: false });
      for (const c of result.corrections) corrections.push(withEId(c, eId));
      const apart = note.markerLine !== undefined && note.markerLine !== note.lines[0]!.n ? { markerLine: note.markerLine } : {};
      const here = note.lines.slice(0, note.continuesAt);
      const there = note.continuesAt === undefined ? [] : note.lines.slice(note.continuesAt);
      const span = (lines: typeof here) => ({ first: lines[0]!.n, last: lines[lines.length - 1]!.n });
      const continued = there.length ? { continued: span(there) } : {};
      return { eId, marker, text: result.text, inline: result.inline, citedBy: by, lines: span(here), ...apart, ...continued };
    });
}

const RECALLED = new RegExp(`(\\d+/\\d+) of (${DATE_PATTERN})`, 'g');

function readRecalls(preamble: Paragraph[]): ResolutionDocument['recalls'] {
  return preamble
    .filter((p) => /^Recalling (?:also )?its resolutions? \d/.test(p.text))
    .flatMap((p) => [...p.text.matchAll(RECALLED)].map((m) => ({ number: m[1]!, date: parseDate(m[2]!)! })));
}

/**
 * Each fact from the first of: the text, the metadata file, a rule applied to facts already
 * known. Metadata that contradicts the text is an error, not a silent override.
 */
function resolveFacts(masthead: Masthead, closing: ReturnType<typeof readClosing>, input: SourceInput, problems: Problem[]): Facts {
  const provenance: Facts['provenance'] = {};
  const meta = input.metadata ?? {};
  const metaFile = input.metadataFile ?? 'metadata';
  const fromText = <T>(field: keyof Facts['provenance'] & keyof SourceMetadata, stated: Stated<T> | undefined): T | null => {
    const m = meta[field] as { value: unknown; basis: string; inference: boolean } | undefined;
    if (stated) {
      if (m && JSON.stringify(m.value) !== JSON.stringify(stated.value)) {
        problems.push({
          line: stated.line,
          message: `${metaFile} gives ${field} ${JSON.stringify(m.value)} but the text states ${JSON.stringify(stated.value)}`,
        });
      }
      provenance[field] = { origin: 'text', basis: `Stated in the source, line ${stated.line}: "${stated.quote}"`, inference: false };
      return stated.value;
    }
    if (m) {
      provenance[field] = { origin: 'metadata', basis: m.basis, inference: m.inference };
      return m.value as T;
    }
    return null;
  };
  const byRule = (field: keyof Facts['provenance'], basis: string, from: Provenance | undefined): void => {
    provenance[field] = { origin: 'rule', basis, inference: from?.inference ?? false };
  };

  const number = fromText('number', masthead.number);
  let symbol = fromText('symbol', masthead.symbol);
  if (!symbol && number && !masthead.isDraft) {
    symbol = resolutionSymbol(number);
    byRule('symbol', `General Assembly resolution ${number} bears the symbol ${symbol} by the UN's document-symbol convention`, provenance.number);
  }
  let session = fromText('session', masthead.session);
  if (session === null && number) {
    session = Number(number.split('/')[0]);
    byRule('session', `The first part of a resolution number is its session: ${number} belongs to session ${session}`, provenance.number);
  }
  if (session === null) {
    problems.push({ line: 1, message: `session unknown: the text states neither a session nor a resolution number; give one in ${metaFile}` });
    session = 0;
  }
  if (number && session && Number(number.split('/')[0]) !== session) {
    problems.push({ line: masthead.number?.line ?? 1, message: `resolution number ${number} does not belong to session ${session}` });
  }
  const agendaItem = fromText('agendaItem', masthead.agendaItem);
  const agendaTitle = fromText('agendaTitle', masthead.agendaTitle);
  const committee = fromText('committee', masthead.committee);
  const committeeReport = fromText('committeeReport', masthead.committeeReport);
  const issued = masthead.issued?.value ?? null;
  if (masthead.issued) provenance.issued = { origin: 'text', basis: `Stated in the masthead: "${masthead.issued.quote}"`, inference: false };

  let adopted: Facts['adopted'] = null;
  if (closing) {
    adopted = { date: closing.date, meeting: closing.meeting };
    provenance.adopted = { origin: 'text', basis: `Stated in the closing: "${closing.lines.join(', ')}"`, inference: false };
    if (masthead.adoptedOn && masthead.adoptedOn.value !== closing.date) {
      problems.push({ line: masthead.adoptedOn.line, message: `adopted on ${masthead.adoptedOn.value} says the masthead, ${closing.date} the closing` });
    }
  }
  const adoptedAs = meta.adoptedAs ? meta.adoptedAs.value : null;
  if (meta.adoptedAs) provenance.adoptedAs = { origin: 'metadata', basis: meta.adoptedAs.basis, inference: meta.adoptedAs.inference };
  return { symbol, number, session, agendaItem, agendaTitle, committee, committeeReport, issued, adopted, adoptedAs, provenance };
}
