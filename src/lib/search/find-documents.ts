/**
 * The documents that may answer a query, from the word index (src/lib/search/word-index.ts):
 * those holding every word it asks for, in any of its synonym variants, the most relevant first
 * (or the newest, or the oldest). A document found here is only a candidate: the search page
 * tests its passages (query.ts), which alone decide what is a hit. Pure; the chunks are fetched
 * by the caller's `load`.
 */
import { isEmpty, stem, STOP_WORDS, type Query } from './query.ts';
import { chunksBetween, type Chunk, type IndexManifest } from './word-index.ts';

export type LoadChunk = (chunk: number) => Promise<Chunk>;

export interface Candidate {
  doc: number;
  score: number;
}

export interface CandidateFilter {
  year?: string;
  type?: string;
}

/** One word a document must hold: the words of the index that count as it, found between `from` and `to`. */
interface Requirement {
  from: string;
  to: string;
  accepts: (word: string) => boolean;
}

/** The last string that starts with `prefix`, for a range of words. */
const through = (prefix: string) => `${prefix}\uffff`;

function requirements(query: Query): Requirement[] {
  const exact = (word: string): Requirement => ({ from: word, to: word, accepts: (w) => w === word });
  // A phrase's stop words narrow nothing down, and are the longest lists there are.
  const phraseWords = query.phrases.flatMap((phrase) => {
    const content = phrase.filter((w) => !STOP_WORDS.has(w));
    return content.length ? content : phrase;
  });
  const terms = query.terms.map((term, i): Requirement => {
    const wanted = stem(term);
    const prefix = query.prefixLast && i === query.terms.length - 1;
    // A stem is never shorter than three letters: a shorter word ("of", "a") is only itself.
    if (wanted.length < 3 && !prefix) return exact(wanted);
    // Every word of stem `wanted` starts with it ("policies" with "polic" for "policy").
    const start = wanted.endsWith('y') ? wanted.slice(0, -1) : wanted;
    return { from: start, to: through(start), accepts: (w) => stem(w) === wanted || (prefix && w.startsWith(term)) };
  });
  return [...new Set(phraseWords)].map(exact).concat(terms);
}

/** How much rarer words count: BM25's inverse document frequency. */
const idf = (documents: number, holding: number) => Math.log(1 + (documents - holding + 0.5) / (holding + 0.5));

/** The score of each document holding every word the query asks for. */
async function variantScores(manifest: IndexManifest, load: LoadChunk, query: Query): Promise<Map<number, number>> {
  const scores = new Map<number, number>();
  if (isEmpty(query)) return scores;
  const needs = requirements(query);
  // Every word's chunks asked for at once: a query of three words waits for one round of
  // downloads, not three one after the other.
  const chunksOf = await Promise.all(needs.map((need) => Promise.all(chunksBetween(manifest.chunks, need.from, need.to).map(load))));
  // By number: a corpus's documents are few enough, and a common word is in most of them.
  const total = new Float64Array(manifest.documents);
  const met = new Uint16Array(manifest.documents);
  for (const [k, need] of needs.entries()) {
    const weights = new Float64Array(manifest.documents);
    const holding: number[] = [];
    for (const chunk of chunksOf[k]!)
      for (const [word, list] of chunk)
        if (word >= need.from && word <= need.to && need.accepts(word))
          for (const { doc, weight } of list()) {
            if (weights[doc] === 0) holding.push(doc);
            weights[doc]! += weight;
          }
    if (holding.length === 0) return scores;
    const factor = idf(manifest.documents, holding.length) / 100;
    for (const doc of holding) {
      total[doc]! += factor * weights[doc]!;
      met[doc]!++;
    }
  }
  met.forEach((n, doc) => {
    if (n === needs.length) scores.set(doc, total[doc]!);
  });
  return scores;
}

/** The documents that may answer any of the variants and pass the filter, in the order asked for. */
export async function findDocuments(
  manifest: IndexManifest,
  load: LoadChunk,
  variants: readonly Query[],
  filter: CandidateFilter = {},
  order: 'relevance' | 'newest' | 'oldest' = 'relevance',
): Promise<Candidate[]> {
  const best = new Map<number, number>();
  for (const scores of await Promise.all(variants.map((v) => variantScores(manifest, load, v))))
    for (const [doc, score] of scores) if ((best.get(doc) ?? -1) < score) best.set(doc, score);
  const year = filter.year ? manifest.years.find((y) => y.year === filter.year) : undefined;
  const drafts = new Set(manifest.drafts);
  const kept = [...best]
    .filter(
      ([doc]) => (!filter.year || (year !== undefined && doc >= year.from && doc < year.to)) && (!filter.type || (filter.type === 'Draft') === drafts.has(doc)),
    )
    .map(([doc, score]) => ({ doc, score }));
  // Numbers run newest first (word-index.ts).
  return kept.sort(
    order === 'relevance' ? (a, b) => b.score - a.score || a.doc - b.doc : order === 'newest' ? (a, b) => a.doc - b.doc : (a, b) => b.doc - a.doc,
  );
}
