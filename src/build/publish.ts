/**
 * Publishes the data beside the pages (see scripts/publish-data.ts, its command-line entry): the
 * open-data files under /data/ (src/lib/export/files.ts) and the Pagefind index, one record per
 * document (src/lib/search/records.ts). A very large corpus is indexed in shards of
 * SHARD_DOCUMENTS documents: the first at pagefind/, the others beside it (pagefind-1/ …),
 * listed in pagefind/shards.json for the search page. Shards are few: each adds its page list
 * and postings to what a first query downloads, and at 5000 documents one index builds as fast
 * as five.
 */
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { corpusFile, documentFiles, schemaFile, type DataFile } from '../lib/export/files.ts';
import type { ResolutionDocument } from '../lib/schema.ts';
import { recordHtml, searchRecords } from '../lib/search/records.ts';
import { sitePath } from '../lib/site/urls.ts';
import { corpusSeries } from '../lib/document/index.ts';

/** Documents per index; SEARCH_SHARD_DOCUMENTS overrides it (tests use a tiny one to exercise merging). */
const SHARD_DOCUMENTS = Number(process.env['SEARCH_SHARD_DOCUMENTS'] ?? 5000);
/** Documents whose open-data files are made and written at once: never all of them held in memory. */
const DOCUMENTS_AT_ONCE = 64;

export async function writeOpenData(docs: ResolutionDocument[], out: string): Promise<number> {
  const write = async (files: DataFile[]) => {
    await Promise.all(
      files.map(async ({ path, body }) => {
        const file = join(out, path);
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, body);
      }),
    );
    return files.length;
  };
  let written = await write([corpusFile(docs), schemaFile()]);
  for (let i = 0; i < docs.length; i += DOCUMENTS_AT_ONCE) written += await write(docs.slice(i, i + DOCUMENTS_AT_ONCE).flatMap(documentFiles));
  return written;
}

export async function writeSearchIndex(docs: ResolutionDocument[], out: string): Promise<{ records: number; indexes: number }> {
  // Whole series stay together, in order, so that a shard is a run of years of some series.
  const ordered = [...corpusSeries(docs).values()].flat();
  const bundles: string[] = [];
  let records = 0;
  for (let shard = 0; shard * SHARD_DOCUMENTS < ordered.length; shard++) {
    const batch = searchRecords(ordered.slice(shard * SHARD_DOCUMENTS, (shard + 1) * SHARD_DOCUMENTS));
    // The records are written as files and indexed as a folder: Pagefind then reads and parses
    // them on every core, where records sent one by one are parsed one at a time (2.5 times slower).
    await mkdir(out, { recursive: true });
    const folder = await mkdtemp(join(out, '.records-'));
    try {
      await Promise.all(batch.map((record, i) => writeFile(join(folder, `${i}.html`), recordHtml(record).value)));
      const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
      if (!index) throw new Error(errors.join('\n'));
      const added = await index.addDirectory({ path: folder });
      if (added.errors.length) throw new Error(added.errors.join('\n'));
      if (added.page_count !== batch.length) throw new Error(`the search index took ${added.page_count} of ${batch.length} records`);
      const name = shard === 0 ? 'pagefind' : `pagefind-${shard}`;
      const written = await index.writeFiles({ outputPath: join(out, name) });
      if (written.errors.length) throw new Error(written.errors.join('\n'));
      // Pagefind also writes its ready-made search UIs; this site has its own, so they are dropped.
      for (const file of await readdir(join(out, name)))
        if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(file)) await rm(join(out, name, file));
      if (shard > 0) bundles.push(sitePath(`${name}/`));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    records += batch.length;
  }
  await writeFile(join(out, 'pagefind', 'shards.json'), JSON.stringify({ bundles }) + '\n');
  await pagefind.close();
  return { records, indexes: bundles.length + 1 };
}
