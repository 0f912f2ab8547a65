/**
 * Nothing the user owns is ever deleted or damaged: the ingest and the build write only folders
 * they own, replace them as a whole, and a run killed at any moment leaves the old folder or the
 * new one, never a mix.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../helpers/synthetic.ts';
import { readSummaries, SUMMARIES_FILE, summariesText } from '../../src/build/data-files.ts';
import { FolderError, MANIFEST, mergeInto } from '../../src/build/owned-folder.ts';
import { documentSummary } from '../../src/lib/schema.ts';
import { realCorpus, SOURCES_DIR } from '../helpers/sources.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ROOT = join(import.meta.dirname, '../..');

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}
const ingest = (...args: string[]) => run('scripts/ingest.ts', ...args);

/** Every file under a folder with its content, by relative path. */
function snapshot(dir: string, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
      const rel = prefix ? `${prefix}/${e.name}` : e.name;
      return e.isDirectory() ? Object.entries(snapshot(dir, rel)) : [[rel, readFileSync(join(dir, rel), 'utf8')]];
    }),
  );
}

function workspace() {
  const dir = tempDir('safety');
  cpSync(SOURCES_DIR, join(dir, 'sources'), { recursive: true });
  return { dir, sources: join(dir, 'sources'), out: join(dir, 'out') };
}

/** Runs a script in its own process group and kills the whole group with SIGKILL after `ms`. */
function killAfter(ms: number, script: string, ...args: string[]): Promise<void> {
  const child = spawn(process.execPath, [join(ROOT, script), ...args], { cwd: ROOT, detached: true, stdio: 'ignore' });
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* it had finished */
    }
  }, ms);
  return new Promise((done) =>
    child.on('exit', () => {
      clearTimeout(timer);
      // Any process of the group still alive (Astro, a worker) goes too.
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* none left */
      }
      done();
    }),
  );
}

describe('the folders the ingest may write', () => {
  const ws = workspace();
  const cases: Array<[string, string, RegExp]> = [
    ['the sources folder', ws.sources, /is the sources folder/],
    ['a folder inside the sources', join(ws.sources, 'out'), /is inside the sources folder/],
    ['a folder that contains the sources', ws.dir, /contains the sources folder/],
    ['the project root', ROOT, /is the project folder/],
    ['a folder above the project', dirname(ROOT), /is the project folder or above it/],
    ['a file', join(ws.sources, 'a-res-66-24.txt'), /is a file, not a folder/],
  ];
  it.each(cases)('refuses %s, and writes nothing', (_, out, message) => {
    const before = snapshot(ws.dir);
    const r = ingest('--sources', ws.sources, '--out', out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/nothing written\n$/);
    expect(snapshot(ws.dir)).toEqual(before);
  });

  it('refuses a folder holding a file it did not write, and leaves that file alone', () => {
    const { sources, out } = workspace();
    mkdirSync(out);
    writeFileSync(join(out, 'notes.txt'), 'mine');
    expect(ingest('--sources', sources, '--out', out)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/holds files that npm run ingest did not write \(it has no \.manifest\)/),
    });
    expect(snapshot(out)).toEqual({ 'notes.txt': 'mine' });
  });

  it('replaces a folder it wrote; a file added there since stops it, and survives', () => {
    const { sources, out } = workspace();
    expect(ingest('--sources', sources, '--out', out).code).toBe(0);
    for (const f of ['a-res-56-19.txt', 'a-res-56-19.meta.json']) rmSync(join(sources, f));
    expect(ingest('--sources', sources, '--out', out).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      MANIFEST,
      'a-res-62-17.json',
      'a-res-66-24.json',
      'a-res-68-243.json',
      'draft-64-first-committee-2009.json',
      'summaries.jsonl',
    ]);
    writeFileSync(join(out, 'my-draft.json'), '{}');
    const r = ingest('--sources', sources, '--out', out);
    expect(r).toMatchObject({ code: 1, stderr: expect.stringMatching(/holds a file that npm run ingest did not write \(my-draft\.json\); move it out first/) });
    expect(readFileSync(join(out, 'my-draft.json'), 'utf8')).toBe('{}');
  });

  it('--keep-going writes the documents read, lists the sources refused, and exits 1', () => {
    const { sources, out } = workspace();
    writeFileSync(join(sources, 'a-res-62-17.txt'), 'The General Assembly,\n');
    const r = ingest('--sources', sources, '--out', out, '--keep-going');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a-res-62-17\.txt:\d+: /);
    expect(r.stderr).toMatch(/ingest --keep-going: 4 documents written to .*; 1 source refused \(listed above\)/);
    expect(JSON.parse(readFileSync(join(out, MANIFEST), 'utf8')).files).toEqual([
      'a-res-56-19.json',
      'a-res-66-24.json',
      'a-res-68-243.json',
      'draft-64-first-committee-2009.json',
      'summaries.jsonl',
    ]);
  });
});

describe('the summaries the pages read', () => {
  it('are those of the documents written; a data folder without them is refused with what to do', () => {
    const dir = tempDir('summaries');
    expect(() => readSummaries(dir)).toThrow(`${join(dir, SUMMARIES_FILE)} is missing: the data folder was written by an older ingest; run npm run ingest`);
    const docs = realCorpus();
    writeFileSync(join(dir, SUMMARIES_FILE), summariesText(docs.map(documentSummary)));
    expect(readSummaries(dir)).toEqual(JSON.parse(JSON.stringify(docs.map(documentSummary))));
  });
});

describe('an ingest killed at any moment', () => {
  // Two corpora of different sizes: every run turns the folder from one into the other.
  const dir = tempDir('killed');
  const bases = realCorpus();
  writeSyntheticCorpus(bases, 300, join(dir, 'big'));
  writeSyntheticCorpus(bases, 120, join(dir, 'small'));
  const out = join(dir, 'out');

  it('leaves the old folder or the new one, never a mix nor a temporary file; the next run cleans up', async () => {
    expect(ingest('--sources', join(dir, 'big'), '--out', join(dir, 'big-out')).code).toBe(0);
    expect(ingest('--sources', join(dir, 'small'), '--out', out).code).toBe(0);
    const states = [snapshot(out), snapshot(join(dir, 'big-out'))];
    let current = 0;
    let interrupted = 0;
    for (const ms of [150, 400, 700, 1000, 1300, 1600, 2000, 2600, 3500]) {
      await killAfter(ms, 'scripts/ingest.ts', '--sources', join(dir, current === 0 ? 'big' : 'small'), '--out', out);
      const now = snapshot(out);
      const which = states.findIndex((s) => JSON.stringify(s) === JSON.stringify(now));
      expect(which, `after a kill at ${ms} ms the folder is neither the old nor the new`).not.toBe(-1);
      if (which === current) interrupted++;
      current = which;
    }
    expect(interrupted, 'no kill came before the run was done').toBeGreaterThan(0);
    expect(ingest('--sources', join(dir, 'big'), '--out', out).code).toBe(0);
    expect(snapshot(out)).toEqual(states[1]);
    // Nothing left beside it either.
    expect(readdirSync(dir).sort()).toEqual(['big', 'big-out', 'out', 'small']);
  }, 120_000);
});

describe('npm run build and the site folder', () => {
  const build = (sources: string, work: string) => run('scripts/build-site.ts', '--sources', sources, '--work', work);

  it('a failed build leaves the last site untouched; a killed one leaves the old site or the new', async () => {
    const ws = workspace();
    const work = join(ws.dir, 'work');
    expect(build(ws.sources, work).code).toBe(0);
    const dist = join(work, 'dist');
    const good = snapshot(dist);
    const manifest = JSON.parse(good[MANIFEST]!) as { files: string[] };
    expect(
      Object.keys(good)
        .filter((f) => f !== MANIFEST)
        .sort(),
    ).toEqual(manifest.files);
    const mtime = statSync(join(dist, 'index.html')).mtimeMs;

    writeFileSync(join(ws.sources, 'a-res-62-17.txt'), '');
    const failed = build(ws.sources, work);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/a-res-62-17\.txt:1: empty file: no text/);
    expect(snapshot(dist)).toEqual(good);
    expect(statSync(join(dist, 'index.html')).mtimeMs).toBe(mtime);

    // A different corpus, so that the new site differs from the old.
    rmSync(join(ws.sources, 'a-res-62-17.txt'));
    for (const ms of [1500, 4000]) {
      await killAfter(ms, 'scripts/build-site.ts', '--sources', ws.sources, '--work', work);
      const now = snapshot(dist);
      // Killed during Astro's build (it takes seconds), the old site is all there.
      if (ms === 1500) expect(now).toEqual(good);
      const listed = (JSON.parse(now[MANIFEST]!) as { files: string[] }).files;
      expect(
        Object.keys(now)
          .filter((f) => f !== MANIFEST)
          .sort(),
        `after a kill at ${ms} ms`,
      ).toEqual(listed);
    }
    expect(build(ws.sources, work).code).toBe(0);
    expect(existsSync(join(dist, 'a-res-62-17', 'index.html'))).toBe(false);
    expect(readdirSync(work).sort()).toEqual(['cache', 'dist', 'resolutions']);
  }, 180_000);

  it('refuses to replace a site folder holding files it did not write', () => {
    const ws = workspace();
    const work = join(ws.dir, 'work');
    mkdirSync(join(work, 'dist'), { recursive: true });
    writeFileSync(join(work, 'dist', 'index.html'), 'my own page');
    const r = build(ws.sources, work);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/the site's folder: .*dist holds files that npm run build did not write/);
    expect(snapshot(join(work, 'dist'))).toEqual({ 'index.html': 'my own page' });
  });
});

describe("the build's staged parts joined into the site", () => {
  it("the open data joins the folder of Astro's /data/ page; a file both wrote is refused, the site's copy untouched", () => {
    const work = tempDir('merge');
    const [site, staged] = [join(work, 'site'), join(work, 'staged')];
    mkdirSync(join(site, 'data'), { recursive: true });
    writeFileSync(join(site, 'data', 'index.html'), 'page');
    mkdirSync(join(staged, 'data'), { recursive: true });
    mkdirSync(join(staged, 'search-index'));
    writeFileSync(join(staged, 'data', 'a-res-66-24.json'), '{}');
    writeFileSync(join(staged, 'data', 'a-res-68-243.json'), '[]');
    writeFileSync(join(staged, 'search-index', 'index.json'), '{}');
    // The fuller folder is moved whole, the other's page into it: the same site either way.
    mergeInto(staged, site);
    expect(snapshot(site)).toEqual({
      'data/index.html': 'page',
      'data/a-res-66-24.json': '{}',
      'data/a-res-68-243.json': '[]',
      'search-index/index.json': '{}',
    });
    expect(snapshot(staged)).toEqual({});

    for (const more of [[], ['a', 'b', 'c', 'd']]) {
      mkdirSync(join(staged, 'data'), { recursive: true });
      for (const name of [...more, 'index.html']) writeFileSync(join(staged, 'data', name), 'other');
      expect(() => mergeInto(staged, site)).toThrow(FolderError);
      expect(readFileSync(join(site, 'data', 'index.html'), 'utf8')).toBe('page');
      rmSync(join(staged, 'data'), { recursive: true });
    }
    rmSync(work, { recursive: true });
  });
});
