/**
 * The comparison and history pages are the same whether publishing made their bodies beside
 * Astro (src/build/page-parts.ts), as the build does, or the pages made them: Astro alone,
 * without a folder of parts, builds the same data, and each of those pages must be the same as
 * in dist/, byte for byte.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { PARTS_DIR_ENV } from '../../src/build/page-parts.ts';
import { RESOLUTIONS_DIR } from '../helpers/sources.ts';
import { tempDir } from '../helpers/temp-dir.ts';
import { DIST } from './harness.ts';

const ROOT = join(import.meta.dirname, '../..');
let alone: string;

beforeAll(() => {
  const work = tempDir('astro-alone');
  alone = join(work, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, RESOLUTIONS_DIR, SITE_OUT_DIR: alone, SITE_CACHE_DIR: join(work, 'cache'), ASTRO_TELEMETRY_DISABLED: '1' };
  delete env[PARTS_DIR_ENV];
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { cwd: ROOT, env, stdio: 'ignore' });
}, 120_000);

/** The built pages under `folder` of dist/, relative to dist/. */
const pagesUnder = (folder: string) =>
  readdirSync(join(DIST, folder), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name === 'index.html' && e.parentPath !== join(DIST, folder))
    .map((e) => join(e.parentPath, e.name).slice(DIST.length + 1));

it('builds every comparison and history page the same with parts made beside or by the page', () => {
  const pages = [...pagesUnder('compare'), ...pagesUnder('history')];
  expect(pages.length).toBe(5); // four comparisons of consecutive texts and the series' history
  for (const page of pages) expect(readFileSync(join(alone, page), 'utf8'), page).toBe(readFileSync(join(DIST, page), 'utf8'));
});
