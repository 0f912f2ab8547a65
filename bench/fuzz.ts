/**
 * Bad input at volume: damaged real sources (tests/helpers/mutations.ts) through the ingest,
 * counting outcomes and timing each input. The property test runs a few hundred in CI; this
 * runs ten thousand and reports the slowest.
 */
import fc from 'fast-check';
import { ingestCorpus, type SourceFile } from '../src/lib/corpus.ts';
import { damagedSource } from '../tests/helpers/mutations.ts';
import { median } from './search.ts';

export function benchFuzz(sources: SourceFile[], runs: number) {
  let valid = 0;
  let problems = 0;
  const exceptions: string[] = [];
  const times: number[] = [];
  let slowest = { ms: 0, bytes: 0 };
  // Inputs are generated one at a time (fc.check), never all held in memory at once.
  const measure = (input: SourceFile) => {
    const t0 = performance.now();
    try {
      const result = ingestCorpus([input]);
      if (result.ok) valid++;
      else problems++;
    } catch (error) {
      exceptions.push(String(error).slice(0, 200));
    }
    const ms = performance.now() - t0;
    times.push(ms);
    if (ms > slowest.ms) slowest = { ms, bytes: input.bytes.length };
    return true;
  };
  fc.check(fc.property(damagedSource(sources), measure), { numRuns: runs, seed: 20261124 });
  const sorted = [...times].sort((a, b) => a - b);
  return {
    runs,
    validData: valid,
    typedProblems: problems,
    otherExceptions: exceptions.length,
    exceptionSamples: exceptions.slice(0, 5),
    medianMs: Math.round(median(times) * 10) / 10,
    p99Ms: Math.round(sorted[Math.floor(sorted.length * 0.99)]! * 10) / 10,
    maxMs: Math.round(slowest.ms * 10) / 10,
    slowestInputBytes: slowest.bytes,
  };
}
