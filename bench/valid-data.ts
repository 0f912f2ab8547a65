/**
 * Valid data at volume: random documents the schema accepts (tests/helpers/arbitrary-document.ts)
 * through every renderer and exporter outside Astro (tests/helpers/render-everything.ts). The
 * property test runs a few hundred in CI; this runs ten thousand and counts the exceptions.
 */
import fc from 'fast-check';
import { arbitraryDocument } from '../tests/helpers/arbitrary-document.ts';
import { renderEverything } from '../tests/helpers/render-everything.ts';

export function benchValidData(runs: number) {
  const exceptions: string[] = [];
  const t0 = performance.now();
  // One at a time (fc.check), never all held in memory.
  fc.check(
    fc.property(arbitraryDocument, (doc) => {
      try {
        renderEverything([doc]);
      } catch (error) {
        if (exceptions.length < 10) exceptions.push(`${doc.id}: ${String(error).slice(0, 200)}`);
        else exceptions.push('');
      }
      return true;
    }),
    { numRuns: runs, seed: 1 },
  );
  return { documents: runs, exceptions: exceptions.length, examples: exceptions.filter(Boolean), seconds: Math.round((performance.now() - t0) / 10) / 100 };
}
