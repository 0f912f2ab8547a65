/**
 * Builds the Pagefind index of the site from the published JSON: one record per part of a
 * document, its paragraphs as sub-results (src/lib/search/records.ts).
 *   node scripts/search-index.ts [--data content/resolutions] [--out dist/pagefind]
 *
 * Pagefind's indexing time grows faster than linearly with the records of one index, so a large
 * corpus is indexed in shards of SHARD_DOCUMENTS documents: the first at --out, the others beside
 * it (`pagefind-1/`, `pagefind-2/` …), listed in `<out>/shards.json` for the search page to merge.
 */
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { resolutionDocumentSchema } from '../src/lib/schema.ts';
import { recordHtml, searchRecords } from '../src/lib/search/records.ts';
import { seriesDocuments } from '../src/lib/site/series.ts';

/** Documents per index; SEARCH_SHARD_DOCUMENTS overrides it (tests use a tiny one to exercise merging). */
const SHARD_DOCUMENTS = Number(process.env['SEARCH_SHARD_DOCUMENTS'] ?? 1000);
/** Records go to Pagefind's service in batches rather than one round trip at a time. */
const BATCH = 256;

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'content/resolutions' }, out: { type: 'string', default: 'dist/pagefind' } },
});

const files = (await readdir(values.data)).filter((f) => f.endsWith('.json')).sort();
const all = await Promise.all(files.map(async (f) => resolutionDocumentSchema.parse(JSON.parse(await readFile(join(values.data, f), 'utf8')))));
// Whole series stay together, in order, so that a shard is a run of years of some series.
const docs = [...new Set(all.map((d) => d.series))].flatMap((s) => seriesDocuments(all, s));

const started = performance.now();
const bundles: string[] = [];
let total = 0;
for (let shard = 0; shard * SHARD_DOCUMENTS < docs.length; shard++) {
  const records = searchRecords(docs.slice(shard * SHARD_DOCUMENTS, (shard + 1) * SHARD_DOCUMENTS));
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(errors.join('\n'));
  for (let i = 0; i < records.length; i += BATCH) {
    const batch = records.slice(i, i + BATCH);
    const added = await Promise.all(batch.map((record) => index.addHTMLFile({ url: record.url, content: recordHtml(record).value })));
    added.forEach((a, k) => {
      if (a.errors.length) throw new Error(`${batch[k]!.url}: ${a.errors.join('; ')}`);
    });
  }
  const out = shard === 0 ? values.out : join(dirname(values.out), `${basename(values.out)}-${shard}`);
  const written = await index.writeFiles({ outputPath: out });
  if (written.errors.length) throw new Error(written.errors.join('\n'));
  // Pagefind also writes its ready-made search UIs; this site has its own, so they are dropped.
  for (const file of await readdir(out)) if (/^pagefind-(?:component-ui|modular-ui|ui|highlight)\.(?:js|css)$/.test(file)) await rm(join(out, file));
  if (shard > 0) bundles.push(`/${basename(out)}/`);
  total += records.length;
}
await writeFile(join(values.out, 'shards.json'), JSON.stringify({ bundles }) + '\n');
await pagefind.close();
console.log(`search-index: ${total} records from ${docs.length} documents in ${bundles.length + 1} index${bundles.length ? 'es' : ''}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
