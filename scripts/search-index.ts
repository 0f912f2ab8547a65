/**
 * Builds the Pagefind index of dist/ from the published JSON: one record per paragraph.
 *   node scripts/search-index.ts [--data content/resolutions] [--out dist/pagefind]
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as pagefind from 'pagefind';
import { resolutionDocumentSchema } from '../src/lib/schema.ts';
import { searchRecords } from '../src/lib/search/records.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'content/resolutions' }, out: { type: 'string', default: 'dist/pagefind' } },
});

const files = (await readdir(values.data)).filter((f) => f.endsWith('.json')).sort();
const docs = await Promise.all(files.map(async (f) => resolutionDocumentSchema.parse(JSON.parse(await readFile(join(values.data, f), 'utf8')))));
const records = searchRecords(docs);

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) throw new Error(errors.join('\n'));
// Records go to Pagefind's service in batches rather than one round trip at a time.
const BATCH = 256;
for (let i = 0; i < records.length; i += BATCH) {
  const batch = records.slice(i, i + BATCH);
  const added = await Promise.all(batch.map((record) => index.addCustomRecord(record)));
  added.forEach((a, k) => {
    if (a.errors.length) throw new Error(`${batch[k]!.url}: ${a.errors.join('; ')}`);
  });
}
const written = await index.writeFiles({ outputPath: values.out });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`search-index: ${records.length} records from ${docs.length} documents written to ${values.out}`);
