/**
 * The ingest CLI: content/sources/*.txt (+ *.meta.json) -> content/resolutions/*.json.
 *
 *   npm run ingest                                  # the defaults below
 *   npm run ingest -- --sources DIR --out DIR
 *   npm run ingest -- --check                       # exit 1 if the committed JSON is stale
 *   npm run ingest -- --jobs 1                      # threads to parse in (default: one per core)
 *
 * On bad input it prints one line per problem, `FILE:LINE: message`, exits 1 and changes
 * nothing in the output folder. This is the only part of the pipeline that writes the data.
 * A large corpus is parsed in shares, one per core, in worker threads (see prepareCorpus).
 */
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { ingestCorpus, joinShares, parseSources, prepareCorpus, type DecodedSource, type FileProblem, type IngestResult, type SourceFile } from '../src/lib/corpus.ts';
import { MAX_SOURCE_BYTES, type Lexicon } from '../src/lib/parse/index.ts';

const META_SUFFIX = '.meta.json';

async function readSources(dir: string, problems: FileProblem[]): Promise<SourceFile[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).sort();
  } catch {
    problems.push({ file: dir, line: 1, message: 'cannot read the sources folder' });
    return [];
  }
  const texts = names.filter((n) => n.endsWith('.txt'));
  for (const meta of names.filter((n) => n.endsWith(META_SUFFIX))) {
    if (!texts.includes(meta.slice(0, -META_SUFFIX.length) + '.txt')) {
      problems.push({ file: join(dir, meta), line: 1, message: 'metadata file without a source text beside it' });
    }
  }
  if (texts.length === 0) problems.push({ file: dir, line: 1, message: 'no source texts (*.txt) in the sources folder' });
  const present = new Set(names);
  const read = await Promise.all(texts.map(async (name): Promise<SourceFile | FileProblem> => {
    const path = join(dir, name);
    // Refuse an oversized file before reading it.
    const { size } = await stat(path);
    if (size > MAX_SOURCE_BYTES) return { file: path, line: 1, message: `file is ${size} bytes; a resolution text is far below ${MAX_SOURCE_BYTES} bytes` };
    const metaName = name.slice(0, -'.txt'.length) + META_SUFFIX;
    const source: SourceFile = { file: name, bytes: await readFile(path) };
    if (present.has(metaName)) source.metadata = { file: metaName, bytes: await readFile(join(dir, metaName)) };
    return source;
  }));
  // In name order, whatever order the reads finished in.
  for (const r of read) if ('message' in r) problems.push(r);
  return read.filter((r): r is SourceFile => 'bytes' in r);
}

/** Writes every file under a temporary name first, then renames, then removes stale JSON. */
async function writeAll(out: string, files: Map<string, string>): Promise<void> {
  await mkdir(out, { recursive: true });
  const temp = [...files].map(([name, body]) => [join(out, `.${name}.tmp`), join(out, name), body] as const);
  await Promise.all(temp.map(([t, , body]) => writeFile(t, body)));
  await Promise.all(temp.map(([t, final]) => rename(t, final)));
  for (const name of await readdir(out)) {
    if (name.endsWith('.json') && !files.has(name)) await rm(join(out, name));
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
    const parsed = workers.map((worker, k) => new Promise<IngestResult>((done, fail) => {
      worker.once('message', done);
      worker.once('error', fail);
      worker.postMessage({ decoded: shares[k + 1]!, lexicon } satisfies ShareTask);
    }));
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

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sources: { type: 'string', default: 'content/sources' },
      out: { type: 'string', default: 'content/resolutions' },
      check: { type: 'boolean', default: false },
      jobs: { type: 'string', default: String(availableParallelism()) },
    },
  });
  const problems: FileProblem[] = [];
  const sources = await readSources(values.sources, problems);
  const result = await ingestInShares(sources, Math.max(1, Number(values.jobs) || 1));
  if (!result.ok) {
    for (const p of result.problems) {
      problems.push({ ...p, file: p.file.includes('/') ? p.file : join(values.sources, p.file) });
    }
  }
  if (problems.length || !result.ok) {
    for (const p of problems) console.error(`${displayPath(p.file)}:${p.line}: ${p.message}`);
    console.error(`ingest: ${problems.length} problem${problems.length === 1 ? '' : 's'}; nothing written to ${values.out}`);
    return 1;
  }
  const files = new Map(result.documents.map((d) => [`${d.id}.json`, JSON.stringify(d, null, 2) + '\n']));
  if (values.check) {
    const stale = await staleFiles(values.out, files);
    if (stale.length) {
      console.error(`ingest --check: ${values.out} is out of date (${stale.join(', ')}); run npm run ingest`);
      return 1;
    }
    console.log(`ingest --check: ${files.size} documents in ${values.out} are current`);
    return 0;
  }
  await writeAll(values.out, files);
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
