/**
 * How alike two paragraphs are: 2·LCS / (|a| + |b|) over their lower-cased words, so word
 * order counts and a few changed words in a long paragraph still score high (1 = same words).
 */
// The one module, not the parser's index: comparisons also run in the browser.
import { lettersAndDigits } from '../parse/ascii.ts';

export const words = (text: string): string[] => lettersAndDigits(text.toLowerCase());

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

/**
 * For each word of `b`, the bits of its places in `b`, 32 to a number: what the bit-parallel LCS
 * below reads of `b`. Kept for the lists read lately (an alignment compares each paragraph with
 * every one of the other text), and forgotten all at once past a few thousand: never many.
 */
const masksByList = new Map<Words, Map<string | number, Uint32Array>>();
const MASKED_LISTS = 4096;

function masksOf(b: Words): Map<string | number, Uint32Array> {
  let masks = masksByList.get(b);
  if (!masks) {
    masks = new Map();
    const words = Math.ceil(b.length / 32);
    for (let j = 0; j < b.length; j++) {
      let mask = masks.get(b[j]!);
      if (!mask) masks.set(b[j]!, (mask = new Uint32Array(words)));
      mask[j >>> 5]! |= 1 << (j & 31);
    }
    if (masksByList.size >= MASKED_LISTS) masksByList.clear();
    masksByList.set(b, masks);
  }
  return masks;
}

/**
 * Length of the longest common subsequence of two word lists: Hyyrö's bit-parallel form of the
 * dynamic programme (2004), a column of it in each bit of `v`, so a word of `a` costs |b| / 32
 * steps rather than |b|. The same length as the row-by-row programme, which a test holds it to.
 */
export function lcsLength(a: Words, b: Words): number {
  if (a.length === 0 || b.length === 0) return 0;
  const masks = masksOf(b);
  const words = Math.ceil(b.length / 32);
  // v: ones where the column's value did not grow; its zeros, counted at the end, are the LCS.
  const v = new Uint32Array(words).fill(0xffffffff);
  for (let i = 0; i < a.length; i++) {
    const m = masks.get(a[i]!);
    // A word b lacks changes no column.
    if (!m) continue;
    let carry = 0;
    for (let k = 0; k < words; k++) {
      const u = (v[k]! & m[k]!) >>> 0;
      const sum = v[k]! + u + carry;
      carry = sum > 0xffffffff ? 1 : 0;
      v[k] = (sum | (v[k]! & ~m[k]!)) >>> 0;
    }
  }
  let zeros = 0;
  for (let j = 0; j < b.length; j++) if ((v[j >>> 5]! & (1 << (j & 31))) === 0) zeros++;
  return zeros;
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
