/**
 * Property: whatever damage a source suffers, ingesting it ends either in data the schema
 * accepts or in problems naming the file and a line of it; never in another exception.
 * (How long each input takes is measured by the benchmark, not asserted here.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ingestCorpus } from '../../src/lib/corpus.ts';
import { resolutionDocumentSchema } from '../../src/lib/schema.ts';
import { damagedSource } from '../helpers/mutations.ts';
import { realSources } from '../helpers/sources.ts';

const sources = realSources();

describe('damaged sources', () => {
  it('end in valid data or in typed problems with file and line', () => {
    fc.assert(
      fc.property(damagedSource(sources), (source) => {
        const result = ingestCorpus([source]);
        if (result.ok) {
          for (const doc of result.documents) resolutionDocumentSchema.parse(doc);
          return;
        }
        const lines = new TextDecoder().decode(source.bytes).split('\n').length;
        expect(result.problems.length).toBeGreaterThan(0);
        for (const p of result.problems) {
          expect([source.file, source.metadata?.file]).toContain(p.file);
          expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= Math.max(lines, 1)).toBe(true);
          expect(p.message.length).toBeGreaterThan(5);
        }
      }),
      {
        numRuns: Number(process.env['FC_RUNS'] ?? 300),
        ...(process.env['FC_SEED'] ? { seed: Number(process.env['FC_SEED']) } : {}),
        // The counterexample can be a megabyte of bytes: report how to replay it, not the bytes.
        reporter: (run) => {
          if (run.failed)
            throw new Error(`property failed; replay with FC_SEED=${run.seed} (path ${run.counterexamplePath}): ${String(run.errorInstance).slice(0, 2000)}`);
        },
      },
    );
  }, 120_000);
});
