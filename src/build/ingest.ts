/**
 * The ingest as the command line (scripts/ingest.ts) runs it: sources parsed in shares, one per
 * core, in worker threads; the data folder checked or replaced as a whole; one file explained.
 */
import { readdir, readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { publishFolder, recoverFolder, stageFolder } from './owned-folder.ts';
import { PDF_TO_TEXT, readSources } from './read-sources.ts';
import {
  ingestCorpus,
  joinShares,
  parseSources,
  prepareCorpus,
  type DecodedSource,
  type FileProblem,
  type IngestResult,
  type SourceFile,
} from '../lib/corpus.ts';
import { explainSource, formatExplanation, type Lexicon } from '../lib/parse/index.ts';

/** Who the manifest of the data folder names as its writer. */
export const INGEST_WRITER = 'npm run ingest';

/** The data folder's files: one JSON per document, named by its id. */
export function dataFiles(result: IngestResult): Map<string, string> {
  return new Map(result.documents.map((d) => [`${d.id}.json`, JSON.stringify(d, null, 2) + '\n']));
}

/**
 * Replaces the output folder with one holding exactly `files`, as a whole (see owned-folder.ts);
 * the caller has checked that the folder is the ingest's to replace.
 */
export function writeData(out: string, files: Map<string, string>): void {
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
export async function staleFiles(out: string, files: Map<string, string>): Promise<string[]> {
  const existing = await readdir(out).catch(() => [] as string[]);
  const stale = existing.filter((n) => n.endsWith('.json') && !files.has(n));
  for (const [name, body] of files) {
    const current = await readFile(join(out, name), 'utf8').catch(() => null);
    if (current !== body) stale.push(name);
  }
  return stale.sort();
}

/** Sources per share below which a worker thread costs more than it saves. */
const SOURCES_PER_SHARE = 100;

/** Marks the worker threads this module starts on itself. */
const SHARE_WORKER = 'ingest-share';

/** What a worker thread is given to parse. */
interface ShareTask {
  decoded: DecodedSource[];
  lexicon: Lexicon;
}

/**
 * Ingests the sources in up to `jobs` shares. This thread decodes them all and builds the
 * lexicon (prepareCorpus) while the worker threads start; then it parses the first share and
 * each worker one other. The result is the one ingestCorpus would give.
 */
export async function ingestInShares(sources: SourceFile[], jobs: number): Promise<IngestResult> {
  const of = Math.max(1, Math.min(jobs, Math.floor(sources.length / SOURCES_PER_SHARE)));
  if (of === 1) return ingestCorpus(sources);
  const workers = Array.from({ length: of - 1 }, () => new Worker(new URL(import.meta.url), { workerData: SHARE_WORKER }));
  try {
    const { decoded, lexicon, problems } = prepareCorpus(sources);
    // Interleaved, so that every share has its part of each series and of each layout.
    const shares = Array.from({ length: of }, (_, k) => decoded.filter((_, i) => i % of === k));
    const parsed = workers.map(
      (worker, k) =>
        new Promise<IngestResult>((done, fail) => {
          worker.once('message', done);
          worker.once('error', fail);
          worker.postMessage({ decoded: shares[k + 1]!, lexicon } satisfies ShareTask);
        }),
    );
    const mine = parseSources(shares[0]!, lexicon);
    return joinShares([mine, ...(await Promise.all(parsed))], problems);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

if (!isMainThread && workerData === SHARE_WORKER) {
  parentPort!.once('message', ({ decoded, lexicon }: ShareTask) => parentPort!.postMessage(parseSources(decoded, lexicon)));
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
