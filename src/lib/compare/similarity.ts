/**
 * How alike two paragraphs are: 2·LCS / (|a| + |b|) over their lower-cased words, so word
 * order counts and a few changed words in a long paragraph still score high (1 = same words).
 */

export const words = (text: string): string[] => (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);

/** Length of the longest common subsequence of two word lists (two rows, reused). */
export function lcsLength(a: readonly string[], b: readonly string[]): number {
  let prev = new Int32Array(b.length + 1);
  let row = new Int32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const w = a[i - 1];
    for (let j = 1; j <= b.length; j++) row[j] = w === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    [prev, row] = [row, prev];
  }
  return prev[b.length]!;
}

export function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length + b.length === 0) return 1;
  // Most paragraphs of a series carry over unchanged: no need for an LCS to see it.
  if (a.length === b.length && a.every((w, i) => w === b[i])) return 1;
  return (2 * lcsLength(a, b)) / (a.length + b.length);
}

/** The share of `part`'s words found, in order, in `whole`: 1 when `part` was cut out of `whole`. */
export function containment(part: readonly string[], whole: readonly string[]): number {
  return part.length === 0 ? 0 : lcsLength(part, whole) / part.length;
}

function wordCounts(list: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of list) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * For every pair (a[i], b[j]), the words they share, counted with repeats: an upper bound of
 * their LCS at a fraction of its cost. So `2·shared / (|a| + |b|)` bounds `similarity` and
 * `shared / |part|` bounds `containment`, and pairs under a threshold by the bound are skipped
 * without changing any result. Counted through an index of b's words, all pairs of a row at once.
 */
export function sharedWords(a: ReadonlyArray<readonly string[]>, b: ReadonlyArray<readonly string[]>): Int32Array[] {
  const postings = new Map<string, Array<[j: number, count: number]>>();
  b.forEach((list, j) => {
    for (const [w, c] of wordCounts(list)) {
      const p = postings.get(w);
      if (p) p.push([j, c]);
      else postings.set(w, [[j, c]]);
    }
  });
  return a.map((list) => {
    const row = new Int32Array(b.length);
    for (const [w, c] of wordCounts(list)) for (const [j, cb] of postings.get(w) ?? []) row[j] = row[j]! + Math.min(c, cb);
    return row;
  });
}
