/**
 * The ingest CLI: content/sources/*.txt|*.pdf (+ *.meta.json) -> content/resolutions/*.json.
 *
 *   npm run ingest                                  # the defaults below
 *   npm run ingest -- --sources DIR --out DIR
 *   npm run ingest -- --check                       # exit 1 if the committed JSON is stale
 *   npm run ingest -- --explain FILE                # what each line of FILE was read as
 *   npm run ingest -- --keep-going                  # write what was read, list what was refused
 *   npm run ingest -- --jobs 1                      # threads to parse in (default: one per core)
 *
 * On bad input it prints one line per problem, `FILE:LINE: message`, exits 1 and changes
 * nothing in the output folder (with --keep-going it writes the documents read, and still
 * exits 1). The output folder is replaced as a whole and only if the ingest owns it
 * (src/build/owned-folder.ts). A large corpus is parsed in shares, one per core, in worker
 * threads (see prepareCorpus).
 */
import { readdir, readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { publishFolder, recoverFolder, refuseOut, refuseReplace, stageFolder } from '../src/build/owned-folder.ts';
import { PDF_TO_TEXT, readSources } from '../src/build/read-sources.ts';
import {
  ingestCorpus,
  joinShares,
  parseSources,
  prepareCorpus,
  type DecodedSource,
  type FileProblem,
  type IngestResult,
  type SourceFile,
} from '../src/lib/corpus.ts';
import { explainSource, formatExplanation, type Lexicon } from '../src/lib/parse/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Who the manifest of the data folder names as its writer. */
const WRITER = 'npm run ingest';

/**
 * Replaces the output folder with one holding exactly `files`, as a whole (see
 * src/build/owned-folder.ts): refused, with a message, when the folder is not the ingest's.
 */
function writeAll(out: string, files: Map<string, string>): void {
  const staged = stageFolder(out);
  try {
    for (const [name, body] of files) writeFileSync(join(staged, name), body);
    publishFolder(staged, out, WRITER);
  } catch (error) {
    recoverFolder(out);
    throw error;
  }
}

async function staleFiles(out: string, files: Map<string, string>): Promise<string[]> {
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

/**
 * Ingests the sources in up to `jobs` shares. This thread decodes them all and builds the
 * lexicon (prepareCorpus) while the worker threads start; then it parses the first share and
 * each worker one other.
 */
async function ingestInShares(sources: SourceFile[], jobs: number): Promise<IngestResult> {
  const of = Math.max(1, Math.min(jobs, Math.floor(sources.length / SOURCES_PER_SHARE)));
  if (of === 1) return ingestCorpus(sources);
  const workers = Array.from({ length: of - 1 }, () => new Worker(new URL(import.meta.url)));
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

/** What a worker thread is given to parse. */
interface ShareTask {
  decoded: DecodedSource[];
  lexicon: Lexicon;
}

/** A path as the user would type it: relative inside the working folder, absolute outside it. */
function displayPath(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : resolve(file);
}

/** Prints what each line of one source was read as; 0 when it was read, 1 when refused. */
async function explain(file: string, sourcesDir: string): Promise<number> {
  const problems: FileProblem[] = [];
  const [source] = await readSources(dirname(file), problems, basename(file));
  if (!source) {
    for (const p of problems) console.error(`${displayPath(p.file)}:${p.line}: ${p.message}`);
    return 1;
  }
  // The lexicon of the corpus the file joins, so that repairs are judged as the ingest judges them.
  const corpus = resolve(dirname(file)) === resolve(sourcesDir) ? [] : await readSources(sourcesDir, []);
  const result = ingestCorpus([source, ...corpus.filter((s) => s.file !== source.file)]);
  const document = result.documents.find((d) => d.source.file === source.file) ?? null;
  const own = result.ok ? [] : result.problems.filter((p) => p.file === source.file);
  process.stdout.write(formatExplanation(displayPath(file), explainSource(new TextDecoder().decode(source.bytes), document, own)));
  if (source.file.endsWith('.pdf')) console.log(`(lines of ${basename(file)} are lines of its text as ${PDF_TO_TEXT.join(' ')} gives it)`);
  console.log(
    document ? `explain: ${displayPath(file)} is read` : `explain: ${displayPath(file)} is refused: ${own.length} problem${own.length === 1 ? '' : 's'}`,
  );
  return document ? 0 : 1;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content/resolutions' },
      check: { type: 'boolean', default: false },
      explain: { type: 'string' },
      'keep-going': { type: 'boolean', default: false },
      jobs: { type: 'string', default: String(availableParallelism()) },
    },
  });
  if (values.explain) return explain(values.explain, values.sources);
  if (!values.check) {
    recoverFolder(values.out);
    const refusal = refuseOut(values.out, { keep: [values.sources], root: ROOT }) ?? refuseReplace(values.out, WRITER);
    if (refusal) {
      console.error(`ingest: --out ${refusal}; nothing written`);
      return 1;
    }
  }
  const problems: FileProblem[] = [];
  const sources = await readSources(values.sources, problems);
  const result = await ingestInShares(sources, Math.max(1, Number(values.jobs) || 1));
  if (!result.ok) {
    for (const p of result.problems) {
      problems.push({ ...p, file: p.file.includes('/') ? p.file : join(values.sources, p.file) });
    }
  }
  const files = new Map(result.documents.map((d) => [`${d.id}.json`, JSON.stringify(d, null, 2) + '\n']));
  const refused = problems.length > 0;
  for (const p of problems) console.error(`${displayPath(p.file)}:${p.line}: ${p.message}`);
  if (refused && !values['keep-going']) {
    console.error(`ingest: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing written to ${values.out}`);
    return 1;
  }
  if (values.check) {
    const stale = await staleFiles(values.out, files);
    if (stale.length) {
      console.error(`ingest --check: ${values.out} is out of date (${stale.join(', ')}); run npm run ingest`);
      return 1;
    }
    console.log(`ingest --check: ${files.size} documents in ${values.out} are current`);
    return refused ? 1 : 0;
  }
  writeAll(values.out, files);
  if (refused) {
    const files = new Set(problems.map((p) => p.file));
    console.error(
      `ingest --keep-going: ${result.documents.length} documents written to ${values.out}; ${files.size} source${files.size === 1 ? '' : 's'} refused (listed above)`,
    );
    return 1;
  }
  console.log(`ingest: ${files.size} documents written to ${values.out}`);
  return 0;
}

if (isMainThread) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`ingest: internal error: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(2);
    },
  );
} else {
  parentPort!.once('message', ({ decoded, lexicon }: ShareTask) => parentPort!.postMessage(parseSources(decoded, lexicon)));
}
