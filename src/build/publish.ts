/**
 * Publishes the data beside the pages (see scripts/publish-data.ts, its command-line entry): the
 * open-data files under /data/ (src/lib/export/files.ts) and the search index under
 * /search-index/: its manifest, and in a folder named by this build's version its word chunks
 * (src/lib/search/word-index.ts) and one record per document (src/lib/search/records.ts), each
 * gzip-compressed here, unpacked by the search page itself, so that every host sends the same bytes.
 */
import { createHash } from 'node:crypto';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { corpusFile, renderedFiles, schemaFile, type DataFile } from '../lib/export/files.ts';
import type { ResolutionDocument } from '../lib/schema.ts';
import { searchRecords } from '../lib/search/records.ts';
import { buildWordIndex, indexOrder, type IndexManifest } from '../lib/search/word-index.ts';
import { dataFile, SEARCH_INDEX, searchChunkFile, searchRecordFile } from '../lib/site/urls.ts';
import { dataFileName } from './data-files.ts';

/** Documents whose open-data files are made and written at once: never all of them held in memory. */
const DOCUMENTS_AT_ONCE = 64;

/** Search index files compressed and written at once: enough to keep zlib's threads busy. */
const FILES_AT_ONCE = 64;

const compress = promisify(gzip);

/** Writes the open-data files of `docs`, read from the data folder `data`: their JSON is copied from it as it is. */
export async function writeOpenData(docs: ResolutionDocument[], data: string, out: string): Promise<number> {
  const write = async (files: DataFile[]) => {
    await Promise.all(
      files.map(async ({ path, body }) => {
        const file = join(out, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, body);
      }),
    );
    return files.length;
  };
  let written = await write([corpusFile(docs), schemaFile()]);
  for (let i = 0; i < docs.length; i += DOCUMENTS_AT_ONCE) {
    const batch = docs.slice(i, i + DOCUMENTS_AT_ONCE);
    written += await write(batch.flatMap(renderedFiles));
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
  const files: Array<[string, Uint8Array | string]> = [
    ...chunks.map((chunk, i): [string, Uint8Array] => [searchChunkFile(version, i), chunk]),
    ...bodies.map((body, n): [string, string] => [searchRecordFile(version, n), body]),
  ];
  for (let i = 0; i < files.length; i += FILES_AT_ONCE)
    await Promise.all(
      files.slice(i, i + FILES_AT_ONCE).map(async ([path, body]) => {
        const file = join(out, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, await compress(body, { level: 9 }));
      }),
    );
  // Written last: the manifest names a version whose files are all there.
  await writeFile(join(out, SEARCH_INDEX, 'index.json'), JSON.stringify({ version, ...manifest } satisfies IndexManifest) + '\n');
  return { records: records.length, chunks: chunks.length };
}
