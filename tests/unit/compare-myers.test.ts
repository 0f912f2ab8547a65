/**
 * The comparisons' own Myers search finds, for any two sequences, the script jsdiff finds: the
 * same steps of the same lengths, and no script where jsdiff gives up.
 */
import { diffArrays } from 'diff';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shortestEdit } from '../../src/lib/compare/myers.ts';
import { tokenize } from '../../src/lib/compare/diff.ts';
import { realCorpus } from '../helpers/sources.ts';

/** jsdiff's script in the steps' form. */
function jsdiff(a: number[], b: number[], maxEdits: number) {
  const changes = diffArrays(a, b, { maxEditLength: maxEdits });
  return changes ? changes.map((c) => ({ type: c.added ? 'insert' : c.removed ? 'delete' : 'equal', count: c.value.length })) : null;
}

// Few distinct values, so that there are many shortest scripts to choose between.
const sequence = (values: number) => fc.array(fc.integer({ min: 0, max: values - 1 }), { maxLength: 60 });

describe('the shortest edit script', () => {
  it('is the one jsdiff chooses, whatever the sequences', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 130 }), sequence(4), sequence(4), (values, maxEdits, a, b) => {
        const [x, y] = [a.map((v) => v % values), b.map((v) => v % values)];
        expect(shortestEdit(x, y, maxEdits)).toEqual(jsdiff(x, y, maxEdits));
      }),
      { numRuns: 3000 },
    );
  });

  it('is the one jsdiff chooses between the paragraphs of the series', () => {
    const ids = new Map<string, number>();
    const id = (token: string) => ids.get(token) ?? ids.set(token, ids.size).get(token)!;
    const docs = realCorpus();
    let compared = 0;
    for (let k = 1; k < docs.length; k++) {
      const [older, newer] = [docs[k - 1]!, docs[k]!].map((d) => [...d.preamble, ...d.operative]);
      for (const p of older!) {
        for (const q of newer!.slice(0, 12)) {
          const [a, b] = [tokenize(p.text).map(id), tokenize(q.text).map(id)];
          expect(shortestEdit(a, b, 2000)).toEqual(jsdiff(a, b, 2000));
          compared++;
        }
      }
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('holds what it leaves unchanged: the steps spell both sequences', () => {
    const a = [1, 2, 3, 4, 5, 6];
    const b = [1, 3, 4, 7, 5, 6, 8];
    expect(shortestEdit(a, b, 100)).toEqual([
      { type: 'equal', count: 1 },
      { type: 'delete', count: 1 },
      { type: 'equal', count: 2 },
      { type: 'insert', count: 1 },
      { type: 'equal', count: 2 },
      { type: 'insert', count: 1 },
    ]);
    expect(shortestEdit(a, b, 2)).toBeNull();
    expect(shortestEdit([], [], 0)).toEqual([]);
  });
});
