/**
 * The search index under /search-index/: its manifest, and in a folder named by this build's
 * version its word chunks (src/lib/search/word-index.ts) and one record per document
 * (src/lib/search/records.ts), each gzip-compressed here, unpacked by the search page itself, so
 * that every host sends the same bytes.
 *
 * Publishing (scripts/publish-data.ts) writes it in a worker thread of its own, beside the page
 * parts: made after them on the one thread, it was most of what publishing had left when Astro
 * was done, on the real corpus 2.8 s with one core or so of the two at work.
 */
import { createHash } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { gzip } from 'node:zlib';
import { searchRecords, type SearchRecord } from '../lib/search/records.ts';
import { buildWordIndex, indexOrder, type IndexManifest } from '../lib/search/word-index.ts';
import { SEARCH_INDEX, searchChunkFile, searchRecordFile } from '../lib/site/urls.ts';
import type { ResolutionDocument } from '../lib/schema.ts';
import { writeFiles } from './write-files.ts';

const compress = promisify(gzip);

export interface SearchIndexWritten {
  records: number;
  chunks: number;
}

/** Writes the search index of `records` (`searchRecords`) under `out`. */
export async function writeSearchIndex(records: readonly SearchRecord[], out: string): Promise<SearchIndexWritten> {
  const ordered = indexOrder(records);
  const { manifest, chunks } = buildWordIndex(ordered);
  const bodies = ordered.map((record) => JSON.stringify(record));
  const hash = createHash('sha256');
  for (const chunk of chunks) hash.update(chunk);
  for (const body of bodies) hash.update(body);
  const version = hash.digest('hex').slice(0, 12);
  const files = [
    ...chunks.map((body, i) => ({ path: searchChunkFile(version, i), body })),
    ...bodies.map((body, n) => ({ path: searchRecordFile(version, n), body })),
  ];
  // zlib's default level: the highest made the real corpus' index 0.3 % smaller and took 40 % longer.
  await writeFiles(out, files, (body) => compress(body));
  // Written last: the manifest names a version whose files are all there.
  await writeFile(join(out, SEARCH_INDEX, 'index.json'), JSON.stringify({ version, ...manifest } satisfies IndexManifest) + '\n');
  return { records: ordered.length, chunks: chunks.length };
}

/** Marks the worker thread this module starts on itself. */
const SEARCH_INDEX_WORKER = 'search-index';

interface Job {
  of: typeof SEARCH_INDEX_WORKER;
  records: SearchRecord[];
  out: string;
}

/**
 * Writes the search index of `docs` under `out` in a worker thread: only the records (each
 * document's passages) are handed over, so the documents are not held twice.
 */
export function writeSearchIndexBeside(docs: readonly ResolutionDocument[], out: string): Promise<SearchIndexWritten> {
  const job: Job = { of: SEARCH_INDEX_WORKER, records: searchRecords(docs), out };
  return new Promise((done, fail) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: job });
    worker.once('message', done);
    worker.once('error', fail);
    // After its message, a no-op; without one, the thread ended before it was done.
    worker.once('exit', (code) => fail(new Error(`the search index's thread ended (exit ${code}) before writing it`)));
  });
}

if (!isMainThread && (workerData as Job | undefined)?.of === SEARCH_INDEX_WORKER) {
  const { records, out } = workerData as Job;
  parentPort!.postMessage(await writeSearchIndex(records, out));
}
