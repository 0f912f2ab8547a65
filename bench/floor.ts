/**
 * The floor a build is measured against: a bare Astro build of one plain page per document
 * (bench/floor/, each document's plain text in paragraphs) and the Pagefind CLI over its output,
 * from the same validated JSON, on the same machine, in the same run. No site can build and index
 * these documents with Astro and Pagefind in less; the project's build is reported as a multiple
 * of it.
 */
import { join } from 'node:path';
import { runPhase, type Phase } from '../src/build/phase.ts';

export async function buildFloor(data: string, work: string): Promise<{ seconds: number; phases: Phase[] }> {
  const start = performance.now();
  const out = join(work, 'floor-dist');
  const astro = await runPhase('floor: astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--root', 'bench/floor', '--silent'], {
    env: { FLOOR_DATA_DIR: data, FLOOR_OUT_DIR: out, FLOOR_CACHE_DIR: join(work, 'floor-cache'), ASTRO_TELEMETRY_DISABLED: '1' },
    quiet: true,
  }).done;
  const pagefind = await runPhase('floor: pagefind', ['node_modules/pagefind/lib/runner/bin.cjs', '--site', out, '--force-language', 'en'], { quiet: true })
    .done;
  return { seconds: (performance.now() - start) / 1000, phases: [astro, pagefind] };
}
