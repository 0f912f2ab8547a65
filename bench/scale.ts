/**
 * Scale: synthetic corpora of N documents (bench/synthetic.ts) through the whole build, timed
 * phase by phase, with resolution pages per second end to end, dist/ size and peak memory.
 *
 * Each size is built `runs` times and the median build is reported: on two cores the same build
 * varies by about ±5 % from run to run. All work directories are removed only once every build is
 * done. On ext4 without a journal (this machine's disk), a file made within a minute or so of many
 * deletions pays for a scan of the deleted inodes, and measuring the benchmark's own clean-up
 * would add seconds that no build on a settled disk pays.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import type { ResolutionDocument } from '../src/lib/schema.ts';
import { dirBytes } from './search.ts';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic.ts';

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;

async function buildOnce(sources: string, work: string) {
  const { phases, seconds } = await buildSite({ sources, data: join(work, 'resolutions'), dist: join(work, 'dist'), cache: join(work, 'cache'), quiet: true });
  return { seconds, phases, dist: dirBytes(join(work, 'dist')) };
}

export async function benchScale(bases: ResolutionDocument[], sizes: number[], runs: number) {
  const works: string[] = [];
  const fresh = (n: number) => {
    const work = mkdtempSync(join(tmpdir(), `scale-${n}-`));
    works.push(work);
    return work;
  };
  try {
    const results = [];
    for (const n of sizes) {
      console.error(`bench: building a synthetic corpus of ${n} documents, ${runs} time${runs > 1 ? 's' : ''}…`);
      const sources = join(fresh(n), 'sources');
      writeSyntheticCorpus(bases, n, sources);
      const builds = [];
      // Each run builds the same sources into a directory of its own.
      for (let i = 0; i < runs; i++) builds.push(await buildOnce(sources, fresh(n)));
      const median = [...builds].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs / 2)]!;
      results.push({
        documents: n,
        seconds: round(median.seconds, 2),
        runs: builds.map((b) => round(b.seconds, 2)),
        phases: Object.fromEntries(median.phases.map((p) => [p.name, { seconds: round(p.seconds, 2), peakMB: p.peakMB }])),
        resolutionPagesPerSecond: round(n / median.seconds, 1),
        distMB: round(median.dist.bytes / 1e6, 1),
        distFiles: median.dist.files,
        peakMB: Math.max(...median.phases.map((p) => p.peakMB ?? 0)),
      });
    }
    return results;
  } finally {
    for (const work of works) rmSync(work, { recursive: true, force: true });
  }
}
