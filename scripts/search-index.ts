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
for (const record of records) {
  const added = await index.addCustomRecord(record);
  if (added.errors.length) throw new Error(`${record.url}: ${added.errors.join('; ')}`);
}
const written = await index.writeFiles({ outputPath: values.out });
if (written.errors.length) throw new Error(written.errors.join('\n'));
await pagefind.close();
console.log(`search-index: ${records.length} records from ${docs.length} documents written to ${values.out}`);
