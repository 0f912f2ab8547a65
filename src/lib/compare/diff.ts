/**
 * Word-level differences between two texts (Myers' O(ND) algorithm on word and space tokens),
 * tidied so that a change reads as whole words: a run of equal spaces between two changes is
 * folded into them.
 */
import { words } from './similarity.ts';

export type DiffOp = { type: 'equal' | 'insert' | 'delete'; text: string };

const TOKEN = /\s+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

export const tokenize = (text: string): string[] => text.match(TOKEN) ?? [];

/** The shortest edit script between two token sequences, as equal/insert/delete steps. */
function myers(a: string[], b: string[]): Array<{ type: DiffOp['type']; token: string }> {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const offset = max + 1;
  // v[k + offset]: furthest x on diagonal k; trace[d] keeps v as it was before step d.
  let v: Int32Array = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  outer: for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!);
      let x = down ? v[k + 1 + offset]! : v[k - 1 + offset]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) (x++, y++);
      v[k + offset] = x;
      if (x >= n && y >= m) break outer;
    }
  }
  const steps: Array<{ type: DiffOp['type']; token: string }> = [];
  let x = n;
  let y = m;
  for (let d = trace.length - 1; d >= 0 && (x > 0 || y > 0); d--) {
    v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[prevK + offset]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) steps.push({ type: 'equal', token: a[--x]! }), y--;
    if (d > 0) {
      if (down) steps.push({ type: 'insert', token: b[--y]! });
      else steps.push({ type: 'delete', token: a[--x]! });
    }
  }
  return steps.reverse();
}

const memo = new Map<string, DiffOp[]>();

/**
 * Word-level diff of two texts; the ops' texts concatenate to `a` (less inserts) and `b`
 * (less deletes). Remembered per pair: a paragraph's history repeats the same steps on every
 * page of its series. Callers must not mutate the result.
 */
export function diffWords(a: string, b: string): DiffOp[] {
  const key = `${a}\u0000${b}`;
  let ops = memo.get(key);
  if (!ops) memo.set(key, (ops = computeDiff(a, b)));
  return ops;
}

function computeDiff(a: string, b: string): DiffOp[] {
  const ops: DiffOp[] = [];
  for (const step of myers(tokenize(a), tokenize(b))) {
    const last = ops[ops.length - 1];
    if (last?.type === step.type) last.text += step.token;
    else ops.push({ type: step.type, text: step.token });
  }
  return foldSpaces(ops);
}

/** "del ins␠del ins" reads better as "del del / ins ins": spaces alone between changes join them. */
function foldSpaces(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  for (let i = 0; i < ops.length; i++) {
    const op = ops[i]!;
    const prev = out[out.length - 1];
    const next = ops[i + 1];
    if (op.type === 'equal' && /^\s+$/.test(op.text) && prev && prev.type !== 'equal' && next && next.type !== 'equal') {
      // Give the space to both sides of the change.
      pushOp(out, { type: 'delete', text: op.text });
      pushOp(out, { type: 'insert', text: op.text });
      continue;
    }
    pushOp(out, { ...op });
  }
  return regroup(out);
}

function pushOp(out: DiffOp[], op: DiffOp): void {
  const last = out[out.length - 1];
  if (last?.type === op.type) last.text += op.text;
  else out.push(op);
}

/** Within each run of changes, all deletions first, then all insertions. */
function regroup(ops: DiffOp[]): DiffOp[] {
  const out: DiffOp[] = [];
  let del = '';
  let ins = '';
  const flush = () => {
    if (del) out.push({ type: 'delete', text: del });
    if (ins) out.push({ type: 'insert', text: ins });
    del = ins = '';
  };
  for (const op of ops) {
    if (op.type === 'delete') del += op.text;
    else if (op.type === 'insert') ins += op.text;
    else {
      flush();
      out.push(op);
    }
  }
  flush();
  return out;
}

/** Counts of words inserted and deleted. */
export function diffStats(ops: DiffOp[]): { inserted: number; deleted: number } {
  return {
    inserted: ops.filter((o) => o.type === 'insert').reduce((n, o) => n + words(o.text).length, 0),
    deleted: ops.filter((o) => o.type === 'delete').reduce((n, o) => n + words(o.text).length, 0),
  };
}
