/**
 * Builds a site from any folder of sources, apart from the project's own build:
 *   node scripts/build-site.ts --sources DIR --work DIR
 * writes DIR/resolutions (ingest), DIR/dist (Astro) and DIR/dist/pagefind (search), and prints
 * each phase's time and peak memory as JSON. Used by the benchmark and the escaping test.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface Phase {
  name: string;
  seconds: number;
  /** Peak resident memory of the phase's process, MB (sampled from /proc; null where unavailable). */
  peakMB: number | null;
}

const ROOT = resolve(import.meta.dirname, '..');

/** Runs a node script as a child, timing it and sampling its peak memory. */
function run(name: string, args: string[], env: NodeJS.ProcessEnv): Promise<Phase> {
  return new Promise((done, fail) => {
    const start = performance.now();
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'pipe'] });
    let peakKB = 0;
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const sample = setInterval(() => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peakKB = Math.max(peakKB, Number(hwm[1]));
      } catch {
        /* the process has ended */
      }
    }, 25);
    child.on('exit', (code) => {
      clearInterval(sample);
      if (code !== 0) fail(new Error(`${name} failed (exit ${code}):\n${stderr.slice(-4000)}`));
      else done({ name, seconds: (performance.now() - start) / 1000, peakMB: peakKB ? Math.round(peakKB / 1024) : null });
    });
  });
}

export async function buildSite(sources: string, work: string): Promise<Phase[]> {
  const data = join(work, 'resolutions');
  const dist = join(work, 'dist');
  const env = { RESOLUTIONS_DIR: data, SITE_OUT_DIR: dist, SITE_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  return [
    await run('ingest', ['scripts/ingest.ts', '--sources', sources, '--out', data], env),
    await run('astro build', ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], env),
    await run('search index', ['scripts/search-index.ts', '--data', data, '--out', join(dist, 'pagefind')], env),
  ];
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { sources: { type: 'string' }, work: { type: 'string' } } });
  if (!values.sources || !values.work) {
    console.error('usage: node scripts/build-site.ts --sources DIR --work DIR');
    process.exit(2);
  }
  console.log(JSON.stringify(await buildSite(resolve(values.sources), resolve(values.work)), null, 2));
}
