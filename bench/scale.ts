/**
 * Scale: whole builds of large corpora against the floor (bench/floor.ts), measured in the same
 * run: the synthetic corpora of N documents (tests/helpers/synthetic.ts: series of 25 under
 * twenty agenda items) and, when it is there, the real one: the texts of the shared corpus that
 * the ingest reads (about a thousand documents of hundreds of series). Each corpus is built `runs`
 * times (five unless BENCH_SCALE_RUNS says otherwise), the project and the floor in turn, and the
 * medians are compared: on two cores the same build varies by ±10 % from run to run, and by up to
 * 40 % in a slow spell of the host, which may catch one build and not the floor beside it; the
 * median of five leaves out two such builds, that of three only one.
 *
 * All work directories are removed only once every build is done. On ext4 without a journal (this
 * machine's disk), a file made within a minute or so of many deletions pays for a scan of the
 * deleted inodes, and measuring the benchmark's own clean-up would add seconds that no build on a
 * settled disk pays.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from '../src/build/build-site.ts';
import type { Phase } from '../src/build/phase.ts';
import { assessSource } from '../src/lib/assess.ts';
import type { ResolutionDocument } from '../src/lib/schema.ts';
import { isSiteRoute } from '../src/lib/site/urls.ts';
import { buildFloor } from './floor.ts';
import { dirBytes } from './search.ts';
import { clickDepths } from '../tests/helpers/link-check.ts';
import { writeSyntheticCorpus } from '../tests/helpers/synthetic.ts';

const round = (x: number, places: number) => Math.round(x * 10 ** places) / 10 ** places;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const phasesOf = (phases: Phase[]) => Object.fromEntries(phases.map((p) => [p.name, { seconds: round(p.seconds, 2), peakMB: p.peakMB }]));
const peak = (phases: Phase[]) => Math.max(...phases.map((p) => p.peakMB ?? 0));

export interface ScaleCorpus {
  kind: 'synthetic' | 'real';
  /** Where its sources are. */
  sources: string;
}

/** The texts of `dir` that the ingest reads, copied into `into`: the real corpus as a build can take it. */
export function readableTexts(dir: string, into: string): number {
  mkdirSync(into, { recursive: true });
  let n = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
    if (assessSource({ file, bytes: readFileSync(join(dir, file)) }).outcome !== 'read') continue;
    copyFileSync(join(dir, file), join(into, file));
    n++;
  }
  return n;
}

/** The farthest document page from the home page, in clicks. */
function farthestDocument(dist: string, docs: number): number {
  const depths = clickDepths(dist);
  const documents = [...depths].filter(([path]) => /^\/[^/]+\/$/.test(path) && !isSiteRoute(path.slice(1, -1)));
  // A document no link reaches is infinitely far.
  return documents.length < docs ? Infinity : Math.max(...documents.map(([, d]) => d));
}

/** What is measured on a corpus' first build besides its time: the search, in a browser. */
export type MeasureSite = (dist: string) => Promise<Record<string, unknown>>;

export async function benchScale(bases: ResolutionDocument[], sizes: number[], runs: number, realCorpus: string | null, measure?: MeasureSite) {
  const works: string[] = [];
  const fresh = (name: string) => {
    const work = mkdtempSync(join(tmpdir(), `scale-${name}-`));
    works.push(work);
    return work;
  };
  const corpora: Array<ScaleCorpus & { documents: number }> = [];
  for (const n of sizes) {
    const sources = join(fresh(`synthetic-${n}`), 'sources');
    writeSyntheticCorpus(bases, n, sources);
    corpora.push({ kind: 'synthetic', sources, documents: n });
  }
  if (realCorpus) {
    const sources = join(fresh('real'), 'sources');
    corpora.push({ kind: 'real', sources, documents: readableTexts(realCorpus, sources) });
  }
  try {
    const results = [];
    for (const corpus of corpora) {
      console.error(`bench: building the ${corpus.kind} corpus of ${corpus.documents} documents and its floor, ${runs} time${runs > 1 ? 's' : ''} each…`);
      const builds: Array<{ seconds: number; phases: Phase[]; dist: { bytes: number; files: number } | null; clicks: number | null }> = [];
      let site: Record<string, unknown> | null = null;
      const floors: Array<{ seconds: number; phases: Phase[] }> = [];
      for (let i = 0; i < runs; i++) {
        const work = fresh(`${corpus.kind}-${corpus.documents}`);
        const data = join(work, 'resolutions');
        const dist = join(work, 'dist');
        const build = await buildSite({ sources: corpus.sources, data, dist, cache: join(work, 'cache'), quiet: true });
        builds.push({ ...build, dist: i === 0 ? dirBytes(dist) : null, clicks: i === 0 ? farthestDocument(dist, corpus.documents) : null });
        if (i === 0 && measure) site = await measure(dist);
        floors.push(await buildFloor(data, work));
      }
      const build = builds.find((b) => b.seconds === median(builds.map((b) => b.seconds)))!;
      const floor = floors.find((f) => f.seconds === median(floors.map((f) => f.seconds)))!;
      results.push({
        corpus: corpus.kind,
        documents: corpus.documents,
        seconds: round(build.seconds, 2),
        runs: builds.map((b) => round(b.seconds, 2)),
        phases: phasesOf(build.phases),
        peakMB: peak(build.phases),
        floor: { seconds: round(floor.seconds, 2), runs: floors.map((f) => round(f.seconds, 2)), phases: phasesOf(floor.phases), peakMB: peak(floor.phases) },
        ratioToFloor: round(build.seconds / floor.seconds, 2),
        distMB: round(builds[0]!.dist!.bytes / 1e6, 1),
        distFiles: builds[0]!.dist!.files,
        clicksToFarthestDocument: builds[0]!.clicks,
        search: site,
      });
    }
    return results;
  } finally {
    for (const work of works) rmSync(work, { recursive: true, force: true });
  }
}
