/** The ingest CLI as a user runs it: exit codes, messages, and an output folder never half-written. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSyntheticCorpus } from '../helpers/synthetic.ts';
import { worthwhileShares } from '../../src/build/ingest.ts';
import { ingestCorpus } from '../../src/lib/corpus.ts';
import { documentSummary, documentSummarySchema, resolutionDocumentSchema } from '../../src/lib/schema.ts';
import { realCorpus, RESOLUTIONS_DIR, SOURCES_DIR } from '../helpers/sources.ts';
import { tempDir } from '../helpers/temp-dir.ts';

const ROOT = join(import.meta.dirname, '../..');

function ingest(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/ingest.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function workspace() {
  const dir = tempDir('ingest');
  cpSync(SOURCES_DIR, join(dir, 'sources'), { recursive: true });
  return { sources: join(dir, 'sources'), out: join(dir, 'out') };
}

const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );

describe('npm run ingest', () => {
  it('writes one valid JSON per source', () => {
    const ws = workspace();
    const run = ingest('--sources', ws.sources, '--out', ws.out);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/5 documents written/);
    const files = readdirSync(ws.out).sort();
    expect(files).toEqual([
      '.manifest',
      'a-res-56-19.json',
      'a-res-62-17.json',
      'a-res-66-24.json',
      'a-res-68-243.json',
      'draft-64-first-committee-2009.json',
      'summaries.jsonl',
    ]);
    expect(JSON.parse(readFileSync(join(ws.out, '.manifest'), 'utf8'))).toEqual({ writtenBy: 'npm run ingest', files: files.slice(1) });
    const documents = files.filter((f) => f.endsWith('.json')).map((f) => resolutionDocumentSchema.parse(JSON.parse(readFileSync(join(ws.out, f), 'utf8'))));
    const summaries = readFileSync(join(ws.out, 'summaries.jsonl'), 'utf8').trim().split('\n');
    expect(summaries.map((line) => documentSummarySchema.parse(JSON.parse(line)).id).sort()).toEqual(documents.map((d) => d.id).sort());
  });

  it('on bad input: exit 1, FILE:LINE: message per problem, no stack trace, output untouched', () => {
    const ws = workspace();
    expect(ingest('--sources', ws.sources, '--out', ws.out).code).toBe(0);
    const before = snapshot(ws.out);
    const mtimes = readdirSync(ws.out).map((n) => statSync(join(ws.out, n)).mtimeMs);

    const path66 = join(ws.sources, 'a-res-66-24.txt');
    const text66 = readFileSync(path66, 'utf8');
    const line = text66.split('\n').findIndex((l) => l.startsWith('3. *Invites*')) + 1;
    writeFileSync(path66, text66.replace('3. *Invites*', '4. *Invites*'));
    writeFileSync(join(ws.sources, 'a-res-62-17.txt'), '');
    const run = ingest('--sources', ws.sources, '--out', ws.out);

    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/sources\/a-res-62-17\.txt:1: empty file: no text$/));
    expect(lines).toContainEqual(`${path66}:${line}: operative paragraph 4 where 3 was expected: numbering gap`);
    expect(lines).toContainEqual(`${path66}:${line + 10}: operative paragraph 4 appears twice`);
    expect(lines).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/^ingest: \d+ problems; nothing written to /);
    expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m); // no stack frames
    expect(snapshot(ws.out)).toEqual(before);
    expect(readdirSync(ws.out).map((n) => statSync(join(ws.out, n)).mtimeMs)).toEqual(mtimes);
  });

  it('refuses an oversized file without reading it', () => {
    const ws = workspace();
    writeFileSync(join(ws.sources, 'huge.txt'), Buffer.alloc(2_000_000, 'a'));
    const run = ingest('--sources', ws.sources, '--out', ws.out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/huge\.txt:1: file is 2000000 bytes; a resolution text is far below 1000000 bytes/);
  });

  it('reports a metadata file without its source text', () => {
    const ws = workspace();
    writeFileSync(join(ws.sources, 'orphan.meta.json'), '{}');
    const run = ingest('--sources', ws.sources, '--out', ws.out);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/orphan\.meta\.json:1: metadata file without a source text beside it/);
  });

  it('--check passes on current data and fails on stale data', () => {
    const ws = workspace();
    expect(ingest('--sources', ws.sources, '--out', ws.out).code).toBe(0);
    expect(ingest('--sources', ws.sources, '--out', ws.out, '--check')).toMatchObject({ code: 0 });
    const file = join(ws.out, 'a-res-66-24.json');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"71st plenary meeting"', '"72nd plenary meeting"'));
    const run = ingest('--sources', ws.sources, '--out', ws.out, '--check');
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/out of date \(a-res-66-24\.json\)/);
  });

  it('the committed content/resolutions is what the sources produce (golden output; UPDATE=1 or `npm run ingest` regenerates it)', () => {
    if (process.env['UPDATE']) expect(ingest('--out', RESOLUTIONS_DIR)).toMatchObject({ code: 0 });
    expect(ingest('--out', RESOLUTIONS_DIR, '--check')).toMatchObject({ code: 0 });
  });
});

describe('a sources folder a user has set wrong: one FILE:LINE line each, never a stack trace', () => {
  it('a symbolic link that loops, a folder named like a source, a file name that is not UTF-8', () => {
    const ws = workspace();
    symlinkSync('loop.txt', join(ws.sources, 'loop.txt'));
    mkdirSync(join(ws.sources, 'folder.txt'));
    writeFileSync(Buffer.concat([Buffer.from(join(ws.sources, 'caf')), Buffer.from([0xe9]), Buffer.from('.txt')]), 'text');
    const run = ingest('--sources', ws.sources, '--out', ws.out);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `${join(ws.sources, 'caf\\xe9.txt')}:1: file name is not UTF-8: rename the file`,
      `${join(ws.sources, 'folder.txt')}:1: a folder, not a file: a source is a .txt or .pdf file`,
      `${join(ws.sources, 'loop.txt')}:1: cannot read: a symbolic link that loops`,
      expect.stringMatching(/^ingest: 3 problems; nothing written to /),
    ]);
    expect(existsSync(ws.out)).toBe(false);
  });
});

describe('npm run ingest -- --explain FILE', () => {
  it('prints every line of a read text with what it was read as', () => {
    const run = ingest('--explain', join(SOURCES_DIR, 'a-res-66-24.txt'));
    expect(run.code).toBe(0);
    const rows = run.stdout.split('\n');
    const row = (text: string) =>
      rows
        .find((r) => r.endsWith(`│ ${text}`))
        ?.replace(/\s+│.*$/, '')
        .trim();
    expect(row('Distr.: General')).toBe('7  masthead: distribution and date');
    expect(row('Agenda item 93')).toBe('11  masthead: agenda item');
    expect(row('[on the report of the First Committee (A/66/407)]')).toBe('15  masthead: committee and its report');
    expect(row('The General Assembly,')).toBe('19  enacting formula');
    expect(row('*71st plenary meeting')).toBe('83  closing');
    expect(rows.filter((r) => / {2}operative 3 \(b\) +│/.test(r)).length).toBeGreaterThan(0);
    expect(rows.filter((r) => / {2}preamble 11 +│/.test(r)).length).toBeGreaterThan(0);
    expect(rows.filter((r) => / not read +│/.test(r))).toEqual([]);
    expect(run.stdout).toMatch(/explain: .*a-res-66-24\.txt is read\n$/);
  });

  it('shows where and why a text is refused, under the line', () => {
    const ws = workspace();
    const path = join(ws.sources, 'a-res-66-24.txt');
    writeFileSync(path, readFileSync(path, 'utf8').replace('3. *Invites*', '4. *Invites*'));
    const run = ingest('--explain', path, '--sources', ws.sources);
    expect(run.code).toBe(1);
    const rows = run.stdout.split('\n');
    const at = rows.findIndex((r) => r.includes('│ 4. *Invites*'));
    expect(rows[at + 1]).toMatch(/▲ refused +│ .*a-res-66-24\.txt:\d+: operative paragraph 4 where 3 was expected: numbering gap$/);
    expect(run.stdout).toMatch(/is refused: 2 problems\n$/);
  });

  it('reads an official PDF through pdftotext, and lists its page furniture as removed', () => {
    const run = ingest('--explain', join(ROOT, 'tests/fixtures/pdf/a-res-78-16.pdf'));
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^ *\d+ {2}removed: barcode +│ \*2324434\*$/m);
    expect(run.stdout).toMatch(/^ *\d+ {2}footnote 4 +│ A\/78\/76\.$/m);
    expect(run.stdout).toMatch(/lines of a-res-78-16\.pdf are lines of its text as pdftotext -enc UTF-8 gives it/);
  });

  it('writes the whole report of a long text through a pipe (3,469 lines, refused at line 2,346), and shows a note carried over to the next page', () => {
    const long = ingest('--explain', join(ROOT, 'tests/fixtures/corpus/a-res-80-110.txt'));
    expect(long.stdout.split('\n').length).toBeGreaterThan(3469);
    expect(long.stdout).toMatch(/a-res-80-110\.txt is refused: 1 problem\n$/);
    const carried = ingest('--explain', join(ROOT, 'tests/fixtures/corpus/a-c-3-80-l-17.txt'));
    expect(carried.stdout).toMatch(/^ *743 {2}footnote 42, continued +│ corrigendum \(E\/2005\/27 and E\/2005\/27\/Corr\.1\), chap\. I, sect\. D\.$/m);
  });

  it('says so when the file is not there', () => {
    expect(ingest('--explain', join(SOURCES_DIR, 'nothing.txt'))).toMatchObject({ code: 1, stderr: expect.stringMatching(/nothing\.txt:1: no such source/) });
  });
});

describe('a PDF among the sources', () => {
  it('is read as its text, with the PDF’s own SHA-256; a .txt of the same name beside it is refused', () => {
    const ws = workspace();
    cpSync(join(ROOT, 'tests/fixtures/pdf'), ws.sources, { recursive: true });
    const run = ingest('--sources', ws.sources, '--out', ws.out);
    expect(run).toMatchObject({ code: 0, stdout: expect.stringMatching(/7 documents written/) });
    const doc = resolutionDocumentSchema.parse(JSON.parse(readFileSync(join(ws.out, 'a-res-78-16.json'), 'utf8')));
    expect(doc.source).toEqual({
      file: 'a-res-78-16.pdf',
      sha256: createHash('sha256')
        .update(readFileSync(join(ROOT, 'tests/fixtures/pdf/a-res-78-16.pdf')))
        .digest('hex'),
    });
    expect(doc.preamble).toHaveLength(21);
    expect(doc.footnotes.map((n) => n.marker)).toEqual(['1', '2', '3', '4']);

    writeFileSync(join(ws.sources, 'a-res-78-16.txt'), readFileSync(join(ROOT, 'tests/fixtures/corpus/a-res-78-16.txt')));
    expect(ingest('--sources', ws.sources, '--out', ws.out)).toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/a-res-78-16\.pdf:1: both a-res-78-16\.txt and this PDF: keep one source per document/),
    });
  });
});

describe('a corpus large enough to ingest in shares', () => {
  // 250 synthetic sources in two shares, whatever the machine: a worker thread parses the second.
  const dir = tempDir('shares');
  writeSyntheticCorpus(realCorpus(), 250, join(dir, 'sources'));
  const sources = readdirSync(join(dir, 'sources'))
    .sort()
    .map((file) => ({ file, bytes: readFileSync(join(dir, 'sources', file)) }));

  it('writes exactly what one pass over all the sources gives', () => {
    const run = ingest('--sources', join(dir, 'sources'), '--out', join(dir, 'out'), '--jobs', '2');
    expect(run).toMatchObject({ code: 0, stderr: '' });
    const once = ingestCorpus(sources);
    if (!once.ok) throw new Error('the synthetic corpus should ingest');
    const { '.manifest': _, 'summaries.jsonl': summaries, ...written } = snapshot(join(dir, 'out'));
    expect(written).toEqual(Object.fromEntries(once.documents.map((d) => [`${d.id}.json`, JSON.stringify(d, null, 2) + '\n'])));
    expect(Object.keys(written)).toHaveLength(250);
    // One summary a line, in the corpus' order, each the schema's summary of its document.
    expect(summaries).toBe(once.documents.map((d) => JSON.stringify(documentSummary(d)) + '\n').join(''));
  });

  it('are as many as the size of the sources is worth, unless --jobs says how many', () => {
    // 250 sources of the synthetic corpus are about 1.4 MB: one thread (the test above forces two).
    expect(worthwhileShares(sources, 2)).toBe(1);
    const megabytes = (mb: number[]) => mb.map((m, i) => ({ file: `${i}.txt`, bytes: new Uint8Array(m * 1e6) }));
    expect(worthwhileShares(megabytes([4, 4]), 2)).toBe(1);
    expect(worthwhileShares(megabytes([4, 4, 4]), 2)).toBe(2);
    expect(worthwhileShares(megabytes([4, 4, 4]), 1)).toBe(1);
    expect(worthwhileShares(megabytes([10, 10, 10]), 8)).toBe(6);
    expect(worthwhileShares([], 2)).toBe(1);
  });

  it('reports problems in any share, in file order, and writes nothing', () => {
    const bad = join(dir, 'bad');
    cpSync(join(dir, 'sources'), bad, { recursive: true });
    const names = readdirSync(bad).sort();
    // One in the first share, the others in later shares whatever the number of cores.
    for (const name of [names[0]!, names[1]!, names.at(-1)!]) writeFileSync(join(bad, name), '');
    const run = ingest('--sources', bad, '--out', join(dir, 'bad-out'), '--jobs', '2');
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      ...[names[0]!, names[1]!, names.at(-1)!].map((n) => `${join(bad, n)}:1: empty file: no text`),
      `ingest: 3 problems; nothing written to ${join(dir, 'bad-out')}`,
    ]);
    expect(existsSync(join(dir, 'bad-out'))).toBe(false);
  });
});

describe('npm run build', () => {
  it('stops, Astro with it, when the ingest fails, naming the file and line', () => {
    const ws = workspace();
    writeFileSync(join(ws.sources, 'a-res-62-17.txt'), '');
    const work = tempDir('build');
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/build-site.ts'), '--sources', ws.sources, '--work', work], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/a-res-62-17\.txt:1: empty file: no text/);
    expect(run.stderr).toMatch(/^build: ingest failed \(exit 1\)$/m);
    expect(existsSync(join(work, 'dist'))).toBe(false);
  }, 60_000);
});
