/**
 * The word index: what the search page downloads to find the documents that may answer a query
 * (src/lib/search/find-documents.ts). Pure: src/build/publish.ts writes it, gzip-compressed.
 *
 * - Documents are numbered newest first (year, then date, then name), so that a year is a run
 *   of numbers and "newest first" is their order: the manifest needs no table of documents.
 * - The words are the query reader's own (`wordsOf` in query.ts: folded, letters and digits), so
 *   that a document the index leaves out is one no passage of which the reader would accept.
 * - Each word lists the documents holding it (delta-coded) and a weight for each: the BM25 share
 *   of its count and the document's length, in hundredths; the rarer word counts more at query
 *   time. No positions: a phrase is confirmed in the passages themselves.
 * - The sorted words are cut into chunks of about CHUNK_BYTES; the manifest names each chunk's
 *   first word, so a word, or every word with a given start, is found in the chunks it names.
 *
 * Why not Pagefind (README, "Search"): its script, WebAssembly and page list alone are about
 * 136 KB at 5000 documents, and its postings carry every position of every word.
 */
import { lettersAndDigits } from '../parse/ascii.ts';
import { fold } from './query.ts';
import type { SearchRecord } from './records.ts';

export interface IndexManifest {
  /** Names this build's folder of chunks and records: a search never mixes two builds. */
  version: string;
  documents: number;
  /** The documents of each year: numbers from `from` up to, not including, `to`. */
  years: Array<{ year: string; from: number; to: number }>;
  /** The numbers of the drafts (the other documents are resolutions). */
  drafts: number[];
  /** The first word of each chunk, in order. */
  chunks: string[];
}

/** A document holding a word, and the word's weight in it (1–255). */
export interface Posting {
  doc: number;
  weight: number;
}

/** Bytes of a chunk before compression: a query fetches one or two a word. */
export const CHUNK_BYTES = 16_384;

/** BM25's constants: how fast a word's count saturates, how much a document's length matters. */
const K1 = 1.2;
const B = 0.75;

/** Documents in the index's order: newest first. */
export const indexOrder = (records: readonly SearchRecord[]) =>
  [...records].sort((a, b) => b.year.localeCompare(a.year) || b.date.localeCompare(a.date) || a.title.localeCompare(b.title));

/** The index of records already in `indexOrder`: its manifest (but its version) and chunks. */
export function buildWordIndex(records: readonly SearchRecord[], chunkBytes = CHUNK_BYTES): { manifest: Omit<IndexManifest, 'version'>; chunks: Uint8Array[] } {
  // Counted as written, then folded once per distinct form: a text repeats most of its words. Each
  // form is numbered once for the corpus and counted in an array by its number: one lookup a word.
  const formNumber = new Map<string, number>();
  const folded: string[] = [];
  // The count of each form in the record at hand, by its number (grown a form at a time, so packed).
  const written: number[] = [];
  const counts = records.map((record) => {
    const forms: number[] = [];
    for (const passage of record.passages) {
      for (const raw of lettersAndDigits(passage.text)) {
        let form = formNumber.get(raw);
        if (form === undefined) {
          formNumber.set(raw, (form = folded.length));
          folded.push(fold(raw));
          written.push(0);
        }
        if (written[form]!++ === 0) forms.push(form);
      }
    }
    const count = new Map<string, number>();
    for (const form of forms) {
      const word = folded[form]!;
      count.set(word, (count.get(word) ?? 0) + written[form]!);
      written[form] = 0;
    }
    return count;
  });
  const lengths = counts.map((count) => [...count.values()].reduce((a, b) => a + b, 0));
  const average = lengths.reduce((a, b) => a + b, 0) / Math.max(1, lengths.length) || 1;
  const postings = new Map<string, Posting[]>();
  counts.forEach((count, doc) => {
    const norm = K1 * (1 - B + (B * lengths[doc]!) / average);
    for (const [word, tf] of count) {
      const weight = Math.max(1, Math.min(255, Math.round((100 * tf * (K1 + 1)) / (tf + norm))));
      const list = postings.get(word);
      if (list) list.push({ doc, weight });
      else postings.set(word, [{ doc, weight }]);
    }
  });
  const chunks: Uint8Array[] = [];
  const firsts: string[] = [];
  let open: Array<[string, Posting[]]> = [];
  let size = 0;
  for (const word of [...postings.keys()].sort()) {
    const list = postings.get(word)!;
    open.push([word, list]);
    size += word.length + 2 * list.length;
    if (size >= chunkBytes) {
      firsts.push(open[0]![0]);
      chunks.push(encodeChunk(open));
      [open, size] = [[], 0];
    }
  }
  if (open.length) {
    firsts.push(open[0]![0]);
    chunks.push(encodeChunk(open));
  }
  const years: IndexManifest['years'] = [];
  records.forEach((record, doc) => {
    const last = years.at(-1);
    if (last?.year === record.year) last.to = doc + 1;
    else years.push({ year: record.year, from: doc, to: doc + 1 });
  });
  const drafts = records.flatMap((record, doc) => (record.type === 'Draft' ? [doc] : []));
  return { manifest: { documents: records.length, years, drafts, chunks: firsts }, chunks };
}

/**
 * A chunk's bytes: the number of words, then each word (its UTF-8 length and bytes), the byte
 * length of its list, and the list: the number of its documents, and for each the gap from the
 * last document's number and the weight. Numbers are unsigned LEB128 varints.
 */
export function encodeChunk(entries: ReadonlyArray<readonly [string, readonly Posting[]]>): Uint8Array {
  const out: number[] = [];
  const varint = (to: number[], n: number) => {
    for (; n >= 0x80; n = Math.floor(n / 0x80)) to.push((n % 0x80) | 0x80);
    to.push(n);
  };
  const encoder = new TextEncoder();
  varint(out, entries.length);
  for (const [word, list] of entries) {
    const bytes = encoder.encode(word);
    varint(out, bytes.length);
    for (const b of bytes) out.push(b);
    const block: number[] = [];
    varint(block, list.length);
    let last = 0;
    for (const { doc, weight } of list) {
      varint(block, doc - last);
      block.push(weight);
      last = doc;
    }
    varint(out, block.length);
    for (const b of block) out.push(b);
  }
  return Uint8Array.from(out);
}

/** A chunk read: its words, each with the reader of its list, read when first wanted (most never are). */
export type Chunk = Map<string, () => Posting[]>;

/** The words of a chunk and their documents (see encodeChunk). */
export function decodeChunk(bytes: Uint8Array): Chunk {
  const varint = (at: { i: number }) => {
    let n = 0;
    for (let scale = 1; ; scale *= 0x80) {
      const byte = bytes[at.i++];
      if (byte === undefined) throw new Error('the search index chunk ends early');
      n += (byte & 0x7f) * scale;
      if (byte < 0x80) return n;
    }
  };
  const list = (start: number) => {
    let postings: Posting[] | null = null;
    return () => {
      if (postings) return postings;
      const at = { i: start };
      let doc = 0;
      postings = [];
      for (let n = varint(at); n > 0; n--) {
        doc += varint(at);
        postings.push({ doc, weight: bytes[at.i++]! });
      }
      return postings;
    };
  };
  const decoder = new TextDecoder();
  const words: Chunk = new Map();
  const at = { i: 0 };
  for (let w = varint(at); w > 0; w--) {
    const length = varint(at);
    const word = decoder.decode(bytes.subarray(at.i, (at.i += length)));
    const size = varint(at);
    if (at.i + size > bytes.length) throw new Error('the search index chunk ends early');
    words.set(word, list(at.i));
    at.i += size;
  }
  return words;
}

/** The chunks that may hold words from `from` up to `to` (both as folded words). */
export function chunksBetween(chunks: readonly string[], from: string, to: string): number[] {
  const last = (word: string) => {
    // The last chunk whose first word is not after `word`.
    let [lo, hi] = [0, chunks.length - 1];
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (chunks[mid]! <= word) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  if (chunks.length === 0) return [];
  const [a, b] = [last(from), last(to)];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}
