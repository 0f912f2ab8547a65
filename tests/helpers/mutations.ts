/**
 * Damaged versions of the real sources, for property-based tests and the fuzzing benchmark:
 * lines deleted, duplicated and swapped, truncation, random bytes, very long lines, huge inputs.
 */
import fc from 'fast-check';
import type { SourceFile } from '../../src/lib/corpus.ts';

type Mutation = (lines: string[]) => string[] | Uint8Array;

const at = (n: number, lines: string[]) => (lines.length ? n % lines.length : 0);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n): Mutation =>
      (ls) =>
        ls.filter((_, i) => i !== at(n, ls)),
  ),
  fc.nat().map(
    (n): Mutation =>
      (ls) =>
        ls.flatMap((l, i) => (i === at(n, ls) ? [l, l] : [l])),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (ls) => {
    if (ls.length === 0) return ls;
    const out = [...ls];
    const [i, j] = [at(a, ls), at(b, ls)];
    [out[i], out[j]] = [out[j]!, out[i]!];
    return out;
  }),
  fc.nat().map(
    (n): Mutation =>
      (ls) =>
        ls.slice(0, at(n, ls)),
  ),
  fc.tuple(fc.nat(), fc.string({ maxLength: 40 })).map(
    ([n, s]): Mutation =>
      (ls) =>
        ls.map((l, i) => (i === at(n, ls) ? l.slice(0, s.length) + s + l.slice(s.length) : l)),
  ),
  fc.tuple(fc.nat(), fc.nat({ max: 5000 })).map(
    ([n, k]): Mutation =>
      (ls) =>
        ls.map((l, i) => (i === at(n, ls) ? l.repeat(k + 1) : l)),
  ),
  fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 64 })).map(([n, bytes]): Mutation => (ls) => {
    const text = new TextEncoder().encode(ls.join('\n'));
    const cut = text.length ? n % text.length : 0;
    return Uint8Array.from([...text.slice(0, cut), ...bytes, ...text.slice(cut)]);
  }),
  fc.constant<Mutation>((ls) => Array.from({ length: 40 }, () => ls).flat()),
);

/** Past the ingest's size limit a few bytes more test nothing; keeping inputs near it keeps them cheap. */
const MAX_CHARS = 2_000_000;

function capped(lines: string[]): string[] {
  const out: string[] = [];
  let total = 0;
  for (const line of lines) {
    if (total + line.length > MAX_CHARS) {
      out.push(line.slice(0, Math.max(0, MAX_CHARS - total)));
      break;
    }
    out.push(line);
    total += line.length + 1;
  }
  return out;
}

/** A real source with one to three mutations applied. */
export function damagedSource(sources: SourceFile[]): fc.Arbitrary<SourceFile> {
  return fc.tuple(fc.constantFrom(...sources), fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([source, mutations]) => {
    let current: string[] | Uint8Array = new TextDecoder().decode(source.bytes).split('\n');
    for (const m of mutations) {
      if (current instanceof Uint8Array) break;
      const next: string[] | Uint8Array = m(current);
      current = next instanceof Uint8Array ? next : capped(next);
    }
    const bytes = current instanceof Uint8Array ? current : new TextEncoder().encode(current.join('\n'));
    return { ...source, bytes };
  });
}
