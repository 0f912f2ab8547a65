/**
 * How alike two paragraphs are: 2·LCS / (|a| + |b|) over their lower-cased words, so word
 * order counts and a few changed words in a long paragraph still score high (1 = same words).
 */
// The one module, not the parser's index: comparisons also run in the browser.
import { asciiLettersOnly } from '../parse/ascii.ts';

export const words = (text: string): string[] => text.toLowerCase().match(asciiLettersOnly(text) ? /[a-z0-9]+/g : /[\p{L}\p{N}]+/gu) ?? [];

/** Words as they are compared: strings, or the numbers `wordIds` gives them. */
type Words = ArrayLike<string> | ArrayLike<number>;

const wordId = new Map<string, number>();
const textIds = new Map<string, Int32Array>();

/**
 * A text's words (`words`) as numbers, one per distinct word, so that comparing two words is
 * comparing two integers and counting them is indexing an array. Remembered for the life of the
 * process, as the build meets each paragraph in two comparisons at least.
 */
export function wordIds(text: string): Int32Array {
  let ids = textIds.get(text);
  if (!ids) {
    const list = words(text);
    ids = new Int32Array(list.length);
    for (let i = 0; i < list.length; i++) {
      let n = wordId.get(list[i]!);
      if (n === undefined) wordId.set(list[i]!, (n = wordId.size));
      ids[i] = n;
    }
    textIds.set(text, ids);
  }
  return ids;
}

/** How many distinct words `wordIds` has numbered so far: every id is below it. */
const distinctWords = () => wordId.size;

/** Length of the longest common subsequence of two word lists (two rows, reused). */
export function lcsLength(a: Words, b: Words): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const w = a[i - 1];
    for (let j = 1; j <= b.length; j++) row[j] = w === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

const sameWords = (a: Words, b: Words) => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
};

export function similarity(a: Words, b: Words): number {
  if (a.length + b.length === 0) return 1;
  // Most paragraphs of a series carry over unchanged: no need for an LCS to see it.
  if (sameWords(a, b)) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

/** The share of `part`'s words found, in order, in `whole`: 1 when `part` was cut out of `whole`. */
export function containment(part: Words, whole: Words): number {
  return part.length === 0 ? 0 : lcsLength(part, whole) / part.length;
}

/**
 * For every pair (a[i], b[j]) of lists of word ids (`wordIds`), the words they share, counted
 * with repeats: an upper bound of their LCS at a fraction of its cost. So `2·shared / (|a| + |b|)`
 * bounds `similarity` and `shared / |part|` bounds `containment`, and pairs under a threshold by
 * the bound are skipped without changing any result. Counted through an index of b's words, all
 * pairs of a row at once.
 */
export function sharedWords(a: readonly Int32Array[], b: readonly Int32Array[]): Int32Array[] {
  const count = new Int32Array(distinctWords());
  /** Each distinct word of `list` once, with its count in `count` (to be cleared by the caller). */
  const tally = (list: Int32Array): number[] => {
    const seen: number[] = [];
    for (const w of list) if (count[w]!++ === 0) seen.push(w);
    return seen;
  };
  // For each word of b, each list holding it: its index and how often the word occurs in it.
  // A map, not an array by id: the ids are those of every text compared so far, these few of them.
  const postings = new Map<number, number[]>();
  b.forEach((list, j) => {
    for (const w of tally(list)) {
      const p = postings.get(w);
      if (p) p.push(j, count[w]!);
      else postings.set(w, [j, count[w]!]);
      count[w] = 0;
    }
  });
  return a.map((list) => {
    const row = new Int32Array(b.length);
    for (const w of tally(list)) {
      const p = postings.get(w) ?? [];
      for (let k = 0; k < p.length; k += 2) row[p[k]!] = row[p[k]!]! + Math.min(count[w]!, p[k + 1]!);
      count[w] = 0;
    }
    return row;
  });
}
