import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSearchIndex, writeSearchIndexBeside } from '../../src/build/search-index.ts';
import { searchRecords } from '../../src/lib/search/records.ts';
import { realCorpus } from '../helpers/sources.ts';
import { tempDir } from '../helpers/temp-dir.ts';

/** Every file under `dir`, by its path there, with its bytes. */
const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [path.slice(dir.length), readFileSync(path)];
      }),
  );

describe('the search index written in a thread of its own', () => {
  const corpus = realCorpus();

  it('is the index written on this thread, file for file and byte for byte', async () => {
    const [here, beside] = [tempDir('search-here'), tempDir('search-beside')];
    const written = await writeSearchIndex(searchRecords(corpus), here);
    expect(await writeSearchIndexBeside(corpus, beside)).toEqual(written);
    expect(written).toEqual({ records: 5, chunks: 1 });
    const files = filesOf(beside);
    expect(Object.keys(files)).toHaveLength(7);
    expect(files).toEqual(filesOf(here));
  });

  it('fails, rather than leave a publisher waiting, when the thread cannot write it', async () => {
    const file = join(tempDir('search-blocked'), 'a-file');
    writeFileSync(file, '');
    await expect(writeSearchIndexBeside(corpus, file)).rejects.toThrow(/ENOTDIR|EEXIST|not a directory/i);
  });
});
