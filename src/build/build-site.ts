/**
 * The build: sources -> ingest -> (Astro build ‖ publishing) -> dist/, Astro
 * starting up during the ingest and reading the data when it is written. Its command line is
 * scripts/build-site.ts; each phase runs as a child process (the ingest's and publishing's own
 * command lines, and Astro's).
 *
 * The search index and the open-data files are made from the JSON, not from the pages, so they
 * are made beside Astro (scripts/publish-data.ts) and moved into Astro's output when both are done;
 * so are, first, the bodies of the comparison and history pages, which Astro renders last and
 * takes from a folder of this build (src/build/page-parts.ts).
 * The site is built beside dist/ and swapped in as a whole (src/build/owned-folder.ts): a failed or
 * interrupted build leaves the last site as it was. Each phase's
 * time and peak memory are reported (`--json` for the benchmark).
 */
import { readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { DATA_PENDING_ENV, DATA_READY, DATA_WANTED } from './data-ready.ts';
import { PARTS_DIR_ENV } from './page-parts.ts';
import { runPhase, type Phase } from './phase.ts';
import { FolderError, mergeInto, publishFolder, recoverFolder, refuseOut, refuseReplace, stageFolder } from './owned-folder.ts';

/** Who the manifest of dist/ names as its writer. */
const WRITER = 'npm run build';

export interface BuildOptions {
  sources: string;
  /** Where the validated JSON is written (or, with `check`, checked). */
  data: string;
  dist: string;
  cache: string;
  /** Check that `data` is current instead of writing it. */
  check?: boolean;
  /** Hide the phases' own output. */
  quiet?: boolean;
  /** Environment for the phases beyond this process's own (SITE_URL, SITE_BASE for another deployment). */
  env?: Record<string, string>;
}

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * From this many files in the sources folder, Astro's heap grows to at most twice what is live
 * after each full collection (V8 lets it grow up to four times): the pages' garbage is most of that
 * heap, and at 5000 documents the build reached 963 MB without the limit, 872–906 MB with it (a
 * limit on growth, not a cap: a larger corpus has the heap it needs).
 * A smaller corpus is far from a gigabyte, and there V8's own growth collects less often: 0.4 of
 * Astro's 9.8 CPU-seconds at 1000 documents (means of five builds each way).
 */
const TIGHT_HEAP_SOURCES = 2000;

/** Node's options for Astro's process, by the size of the corpus (an unreadable folder the ingest reports). */
function astroNodeOptions(sources: string): string[] {
  let files = 0;
  try {
    files = readdirSync(sources).length;
  } catch {}
  return files >= TIGHT_HEAP_SOURCES ? ['--heap-growing-percent=100'] : [];
}

/**
 * Node's cache of the build's own compiled modules (TypeScript stripped of its types, then
 * compiled), kept between builds: loading the ingest's modules took 0.7 CPU-seconds of its start,
 * 0.3 from the cache. The build's own, like Astro's cache in node_modules/.astro.
 */
const COMPILE_CACHE = resolve(ROOT, 'node_modules/.cache/node-compile-cache');

/** Scheduling priority (nice) of the phases that run beside Astro, which is the longest. */
const BESIDE_ASTRO = 10;

export async function buildSite(options: BuildOptions): Promise<{ phases: Phase[]; seconds: number }> {
  const start = performance.now();
  const quiet = options.quiet ?? false;
  recoverFolder(options.dist);
  const refusal = refuseOut(options.dist, { keep: [options.sources], root: ROOT }) ?? refuseReplace(options.dist, WRITER);
  if (refusal) throw new FolderError(`the site's folder: ${refusal}`);
  const site = stageFolder(options.dist);
  const parts = stageFolder(options.dist);
  try {
    return await buildInto(site, parts, options, quiet, start);
  } finally {
    rmSync(site, { recursive: true, force: true });
    rmSync(parts, { recursive: true, force: true });
  }
}

async function buildInto(site: string, parts: string, options: BuildOptions, quiet: boolean, start: number): Promise<{ phases: Phase[]; seconds: number }> {
  const env = {
    ...options.env,
    RESOLUTIONS_DIR: options.data,
    SITE_OUT_DIR: site,
    SITE_CACHE_DIR: options.cache,
    [PARTS_DIR_ENV]: parts,
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  // The ingest's and publishing's, not Astro's: its modules took as long either way.
  const ours = { ...env, NODE_COMPILE_CACHE: COMPILE_CACHE };
  // Astro starts beside the ingest, and asks for the data before it reads it (src/build/data-ready.ts).
  const astro = runPhase('astro build', [...astroNodeOptions(options.sources), 'node_modules/astro/bin/astro.mjs', 'build', ...(quiet ? ['--silent'] : [])], {
    env: { ...env, [DATA_PENDING_ENV]: '1' },
    quiet,
    ipc: true,
  });
  // In as many threads as the sources are worth (src/build/ingest.ts): a small corpus in one,
  // which leaves the other core to Astro's start-up.
  const ingesting = runPhase('ingest', ['scripts/ingest.ts', '--sources', options.sources, '--out', options.data, ...(options.check ? ['--check'] : [])], {
    env: ours,
    quiet,
  }).done;
  astro.child.on('message', (message) => {
    if (message === DATA_WANTED)
      ingesting.then(
        () => astro.child.connected && astro.child.send(DATA_READY),
        () => {},
      );
  });
  const ingest = await ingesting.catch((error: unknown) => {
    astro.child.kill();
    astro.done.catch(() => {});
    throw error;
  });
  // Beside the site, on its device: what is staged there is moved in by renaming.
  const staging = stageFolder(options.dist);
  try {
    const [astroPhase, publish] = await Promise.all([
      astro.done,
      runPhase('page parts, search index and open data', ['scripts/publish-data.ts', '--data', options.data, '--out', staging, '--parts', parts], {
        env: ours,
        quiet,
        nice: BESIDE_ASTRO,
      }).done,
    ]);
    // data/ (beside the page Astro made for it) and search-index/.
    mergeInto(staging, site);
    publishFolder(site, options.dist, WRITER);
    return { phases: [ingest, astroPhase, publish], seconds: (performance.now() - start) / 1000 };
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
