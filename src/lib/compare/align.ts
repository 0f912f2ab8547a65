/**
 * Paragraph alignment between two documents, by content rather than position.
 *
 * Within each section (preamble, operative, items), a dynamic programme finds the
 * order-preserving matching of greatest total similarity, counting only pairs at least
 * MATCH_THRESHOLD alike (a global alignment, as for sequences). What it leaves unmatched is
 * then paired greedily, most alike first, when at least as alike: those paragraphs moved.
 * A paragraph still unmatched in the newer text that was cut out of a matched older one is a
 * split; the rest are added or removed. Ties break by position, so the result is deterministic.
 */
import { diffWords, type DiffOp } from './diff.ts';
import { containment, sharedWords, similarity, wordIds } from './similarity.ts';
import { documentUnits, type ComparedDocument, type Section, type Unit } from './units.ts';

export const MATCH_THRESHOLD = 0.5;
export const SPLIT_THRESHOLD = 0.8;
/** Words a paragraph needs before its growth counts: a short one is found inside too many. */
const GROWN_MIN_WORDS = 6;

export type Status = 'unchanged' | 'changed' | 'added' | 'removed';

export interface AlignedRow {
  section: Section;
  status: Status;
  a: Unit | null;
  b: Unit | null;
  similarity: number;
  /** Matched out of order: the paragraph moved. */
  moved: boolean;
  /** For an added paragraph cut out of an older one: that paragraph's eId. */
  splitFrom: string | null;
  diff: DiffOp[];
}

export interface Alignment {
  rows: AlignedRow[];
  summary: Record<Status, number> & { moved: number };
}

function alignSection(section: Section, as: Unit[], bs: Unit[]): AlignedRow[] {
  const aw = as.map((u) => wordIds(u.text));
  const bw = bs.map((u) => wordIds(u.text));
  const shared = sharedWords(aw, bw);
  // Exact LCS similarity only where it could reach the threshold by the words shared; below it,
  // the value is never used.
  const reachable = (i: number, j: number) => {
    const total = aw[i]!.length + bw[j]!.length;
    return total === 0 || 2 * shared[i]![j]! >= MATCH_THRESHOLD * total;
  };
  // A paragraph that grew (or shrank) keeps the other whole, in order: it changed, however much
  // was added. It is matched as at least just alike enough, so a closer match still wins.
  const grown = (i: number, j: number) => {
    const [short, long] = aw[i]!.length <= bw[j]!.length ? [aw[i]!, bw[j]!] : [bw[j]!, aw[i]!];
    return short.length >= GROWN_MIN_WORDS && shared[i]![j]! >= SPLIT_THRESHOLD * short.length && containment(short, long) >= SPLIT_THRESHOLD;
  };
  const sim = as.map((x, i) =>
    bs.map((y, j) => {
      if (x.text === y.text) return 1;
      const s = reachable(i, j) ? similarity(aw[i]!, bw[j]!) : 0;
      return s < MATCH_THRESHOLD && grown(i, j) ? MATCH_THRESHOLD : s;
    }),
  );
  const n = as.length;
  const m = bs.length;
  // score[i][j]: best total similarity aligning as[i..] with bs[j..].
  const score = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const s = sim[i]![j]!;
      const match = s >= MATCH_THRESHOLD ? s + score[i + 1]![j + 1]! : -Infinity;
      score[i]![j] = Math.max(match, score[i + 1]![j]!, score[i]![j + 1]!);
    }
  }
  const matchOf = new Map<number, number>(); // a index -> b index
  for (let i = 0, j = 0; i < n && j < m;) {
    const s = sim[i]![j]!;
    if (s >= MATCH_THRESHOLD && score[i]![j] === s + score[i + 1]![j + 1]!) matchOf.set(i++, j++);
    else if (score[i]![j] === score[i + 1]![j]) i++;
    else j++;
  }
  // Moved: pair what is left, most alike first.
  const usedB = new Set(matchOf.values());
  const moved = new Set<number>();
  const candidates: Array<[number, number, number]> = [];
  for (let i = 0; i < n; i++) {
    if (matchOf.has(i)) continue;
    for (let j = 0; j < m; j++) if (!usedB.has(j) && sim[i]![j]! >= MATCH_THRESHOLD) candidates.push([sim[i]![j]!, i, j]);
  }
  candidates.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, i, j] of candidates) {
    if (matchOf.has(i) || usedB.has(j)) continue;
    matchOf.set(i, j);
    usedB.add(j);
    moved.add(i);
  }
  const aOf = new Map([...matchOf].map(([i, j]) => [j, i]));

  // Rows in the newer text's order; a removed paragraph follows the row of its predecessor.
  const rows: AlignedRow[] = [];
  const removedAfter = new Map<number, number[]>(); // b index (or -1) -> removed a indices
  for (let i = 0; i < n; i++) {
    if (matchOf.has(i)) continue;
    let k = i - 1;
    while (k >= 0 && !matchOf.has(k)) k--;
    const anchor = k >= 0 ? matchOf.get(k)! : -1;
    removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), i]);
  }
  const pushRemoved = (anchor: number) => {
    for (const i of removedAfter.get(anchor) ?? []) {
      rows.push({
        section,
        status: 'removed',
        a: as[i]!,
        b: null,
        similarity: 0,
        moved: false,
        splitFrom: null,
        diff: [{ type: 'delete', text: as[i]!.text }],
      });
    }
  };
  pushRemoved(-1);
  for (let j = 0; j < m; j++) {
    const i = aOf.get(j);
    if (i === undefined) {
      const splitFrom = (k: number) => matchOf.has(k) && shared[k]![j]! >= SPLIT_THRESHOLD * bw[j]!.length && containment(bw[j]!, aw[k]!) >= SPLIT_THRESHOLD;
      const source = as.findIndex((_, k) => splitFrom(k));
      rows.push({
        section,
        status: 'added',
        a: null,
        b: bs[j]!,
        similarity: 0,
        moved: false,
        splitFrom: source >= 0 ? as[source]!.eId : null,
        diff: [{ type: 'insert', text: bs[j]!.text }],
      });
    } else {
      const a = as[i]!;
      const b = bs[j]!;
      const same = a.text === b.text;
      rows.push({
        section,
        status: same ? 'unchanged' : 'changed',
        a,
        b,
        similarity: sim[i]![j]!,
        moved: moved.has(i),
        splitFrom: null,
        diff: same ? [{ type: 'equal', text: b.text }] : diffWords(a.text, b.text),
      });
    }
    pushRemoved(j);
  }
  return rows;
}

/** Aligns document `a` (older) with `b` (newer), section by section. */
export function alignDocuments(a: Pick<ComparedDocument, 'preamble' | 'operative'>, b: Pick<ComparedDocument, 'preamble' | 'operative'>): Alignment {
  const ua = documentUnits(a);
  const ub = documentUnits(b);
  const rows = (['preamble', 'operative', 'items'] as const).flatMap((s) => alignSection(s, ua[s], ub[s]));
  const summary = { unchanged: 0, changed: 0, added: 0, removed: 0, moved: 0 };
  for (const r of rows) {
    summary[r.status]++;
    if (r.moved) summary.moved++;
  }
  return { rows, summary };
}

const cache = new Map<string, Alignment>();
/** Alignments remembered whole: a series' worth, not a corpus' (each holds both its texts). */
const CACHED = 64;
/** Which paragraph became which, remembered for every pair aligned: small, and all a lineage needs. */
const pairs = new Map<string, Array<[string, string]>>();

const pairKey = (a: ComparedDocument, b: ComparedDocument) => `${a.id}@${a.source.sha256}|${b.id}@${b.source.sha256}`;

/**
 * `alignDocuments`, remembered for the last pairs of source texts aligned (a comparison's page
 * and the pages next to it), its matches for every pair: the comparison pages are built first,
 * and the history pages then chain their matches without aligning the texts again.
 */
export function alignDocumentsCached(a: ComparedDocument, b: ComparedDocument): Alignment {
  const key = pairKey(a, b);
  let alignment = cache.get(key);
  if (alignment) cache.delete(key);
  else alignment = alignDocuments(a, b);
  cache.set(key, alignment);
  if (cache.size > CACHED) cache.delete(cache.keys().next().value!);
  if (!pairs.has(key))
    pairs.set(
      key,
      alignment.rows.filter((r) => r.a && r.b).map((r) => [r.a!.eId, r.b!.eId]),
    );
  return alignment;
}

/** The eIds of `a` matched in `b` (older, newer): from any earlier alignment of the pair, else aligned now. */
export function matchedParagraphs(a: ComparedDocument, b: ComparedDocument): Array<[string, string]> {
  const known = pairs.get(pairKey(a, b));
  if (known) return known;
  alignDocumentsCached(a, b);
  return pairs.get(pairKey(a, b))!;
}
