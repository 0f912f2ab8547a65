/**
 * Publishes the data beside the pages, from the validated JSON read and checked once: the
 * open-data files and the search index (src/build/publish.ts).
 *   node scripts/publish-data.ts [--data content/resolutions] [--out dist]
 *
 * The build runs it beside Astro and moves what it wrote into dist/ when both are done.
 */
import { parseArgs } from 'node:util';
import { dataFileNames, readDocument } from '../src/build/data-files.ts';
import { writeOpenData, writeSearchIndex } from '../src/build/publish.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'content/resolutions' }, out: { type: 'string', default: 'dist' } },
});
const started = performance.now();
const docs = dataFileNames(values.data).map((file) => readDocument(values.data, file));
const [search, data] = await Promise.all([writeSearchIndex(docs, values.out), writeOpenData(docs, values.data, values.out)]);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `publish-data: ${data} open-data files; ${search.records} search records and ${search.chunks} chunks of words; ${docs.length} documents, ${seconds} s`,
);
