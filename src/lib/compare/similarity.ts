/**
 * How alike two paragraphs are: 2·LCS / (|a| + |b|) over their lower-cased words, so word
 * order counts and a few changed words in a long paragraph still score high (1 = same words).
 */

export const words = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Length of the longest common subsequence of two word lists. */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = a[i - 1] === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

/** The share of `part`'s words found, in order, in `whole`: 1 when `part` was cut out of `whole`. */
export function containment(part: readonly string[], whole: readonly string[]): number {
  return part.length === 0 ? 0 : lcsLength(part, whole) / part.length;
}

/**
 * An upper bound of `similarity` that costs a pass over the words, not an LCS: an LCS is never
 * longer than the words the two lists share (counted with repeats). Pairs under a threshold by
 * this bound are skipped without changing any result.
 */
export function similarityBound(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}
