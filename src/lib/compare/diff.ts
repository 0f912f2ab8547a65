/**
 * Word-level differences between two texts (Myers' O(ND) algorithm on word and space tokens,
 * as jsdiff takes it: ./myers.ts), tidied so that a change reads as whole words: a run of equal
 * spaces between two changes is folded into them.
 */
// The one module, not the parser's index: comparisons also run in the browser.
import { asciiLettersOnly } from '../parse/ascii.ts';
import { shortestEdit } from './myers.ts';
import { words } from './similarity.ts';

export type DiffOp = { type: 'equal' | 'insert' | 'delete'; text: string };

const TOKEN = /\s+|[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;
const ASCII_TOKEN = /\s+|[A-Za-z0-9]+(?:[-'’][A-Za-z0-9]+)*|[^\sA-Za-z0-9]/g;

export const tokenize = (text: string): string[] => text.match(asciiLettersOnly(text) ? ASCII_TOKEN : TOKEN) ?? [];

/**
 * Beyond this many token edits two texts are shown as replaced whole: the edit script would
 * say no more, and finding it costs time and memory that grow with the square of the edits
 * (never with the texts' length times the edits: a 20,000-word paragraph once needed 2.6 GB).
 */
export const MAX_EDITS = 2000;

/** The shortest edit script between two token sequences, or one replacement past MAX_EDITS. */
function editScript(a: string[], b: string[]): Array<{ type: DiffOp['type']; tokens: string[] }> {
  // Searched as numbers, one per distinct token.
  const ids = new Map<string, number>();
  const id = (token: string) => {
    let n = ids.get(token);
    if (n === undefined) ids.set(token, (n = ids.size));
    return n;
  };
  const steps = shortestEdit(a.map(id), b.map(id), MAX_EDITS);
  if (!steps)
    return [
      { type: 'delete', tokens: a },
      { type: 'insert', tokens: b },
    ];
  let i = 0;
  let j = 0;
  return steps.map(({ type, count }) => {
    if (type === 'insert') return { type, tokens: b.slice(j, (j += count)) };
    if (type === 'delete') return { type, tokens: a.slice(i, (i += count)) };
    i += count;
    return { type, tokens: b.slice(j, (j += count)) };
  });
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
  for (const step of editScript(tokenize(a), tokenize(b))) if (step.tokens.length) pushOp(ops, { type: step.type, text: step.tokens.join('') });
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
