/**
 * The shortest edit script between two sequences of numbers: Myers' O(ND) search, taken step
 * for step as jsdiff's `diffArrays` takes it (the same diagonals in the same order, the same
 * choice between an insertion and a deletion, the same pruning at the edges of the edit graph),
 * so that it finds the same script of all the shortest ones. It keeps its paths in typed arrays
 * where jsdiff makes an object for each step of each path: the comparisons of a large corpus
 * spent most of their time there. tests/unit/compare-myers.test.ts holds it to jsdiff.
 */

export interface EditStep {
  type: 'equal' | 'insert' | 'delete';
  count: number;
}

const EQUAL = 0;
const INSERT = 1;
const DELETE = 2;
const TYPES = ['equal', 'insert', 'delete'] as const;

/** The steps of a path, each the last of its path so far: a list linked backwards, shared between paths. */
class Steps {
  type = new Uint8Array(1024);
  count = new Int32Array(1024);
  previous = new Int32Array(1024);
  size = 0;

  add(type: number, count: number, previous: number): number {
    if (this.size === this.type.length) {
      const grow = <T extends Uint8Array | Int32Array>(from: T, to: T) => (to.set(from), to);
      this.type = grow(this.type, new Uint8Array(this.size * 2));
      this.count = grow(this.count, new Int32Array(this.size * 2));
      this.previous = grow(this.previous, new Int32Array(this.size * 2));
    }
    this.type[this.size] = type;
    this.count[this.size] = count;
    this.previous[this.size] = previous;
    return this.size++;
  }

  /** A path's step of `type` after its last one `last` (-1 for none): the last one grown when of the same type. */
  extend(last: number, type: number): number {
    return last >= 0 && this.type[last] === type ? this.add(type, this.count[last]! + 1, this.previous[last]!) : this.add(type, 1, last);
  }

  /** The steps ending at `last`, first to last. */
  list(last: number): EditStep[] {
    const steps: EditStep[] = [];
    for (let s = last; s >= 0; s = this.previous[s]!) steps.push({ type: TYPES[this.type[s]!]!, count: this.count[s]! });
    return steps.reverse();
  }
}

/** The edit script from `a` to `b`, or null when it needs more than `maxEdits` insertions and deletions. */
export function shortestEdit(a: ArrayLike<number>, b: ArrayLike<number>, maxEdits: number): EditStep[] | null {
  const oldLen = a.length;
  const newLen = b.length;
  const maxEditLength = Math.min(oldLen + newLen, maxEdits);
  const steps = new Steps();
  // The best path on each diagonal (old position - new position), offset to index the arrays.
  const offset = maxEditLength + 1;
  const oldPos = new Int32Array(2 * offset + 1);
  const last = new Int32Array(2 * offset + 1);
  const defined = new Uint8Array(2 * offset + 1);

  /** Follows the diagonal from the path at `d` while the sequences agree; its new position. */
  const extractCommon = (d: number, diagonal: number): number => {
    let o = oldPos[d]!;
    let n = o - diagonal;
    const start = o;
    while (n + 1 < newLen && o + 1 < oldLen && a[o + 1] === b[n + 1]) {
      n++;
      o++;
    }
    if (o > start) last[d] = steps.add(EQUAL, o - start, last[d]!);
    oldPos[d] = o;
    return n;
  };

  oldPos[offset] = -1;
  last[offset] = -1;
  defined[offset] = 1;
  let newPos = extractCommon(offset, 0);
  if (oldPos[offset]! + 1 >= oldLen && newPos + 1 >= newLen) return steps.list(last[offset]!);

  let minDiagonal = -Infinity;
  let maxDiagonal = Infinity;
  for (let editLength = 1; editLength <= maxEditLength; editLength++) {
    for (let diagonal = Math.max(minDiagonal, -editLength); diagonal <= Math.min(maxDiagonal, editLength); diagonal += 2) {
      const d = diagonal + offset;
      const hasRemove = defined[d - 1] === 1;
      const hasAdd = defined[d + 1] === 1;
      const removeOld = oldPos[d - 1]!;
      const removeLast = last[d - 1]!;
      if (hasRemove) defined[d - 1] = 0;
      const canAdd = hasAdd && oldPos[d + 1]! - diagonal >= 0 && oldPos[d + 1]! - diagonal < newLen;
      const canRemove = hasRemove && removeOld + 1 < oldLen;
      if (!canAdd && !canRemove) {
        defined[d] = 0;
        continue;
      }
      if (!canRemove || (canAdd && removeOld < oldPos[d + 1]!)) {
        oldPos[d] = oldPos[d + 1]!;
        last[d] = steps.extend(last[d + 1]!, INSERT);
      } else {
        oldPos[d] = removeOld + 1;
        last[d] = steps.extend(removeLast, DELETE);
      }
      defined[d] = 1;
      newPos = extractCommon(d, diagonal);
      if (oldPos[d]! + 1 >= oldLen && newPos + 1 >= newLen) return steps.list(last[d]!);
      if (oldPos[d]! + 1 >= oldLen) maxDiagonal = Math.min(maxDiagonal, diagonal - 1);
      if (newPos + 1 >= newLen) minDiagonal = Math.max(minDiagonal, diagonal + 1);
    }
  }
  return null;
}
