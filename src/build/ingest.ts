/**
 * The ingest as the command line (scripts/ingest.ts) runs it: sources parsed in shares, one per
 * core, in worker threads; the data folder checked or replaced as a whole; one file explained.
 */
import { readdir, readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { dataFileName, SUMMARIES_FILE, summariesText } from './data-files.ts';
import { publishFolder, recoverFolder, stageFolder } from './owned-folder.ts';
import { PDF_TO_TEXT, readSources } from './read-sources.ts';
import {
  decodeSources,
  ingestCorpus,
  joinShares,
  parseSources,
  type DecodedSource,
  type FileProblem,
  type IngestResult,
  type Joinable,
  type SourceFile,
} from '../lib/corpus.ts';
import { explainSource, formatExplanation, joinLexicons, lexiconPart, type Lexicon, type LexiconPart } from '../lib/parse/index.ts';
import { documentJson } from '../lib/export/files.ts';
import { documentSummary, type DocumentSummary, type ResolutionDocument } from '../lib/schema.ts';

/** Who the manifest of the data folder names as its writer. */
export const INGEST_WRITER = 'npm run ingest';

/**
 * A document as the data folder holds it: what joining the shares needs, its file's bytes and its
 * summary. Bytes, not text: they are half the size of the text in memory (most of it is ASCII,
 * held as UTF-16 where a text has a curly quote), and a worker thread hands them over uncopied.
 */
export interface WrittenDocument extends Joinable {
  body: Uint8Array;
  summary: DocumentSummary;
}

const utf8 = new TextEncoder();

/** A document as its data file. */
export function writtenDocument(doc: ResolutionDocument): WrittenDocument {
  return {
    id: doc.id,
    adopted: doc.adopted,
    issued: doc.issued,
    source: { file: doc.source.file },
    body: utf8.encode(documentJson(doc)),
    summary: documentSummary(doc),
  };
}

/** The data folder's files, as bytes: one JSON per document, named by its id, and their summaries. */
export function dataFiles(result: IngestResult<WrittenDocument>): Map<string, Uint8Array> {
  return new Map([
    ...result.documents.map((d): [string, Uint8Array] => [dataFileName(d.id), d.body]),
    [SUMMARIES_FILE, utf8.encode(summariesText(result.documents.map((d) => d.summary)))],
  ]);
}

/**
 * Replaces the output folder with one holding exactly `files`, as a whole (see owned-folder.ts);
 * the caller has checked that the folder is the ingest's to replace.
 */
export function writeData(out: string, files: Map<string, Uint8Array>): void {
  const staged = stageFolder(out);
  try {
    for (const [name, body] of files) writeFileSync(join(staged, name), body);
    publishFolder(staged, out, INGEST_WRITER);
  } catch (error) {
    recoverFolder(out);
    throw error;
  }
}

/** The files of `out` that differ from `files` or should not be there, sorted. */
export async function staleFiles(out: string, files: Map<string, Uint8Array>): Promise<string[]> {
  const existing = await readdir(out).catch(() => [] as string[]);
  const stale = existing.filter((n) => n.endsWith('.json') && !files.has(n));
  for (const [name, body] of files) {
    const current = await readFile(join(out, name)).catch(() => null);
    if (!current?.equals(body)) stale.push(name);
  }
  return stale.sort();
}

/**
 * Bytes of source text a share is worth. A worker thread's start (its own modules, a compiler
 * still cold) costs about a CPU-second and a half, what parsing some 5 MB of text takes; below
 * that, one thread is as fast and leaves the other core to the build's Astro start-up. Measured
 * on two cores, one thread against two: 1000 synthetic sources (5.6 MB) 2.6 s against 2.5-2.9 s
 * and 1.4 CPU-seconds more; 2000 (11.2 MB) 5.3 s against 4.7 s; the real corpus (19.5 MB)
 * 7.7-9.0 s against 6.3-6.6 s.
 */
const SOURCE_BYTES_PER_SHARE = 5_000_000;

/** How many shares `sources` are worth parsing in, on `cores` cores. */
export function worthwhileShares(sources: readonly SourceFile[], cores: number): number {
  const bytes = sources.reduce((sum, s) => sum + s.bytes.length, 0);
  return Math.max(1, Math.min(cores, Math.floor(bytes / SOURCE_BYTES_PER_SHARE)));
}

/** Marks the worker threads this module starts on itself. */
const SHARE_WORKER = 'ingest-share';

/** A share's part of the lexicon, with the problems of its sources' decoding. */
interface Decoded {
  lexicon: LexiconPart;
  problems: FileProblem[];
}

/** Sources of a share, with their places in the corpus. */
interface ShareSources {
  sources: SourceFile[];
  at: number[];
}

/**
 * One share of the corpus, in the thread that parses it: it decodes its sources and builds its
 * part of the lexicon, then, given the lexicon of the whole corpus, parses them and gives back
 * each document as its data file. Only lexicons and file texts cross between threads.
 */
class Share {
  #decoded: DecodedSource[] = [];

  decode({ sources, at }: ShareSources): Decoded {
    const { decoded, problems } = decodeSources(sources);
    this.#decoded = decoded;
    const place = new Map(sources.map((s, i) => [s.file, at[i]!]));
    return { lexicon: lexiconPart(decoded.map((d) => ({ file: d.source.file, text: d.text, at: place.get(d.source.file)! }))), problems };
  }

  parse(lexicon: Lexicon): IngestResult<WrittenDocument> {
    const result = parseSources(this.#decoded, lexicon, writtenDocument);
    this.#decoded = [];
    return result;
  }
}

/**
 * Ingests the sources in `shares` shares (fewer if there are fewer sources), this thread's and
 * one per worker thread: each share decodes its sources and builds its part of the lexicon;
 * joined, the parts make the lexicon of the corpus, against which each share parses. The result
 * is the one ingestCorpus would give.
 */
export async function ingestInShares(sources: SourceFile[], shares: number): Promise<IngestResult<WrittenDocument>> {
  const of = Math.max(1, Math.min(shares, sources.length));
  if (of === 1) return ingestCorpus(sources, writtenDocument);
  const workers = Array.from({ length: of - 1 }, () => new Worker(new URL(import.meta.url), { workerData: SHARE_WORKER }));
  const ask = <T>(worker: Worker, message: ShareMessage) =>
    new Promise<T>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
      worker.postMessage(message);
    });
  try {
    // Interleaved, so that every share has its part of each series and of each layout.
    const shares = Array.from({ length: of }, (_, k): ShareSources => {
      const at = sources.map((_, i) => i).filter((i) => i % of === k);
      return { sources: at.map((i) => sources[i]!), at };
    });
    const decoding = workers.map((worker, k) => ask<Decoded>(worker, { decode: shares[k + 1]! }));
    const mine = new Share();
    const decoded = [mine.decode(shares[0]!), ...(await Promise.all(decoding))];
    const lexicon = joinLexicons(decoded.map((d) => d.lexicon));
    const parsing = workers.map((worker) => ask<IngestResult<WrittenDocument>>(worker, { parse: lexicon }));
    const parsed = [mine.parse(lexicon), ...(await Promise.all(parsing))];
    return joinShares(
      parsed,
      decoded.flatMap((d) => d.problems),
    );
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

type ShareMessage = { decode: ShareSources } | { parse: Lexicon };

if (!isMainThread && workerData === SHARE_WORKER) {
  const share = new Share();
  parentPort!.on('message', (message: ShareMessage) => {
    if ('decode' in message) return parentPort!.postMessage(share.decode(message.decode));
    const parsed = share.parse(message.parse);
    // Handed over, not copied: each body has a buffer of its own (TextEncoder's).
    parentPort!.postMessage(
      parsed,
      parsed.documents.map((d) => d.body.buffer as ArrayBuffer),
    );
  });
}

export interface Explanation {
  /** Every line of the file with what it was read as, then the verdict. */
  report: string;
  read: boolean;
  /** Problems that kept the file from being read at all (not a text, not readable). */
  unreadable: FileProblem[];
}

/**
 * What each line of one source was read as, judged within the corpus of `sourcesDir` (its
 * lexicon decides repairs as the ingest's does). `shown` is the file's name as the user typed it.
 */
export async function explainFile(file: string, sourcesDir: string, shown: string): Promise<Explanation> {
  const unreadable: FileProblem[] = [];
  const [source] = await readSources(dirname(file), unreadable, basename(file));
  if (!source) return { report: '', read: false, unreadable };
  const corpus = resolve(dirname(file)) === resolve(sourcesDir) ? [] : await readSources(sourcesDir, []);
  const result = ingestCorpus([source, ...corpus.filter((s) => s.file !== source.file)]);
  const document = result.documents.find((d) => d.source.file === source.file) ?? null;
  const own = result.ok ? [] : result.problems.filter((p) => p.file === source.file);
  let report = formatExplanation(shown, explainSource(new TextDecoder().decode(source.bytes), document, own));
  if (source.file.endsWith('.pdf')) report += `(lines of ${basename(file)} are lines of its text as ${PDF_TO_TEXT.join(' ')} gives it)\n`;
  report += document ? `explain: ${shown} is read\n` : `explain: ${shown} is refused: ${own.length} problem${own.length === 1 ? '' : 's'}\n`;
  return { report, read: document !== null, unreadable };
}
