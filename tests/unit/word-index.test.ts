import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDocuments } from '../../src/lib/search/find-documents.ts';
import { searchRecords, type SearchRecord } from '../../src/lib/search/records.ts';
import { resultHits } from '../../src/lib/search/state.ts';
import { parseQuery, queryVariants, WORD, wordsOf } from '../../src/lib/search/query.ts';
import { buildWordIndex, chunksBetween, decodeChunk, encodeChunk, indexOrder, type IndexManifest } from '../../src/lib/search/word-index.ts';
import { lettersAndDigits } from '../../src/lib/parse/ascii.ts';
import { realCorpus } from '../helpers/sources.ts';

const records = indexOrder(searchRecords(realCorpus()));

/** Small chunks: the five texts' words in many, as a large corpus has them. */
const SMALL_CHUNKS = 256;

function indexOf(records: SearchRecord[]) {
  const { manifest, chunks } = buildWordIndex(records, SMALL_CHUNKS);
  const fetched: number[] = [];
  const load = async (i: number) => {
    fetched.push(i);
    return decodeChunk(chunks[i]!);
  };
  return { manifest: { version: 'test', ...manifest } satisfies IndexManifest, chunks, load, fetched };
}

const { manifest, chunks, load } = indexOf(records);

/** The documents with a passage that answers `q`: what the index must never leave out. */
const answering = (q: string, typing = false) => {
  const variants = queryVariants(parseQuery(q, { typing }));
  return records.flatMap((record, doc) => (resultHits(record, variants, 0).length ? [doc] : []));
};
const candidates = async (q: string, typing = false, filter = {}, order: 'relevance' | 'newest' | 'oldest' = 'relevance') =>
  (await findDocuments(manifest, load, queryVariants(parseQuery(q, { typing })), filter, order)).map((c) => c.doc);

describe('the word index', () => {
  it('numbers the documents newest first: a year is a run of numbers; lists the drafts', () => {
    expect(records.map((r) => r.title)).toEqual([
      'A/RES/68/243',
      'A/RES/66/24',
      'Draft resolution, 64th session, First Committee, 16 October 2009',
      'A/RES/62/17',
      'A/RES/56/19',
    ]);
    expect(manifest.years).toEqual([
      { year: '2013', from: 0, to: 1 },
      { year: '2011', from: 1, to: 2 },
      { year: '2009', from: 2, to: 3 },
      { year: '2007', from: 3, to: 4 },
      { year: '2001', from: 4, to: 5 },
    ]);
    expect(manifest.drafts).toEqual([2]);
  });

  it('encodes and decodes a chunk: any word, gaps and weights of any size', () => {
    const entries: Array<[string, Array<{ doc: number; weight: number }>]> = [
      ['a', [{ doc: 0, weight: 1 }]],
      [
        'résolution',
        [
          { doc: 3, weight: 255 },
          { doc: 70_000, weight: 17 },
          { doc: 70_001, weight: 128 },
        ],
      ],
      ['ﬁ', []],
    ];
    expect([...decodeChunk(encodeChunk(entries))].map(([word, list]) => [word, list()])).toEqual(entries);
    expect(() => decodeChunk(encodeChunk(entries).subarray(0, 9))).toThrow(/ends early/);
  });

  it('holds every word of every passage, with its document, in the chunk the manifest names for it', () => {
    const decoded = chunks.map(decodeChunk);
    let words = 0;
    records.forEach((record, doc) => {
      for (const passage of record.passages)
        for (const { word } of wordsOf(passage.text)) {
          const named = chunksBetween(manifest.chunks, word, word);
          expect(named).toHaveLength(1);
          expect(
            decoded[named[0]!]!.get(word)?.().some((p) => p.doc === doc),
            word,
          ).toBe(true);
          words++;
        }
    });
    expect(words).toBeGreaterThan(4500);
    // Chunks are cut by size, in word order, each word in one of them.
    expect(chunks.length).toBeGreaterThan(15);
    expect(buildWordIndex(records).chunks).toHaveLength(1);
    expect(manifest.chunks).toEqual([...manifest.chunks].sort());
    expect(chunks.every((c) => c.length < SMALL_CHUNKS * 2)).toBe(true);
    expect(decoded.reduce((n, c) => n + c.size, 0)).toBe(new Set(records.flatMap((r) => r.passages.flatMap((p) => wordsOf(p.text).map((w) => w.word)))).size);
  });

  it('counts every word of every document, however many distinct words the corpus has', () => {
    // Thousands of words, each written twice in one document and once in the other: each word's
    // count, kept by the word's number, must reach its weight whatever the number.
    const many = Array.from({ length: 10_000 }, (_, i) => `w${i.toString(36)}`);
    const record = (title: string, text: string): SearchRecord => ({ ...records[0]!, title, passages: [{ eId: 'para_1', label: '1', text }] });
    const twice = record('twice', [...many, ...many].join(' '));
    const once = record('once', many.join(' '));
    const index = new Map([...buildWordIndex([twice, once]).chunks.flatMap((c) => [...decodeChunk(c)])].map(([word, list]) => [word, list()]));
    expect(index.size).toBe(many.length);
    for (const word of many) {
      const [a, b] = index.get(word)!;
      expect([a!.doc, b!.doc]).toEqual([0, 1]);
      expect(a!.weight, word).toBeGreaterThan(b!.weight);
    }
  });

  it('never leaves out a document with a passage that answers: phrases, words, stems, starts while typing, synonyms', async () => {
    const queries = new Set<string>(['cybersecurity', 'ICTs', 'GGE', '"open-ended working group"', 'threat', 'policies', '"A/65/201"', 'of the']);
    for (const record of records)
      for (const { text } of record.passages) {
        const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
        if (words.length >= 5) queries.add(`"${words.slice(1, 5).join(' ')}"`);
        for (const w of words.slice(0, 3)) queries.add(w);
      }
    let answered = 0;
    for (const q of queries) {
      const found = new Set(await candidates(q));
      for (const doc of answering(q)) expect(found.has(doc), `${q}: document ${doc}`).toBe(true);
      const typing = q.replace(/"/g, '').slice(0, 5);
      const typed = new Set(await candidates(typing, true));
      for (const doc of answering(typing, true)) expect(typed.has(doc), `${typing}…: document ${doc}`).toBe(true);
      answered += answering(q).length;
    }
    expect(queries.size).toBeGreaterThan(100);
    expect(answered).toBeGreaterThan(300);
  });

  it('finds only the documents holding every word asked for', async () => {
    expect(await candidates('Zimbabwe')).toEqual([2]);
    expect(answering('Zimbabwe')).toEqual([2]);
    expect((await candidates('Tunis')).sort()).toEqual([0, 1, 2, 3]);
    // A candidate holds the words; its passages decide whether it holds the phrase.
    expect(await candidates('"Zimbabwe Tunis"')).toEqual([2]);
    expect(answering('"Zimbabwe Tunis"')).toEqual([]);
    expect(await candidates('zzyzx')).toEqual([]);
    // A word too short to be a stem is looked up alone, not with every word it begins.
    const short = indexOf(records);
    expect(await findDocuments(short.manifest, short.load, queryVariants(parseQuery('of')))).toHaveLength(5);
    expect(short.fetched).toEqual(chunksBetween(short.manifest.chunks, 'of', 'of'));
    // A synonym finds what the other name is written as: "cybersecurity" is in no text.
    expect(await candidates('"cybersecurity"', false)).toEqual(await candidates('"information security"'));
  });

  it("asks for every word's chunks at once, not one word after another", async () => {
    const { manifest, chunks } = buildWordIndex(records, SMALL_CHUNKS);
    const asked: number[] = [];
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const held = async (i: number) => {
      asked.push(i);
      await released;
      return decodeChunk(chunks[i]!);
    };
    const finding = findDocuments({ version: 'test', ...manifest }, held, queryVariants(parseQuery('Zimbabwe Tunis telecommunications')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    const wanted = ['zimbabwe', 'tunis', 'telecommunications'].map((w) => chunksBetween(manifest.chunks, w, `${w}\uffff`));
    expect(new Set(wanted.flat()).size).toBeGreaterThan(1);
    for (const chunk of wanted.flat()) expect(asked).toContain(chunk);
    release();
    expect((await finding).map((c) => c.doc)).toEqual(await candidates('Zimbabwe Tunis telecommunications'));
  });

  it('filters by year and type; orders by relevance, newest or oldest', async () => {
    expect(await candidates('information', false, { year: '2011' })).toEqual([1]);
    expect(await candidates('information', false, { year: '1999' })).toEqual([]);
    expect(await candidates('information', false, { type: 'Draft' })).toEqual([2]);
    expect(await candidates('information', false, { type: 'Resolution' }, 'newest')).toEqual([0, 1, 3, 4]);
    expect(await candidates('information', false, {}, 'oldest')).toEqual([4, 3, 2, 1, 0]);
  });

  it('ranks a document where the words weigh more first, and rarer words above common ones', async () => {
    const doc = (title: string, ...texts: string[]): SearchRecord => ({
      title,
      year: '2020',
      type: 'Resolution',
      date: '2020-01-01',
      page: `/${title}/`,
      passages: texts.map((text, i) => ({ eId: `para_${i + 1}`, label: '', text })),
    });
    const few = indexOf([
      doc('a', 'security council security matters', 'other words here'),
      doc('b', 'security once', 'other words here too'),
      doc('c', 'nothing relevant', 'council of ministers'),
      doc('d', 'council and more', 'unrelated'),
    ]);
    const ranked = async (q: string) => (await findDocuments(few.manifest, few.load, queryVariants(parseQuery(q)))).map((c) => c.doc);
    expect(await ranked('security')).toEqual([0, 1]);
    // Of two documents holding a word once, the shorter; a rare word outweighs a common one.
    expect(await ranked('council')).toEqual([3, 2, 0]);
    expect(await ranked('matters')).toEqual([0]);
    // Only the chunks that may hold the words are fetched.
    few.fetched.length = 0;
    await ranked('security');
    expect(few.fetched).toEqual(chunksBetween(few.manifest.chunks, 'security', 'security\uffff'));
  });
});

describe('lettersAndDigits, which the index counts', () => {
  it('finds the words WORD finds, by its ASCII shortcut or not, whatever the text', () => {
    // Letters and digits in and out of ASCII, and the typographic marks the shortcut lets through.
    const char = fc.constantFrom(...'aZ09 -./,;\'"\n\u2013\u2014\u2018\u2019\u201c\u201d\u00e9\u00b2\u0661\u00a0\u2022');
    fc.assert(
      fc.property(fc.array(char, { maxLength: 40 }), (chars) => {
        const text = chars.join('');
        expect(lettersAndDigits(text)).toEqual(text.match(WORD) ?? []);
      }),
      { numRuns: Number(process.env['FC_RUNS'] ?? 2000) },
    );
  });
});
