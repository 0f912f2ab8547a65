/**
 * Writes the open-data files of the site from the published JSON (src/lib/export/files.ts).
 *   node scripts/export-data.ts [--data content/resolutions] [--out dist]
 *
 * The build runs it beside Astro, as it does the search index, and moves what it wrote into
 * dist/ when both are done.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { corpusFile, documentFiles, schemaFile, type DataFile } from '../src/lib/export/files.ts';
import { resolutionDocumentSchema } from '../src/lib/schema.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'content/resolutions' }, out: { type: 'string', default: 'dist' } },
});

const started = performance.now();
const files = (await readdir(values.data)).filter((f) => f.endsWith('.json')).sort();
const docs = await Promise.all(files.map(async (f) => resolutionDocumentSchema.parse(JSON.parse(await readFile(join(values.data, f), 'utf8')))));
const write = async ({ path, body }: DataFile) => {
  const file = join(values.out, path);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, body);
};
await write(corpusFile(docs));
await write(schemaFile());
// A few documents at a time: their files are made as they are written, never all held at once.
for (let i = 0; i < docs.length; i += 64) await Promise.all(docs.slice(i, i + 64).flatMap(documentFiles).map(write));
console.log(`export-data: ${docs.length * 3 + 2} files for ${docs.length} documents, ${((performance.now() - started) / 1000).toFixed(1)} s`);
