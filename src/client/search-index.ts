/**
 * The word index in the browser (src/lib/search/word-index.ts): the manifest fetched on first
 * use, revalidated so that it is this deployment's; each chunk of words and each document's
 * record fetched once, unpacked here: they are stored gzip-compressed under names no host
 * compresses again (`.gz.bin`), so that every host sends the same bytes.
 */
import type { SearchRecord } from '../lib/search/records.ts';
import { decodeChunk, type Chunk, type IndexManifest } from '../lib/search/word-index.ts';
import { SEARCH_INDEX, searchChunkFile, searchRecordFile, sitePath } from '../lib/site/urls.ts';

export interface SearchIndex {
  manifest: IndexManifest;
  chunk(i: number): Promise<Chunk>;
  record(n: number): Promise<SearchRecord>;
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok || !response.body) throw new Error(`${url}: ${response.status}`);
  return new Uint8Array(await new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).arrayBuffer());
}

/** Each value computed once, on first use; one that failed is asked for again next time. */
function once<T>(make: (key: number) => Promise<T>): (key: number) => Promise<T> {
  const made = new Map<number, Promise<T>>();
  return (key) => {
    let value = made.get(key);
    if (!value) {
      made.set(key, (value = make(key)));
      value.catch(() => made.delete(key));
    }
    return value;
  };
}

let opened: Promise<SearchIndex> | null = null;

export function openSearchIndex(): Promise<SearchIndex> {
  opened ??= fetch(sitePath(`${SEARCH_INDEX}/index.json`), { cache: 'no-cache' })
    .then((response) => {
      if (!response.ok) throw new Error(`the search index: ${response.status}`);
      return response.json() as Promise<IndexManifest>;
    })
    .then((manifest) => ({
      manifest,
      chunk: once(async (i) => decodeChunk(await fetchBytes(sitePath(searchChunkFile(manifest.version, i))))),
      record: once(async (n) => JSON.parse(new TextDecoder().decode(await fetchBytes(sitePath(searchRecordFile(manifest.version, n))))) as SearchRecord),
    }));
  // A failed start may be retried by the next query.
  opened.catch(() => (opened = null));
  return opened;
}
