/**
 * Ingests a corpus: decodes, parses, validates and checks every source, all or nothing.
 * Pure: it receives the files' bytes and returns documents or problems; the CLI does the I/O.
 */
import { createHash } from 'node:crypto';
import { checkFidelity } from './fidelity.ts';
import { byDate } from './document/index.ts';
import { checkInvariants } from './invariants.ts';
import { isSiteRoute } from './site/urls.ts';
import { buildLexicon, decodeSource, normalize, parseResolution, SourceError, type Lexicon, type NormalizedText } from './parse/index.ts';
import { resolutionDocumentSchema, sourceMetadataSchema, type ResolutionDocument, type SourceMetadata } from './schema.ts';

export interface SourceFile {
  /** File name, e.g. "a-res-66-24.txt". */
  file: string;
  bytes: Uint8Array;
  /** SHA-256 of the file as received, where `bytes` are not it (the text read from a PDF). */
  sha256?: string;
  /** The metadata file beside it, if any. */
  metadata?: { file: string; bytes: Uint8Array };
}

export interface FileProblem {
  file: string;
  line: number;
  message: string;
}

/** Opens the message of a problem found by the invariants of a right reading, not by the parser. */
export const INVARIANT = 'misreading refused:';

/** At most this many problems are reported per file: past that, one line says how many more. */
export const MAX_PROBLEMS_PER_FILE = 50;

function report(problems: FileProblem[], file: string, found: ReadonlyArray<{ line: number; message: string }>): void {
  for (const p of found.slice(0, MAX_PROBLEMS_PER_FILE)) problems.push({ file, line: p.line, message: p.message });
  if (found.length > MAX_PROBLEMS_PER_FILE) {
    problems.push({ file, line: found[MAX_PROBLEMS_PER_FILE]!.line, message: `and ${found.length - MAX_PROBLEMS_PER_FILE} more problems` });
  }
}

/**
 * All documents, or the problems and, beside them, the documents of the sources that had none
 * (what `--keep-going` writes).
 */
export type IngestResult<D extends Joinable = ResolutionDocument> = { ok: true; documents: D[] } | { ok: false; problems: FileProblem[]; documents: D[] };

/** What joining the shares of a corpus needs of a document: its id, its source's name and its dates (the corpus' order). */
export type Joinable = Pick<ResolutionDocument, 'id' | 'adopted' | 'issued'> & { source: Pick<ResolutionDocument['source'], 'file'> };

/** 1-based line of a character offset. */
const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function readMetadata(meta: NonNullable<SourceFile['metadata']>, problems: FileProblem[]): SourceMetadata | undefined {
  const text = new TextDecoder().decode(meta.bytes);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec(String(error))?.[1];
    problems.push({ file: meta.file, line: at ? lineOf(text, Number(at)) : 1, message: `not valid JSON: ${(error as Error).message}` });
    return undefined;
  }
  const parsed = sourceMetadataSchema.safeParse(json);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const key = String(issue.path[0] ?? '');
      const at = key ? text.indexOf(`"${key}"`) : -1;
      problems.push({ file: meta.file, line: at >= 0 ? lineOf(text, at) : 1, message: `${issue.path.join('.') || '(root)'}: ${issue.message}` });
    }
    return undefined;
  }
  return parsed.data;
}

/** A source read and decoded, with its metadata: ready to parse. */
export interface DecodedSource {
  source: SourceFile;
  /** Its text, decoded and normalized once for the lexicon, the parser and the checks. */
  text: NormalizedText;
  metadata: SourceMetadata | undefined;
}

/** A corpus decoded, with the lexicon of all its sources and the problems found so far. */
export interface PreparedCorpus {
  decoded: DecodedSource[];
  lexicon: Lexicon;
  problems: FileProblem[];
}

/** Ingests a corpus: `prepareCorpus`, then `parseSources` over all of it, keeping of each document what `keep` makes of it. */
export function ingestCorpus<D extends Joinable = ResolutionDocument>(sources: SourceFile[], keep?: (doc: ResolutionDocument) => D): IngestResult<D> {
  const { decoded, lexicon, problems } = prepareCorpus(sources);
  return joinShares([parseSources(decoded, lexicon, keep)], problems);
}

/**
 * Decodes every source and builds the lexicon of them all: the corpus-wide step. What follows,
 * `parseSources`, needs only its own sources and the lexicon, so shares of a corpus can be
 * parsed in parallel and joined by `joinShares`, with the same result as one pass. Shares may
 * also decode their own sources (`decodeSources`) and build their part of the lexicon
 * (`lexiconPart`, `joinLexicons`).
 */
export function prepareCorpus(sources: SourceFile[]): PreparedCorpus {
  const { decoded, problems } = decodeSources(sources);
  const lexicon = buildLexicon(decoded.map((d) => ({ file: d.source.file, text: d.text })));
  return { decoded, lexicon, problems };
}

/** Each source decoded, normalized and with its metadata read, or its problems. */
export function decodeSources(sources: SourceFile[]): { decoded: DecodedSource[]; problems: FileProblem[] } {
  const problems: FileProblem[] = [];
  const decoded: DecodedSource[] = [];
  for (const source of sources) {
    try {
      const text = normalize(decodeSource(source.bytes));
      const metadata = source.metadata ? readMetadata(source.metadata, problems) : undefined;
      decoded.push({ source, text, metadata });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      report(problems, source.file, error.problems);
    }
  }
  return { decoded, problems };
}

/**
 * Parses, validates and checks decoded sources against the lexicon of their corpus; of each
 * document read, keeps what `keep` makes of it (at once, so that a share of thousands of texts
 * never holds all their documents).
 */
export function parseSources<D extends Joinable = ResolutionDocument>(
  decoded: DecodedSource[],
  lexicon: Lexicon,
  keep: (doc: ResolutionDocument) => D = (doc) => doc as unknown as D,
): IngestResult<D> {
  const problems: FileProblem[] = [];
  const documents: D[] = [];
  for (const { source, text, metadata } of decoded) {
    try {
      const doc = parseResolution({
        file: source.file,
        text,
        sha256: source.sha256 ?? createHash('sha256').update(source.bytes).digest('hex'),
        metadata,
        metadataFile: source.metadata?.file,
        lexicon,
      });
      const valid = resolutionDocumentSchema.safeParse(doc);
      if (!valid.success) {
        report(
          problems,
          source.file,
          valid.error.issues.map((i) => ({ line: 1, message: `invalid output at ${i.path.join('.')}: ${i.message}` })),
        );
        continue;
      }
      const before = problems.length;
      if (isSiteRoute(valid.data.id)) {
        const at = valid.data.symbol ? text.split('\n').findIndex((l) => l.includes(valid.data.symbol!)) + 1 : 0;
        problems.push({
          file: source.file,
          line: at || 1,
          message: `the document's address /${valid.data.id}/ is one of the site's own (from its symbol ${JSON.stringify(valid.data.symbol)}): not a General Assembly symbol?`,
        });
      }
      report(problems, source.file, checkFidelity(text, valid.data));
      report(
        problems,
        source.file,
        checkInvariants(text, valid.data).map((v) => ({ line: v.line, message: `${INVARIANT} ${v.message}` })),
      );
      if (problems.length === before) documents.push(keep(valid.data));
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      report(problems, source.file, error.problems);
    }
  }
  return problems.length ? { ok: false, problems, documents } : { ok: true, documents };
}

/** Joins the results of the shares of one corpus, with the problems its preparation found: all problems, or all documents in order. */
export function joinShares<D extends Joinable>(results: IngestResult<D>[], prepared: FileProblem[] = []): IngestResult<D> {
  // File by file, as one pass over the sorted sources would report them.
  const problems = [...prepared, ...results.flatMap((r) => (r.ok ? [] : r.problems))].sort((a, b) => byName(a.file, b.file));
  const seen = new Map<string, string>();
  const documents: D[] = [];
  for (const doc of results.flatMap((r) => r.documents).sort((a, b) => byName(a.source.file, b.source.file))) {
    const other = seen.get(doc.id);
    if (other) problems.push({ file: doc.source.file, line: 1, message: `same document id "${doc.id}" as ${other}` });
    else documents.push(doc);
    seen.set(doc.id, doc.source.file);
  }
  documents.sort(byDate);
  return problems.length ? { ok: false, problems, documents } : { ok: true, documents };
}

/** The order of a sorted folder listing. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
