/**
 * Publishes the data beside the pages (see scripts/publish-data.ts, its command-line entry): the
 * open-data files under /data/ (src/lib/export/files.ts) and the search index under
 * /search-index/: its manifest, and in a folder named by this build's version its word chunks
 * (src/lib/search/word-index.ts) and one record per document (src/lib/search/records.ts), each
 * gzip-compressed here, unpacked by the search page itself, so that every host sends the same bytes.
 * And first, for the build's pages, the bodies of the comparison and history pages (page-parts.ts).
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, open, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { alignDocumentsCached } from '../lib/compare/align.ts';
import { historyBody } from '../lib/compare/history-html.ts';
import { comparisonHtml } from '../lib/compare/render.ts';
import { comparedDocument } from '../lib/compare/units.ts';
import { corpusSeries } from '../lib/document/index.ts';
import { CORPUS_PATH, corpusJsonParts, renderedFiles, schemaFile } from '../lib/export/files.ts';
import { documentSummary, type ResolutionDocument } from '../lib/schema.ts';
import { hasHistory } from '../lib/site/series.ts';
import { searchRecords } from '../lib/search/records.ts';
import { buildWordIndex, indexOrder, type IndexManifest } from '../lib/search/word-index.ts';
import { dataFile, SEARCH_INDEX, searchChunkFile, searchRecordFile } from '../lib/site/urls.ts';
import { dataFileName } from './data-files.ts';
import { claimSeries, comparisonPart, historyPart, writeSeriesParts } from './page-parts.ts';

/** Documents whose open-data files are made and written at once: never all of them held in memory. */
const DOCUMENTS_AT_ONCE = 64;

/** Files written at once: enough to keep libuv's and zlib's threads busy. */
const FILES_AT_ONCE = 64;

const compress = promisify(gzip);

type Body = string | Uint8Array;

/** Writes `files` under `out`, FILES_AT_ONCE at a time, each of their folders made once; `encode` turns a body into the bytes written. */
async function writeFiles(
  out: string,
  files: ReadonlyArray<{ path: string; body: Body }>,
  encode: (body: Body) => Body | Promise<Body> = (body) => body,
): Promise<number> {
  for (const folder of new Set(files.map(({ path }) => dirname(join(out, path))))) await mkdir(folder, { recursive: true });
  for (let i = 0; i < files.length; i += FILES_AT_ONCE)
    await Promise.all(files.slice(i, i + FILES_AT_ONCE).map(async ({ path, body }) => writeFile(join(out, path), await encode(body))));
  return files.length;
}

/** Characters of the corpus file written at once (a megabyte or so, not its 84 MB at 5000 documents). */
const CORPUS_WRITE = 1 << 20;

/** Writes the corpus file a megabyte at a time (corpusJsonParts): never the whole of it in memory. */
async function writeCorpusFile(docs: ResolutionDocument[], out: string): Promise<number> {
  const path = join(out, CORPUS_PATH);
  await mkdir(dirname(path), { recursive: true });
  const file = await open(path, 'w');
  try {
    let pending = '';
    for (const part of corpusJsonParts(docs)) {
      pending += part;
      if (pending.length < CORPUS_WRITE) continue;
      await file.write(pending);
      pending = '';
    }
    await file.write(pending);
  } finally {
    await file.close();
  }
  return 1;
}

/** Writes the open-data files of `docs`, read from the data folder `data`: their JSON is copied from it as it is. */
export async function writeOpenData(docs: ResolutionDocument[], data: string, out: string): Promise<number> {
  let written = (await writeCorpusFile(docs, out)) + (await writeFiles(out, [schemaFile()]));
  for (let i = 0; i < docs.length; i += DOCUMENTS_AT_ONCE) {
    const batch = docs.slice(i, i + DOCUMENTS_AT_ONCE);
    written += await writeFiles(out, batch.flatMap(renderedFiles));
    await Promise.all(batch.map((doc) => copyFile(join(data, dataFileName(doc.id)), join(out, dataFile(doc, 'json')))));
    written += batch.length;
  }
  return written;
}

export async function writeSearchIndex(docs: ResolutionDocument[], out: string): Promise<{ records: number; chunks: number }> {
  const records = indexOrder(searchRecords(docs));
  const { manifest, chunks } = buildWordIndex(records);
  const bodies = records.map((record) => JSON.stringify(record));
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
  return { records: records.length, chunks: chunks.length };
}

/**
 * The parts of the comparison pages of consecutive texts and of the history pages, series by
 * series (a file of its comparisons and one of its history): a series' comparisons, then its
 * history, which chains the same alignments (each pair is aligned once). Only one series' texts
 * are held as comparing reads them. A series the pages have claimed is theirs (page-parts.ts).
 */
export function writePageParts(docs: ResolutionDocument[], dir: string): number {
  let written = 0;
  for (const [series, ordered] of corpusSeries(docs)) {
    if (ordered.length < 2 || !claimSeries(dir, series)) continue;
    const texts = ordered.map((doc) => ({ ...documentSummary(doc), ...comparedDocument(doc) }));
    const parts = new Map<string, unknown>();
    for (let i = 1; i < texts.length; i++) {
      const [a, b] = [texts[i - 1]!, texts[i]!];
      parts.set(comparisonPart(a.id, b.id), comparisonHtml(alignDocumentsCached(a, b), a, b).value);
    }
    if (hasHistory(texts.length)) parts.set(historyPart(series), historyBody(texts));
    writeSeriesParts(dir, series, parts);
    written += parts.size;
  }
  return written;
}
