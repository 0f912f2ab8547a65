/**
 * Scale: synthetic corpora of N documents (bench/synthetic.ts) through the whole build, timed
 * phase by phase, with resolution pages per second end to end, dist/ size and peak memory.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../scripts/build-site.ts';
import type { ResolutionDocument } from '../src/lib/schema.ts';
import { dirBytes } from './search.ts';
import { writeSyntheticCorpus } from './synthetic.ts';

export async function benchScale(bases: ResolutionDocument[], n: number) {
  const work = mkdtempSync(join(tmpdir(), `scale-${n}-`));
  try {
    writeSyntheticCorpus(bases, n, join(work, 'sources'));
    const { phases, seconds } = await buildSite({ sources: join(work, 'sources'), data: join(work, 'resolutions'), dist: join(work, 'dist'), cache: join(work, 'cache'), quiet: true });
    const dist = dirBytes(join(work, 'dist'));
    return {
      documents: n,
      seconds: Math.round(seconds * 100) / 100,
      phases: Object.fromEntries(phases.map((p) => [p.name, { seconds: Math.round(p.seconds * 100) / 100, peakMB: p.peakMB }])),
      resolutionPagesPerSecond: Math.round((n / seconds) * 10) / 10,
      distMB: Math.round(dist.bytes / 1e5) / 10,
      distFiles: dist.files,
      peakMB: Math.max(...phases.map((p) => p.peakMB ?? 0)),
    };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
