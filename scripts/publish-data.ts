/**
 * Publishes the data beside the pages, from the validated JSON read and checked once: the
 * open-data files (src/build/publish.ts) and the search index (src/build/search-index.ts, in a
 * thread of its own), and, given a folder of parts, the bodies of the comparison and history pages
 * first (src/build/page-parts.ts).
 *   node scripts/publish-data.ts [--data content/resolutions] [--out dist] [--parts DIR]
 *
 * The build runs it beside Astro and moves what it wrote into dist/ when both are done.
 */
import { parseArgs } from 'node:util';
import { dataFileNames, readDocument } from '../src/build/data-files.ts';
import { writeOpenData, writePageParts } from '../src/build/publish.ts';
import { writeSearchIndexBeside } from '../src/build/search-index.ts';

const { values } = parseArgs({
  options: { data: { type: 'string', default: 'content/resolutions' }, out: { type: 'string', default: 'dist' }, parts: { type: 'string' } },
});
const started = performance.now();
const docs = dataFileNames(values.data).map((file) => readDocument(values.data, file));
// The search index in a thread of its own, begun first; the page parts, which Astro waits for, on this one.
const searching = writeSearchIndexBeside(docs, values.out);
const parts = values.parts ? writePageParts(docs, values.parts) : 0;
const [search, data] = await Promise.all([searching, writeOpenData(docs, values.data, values.out)]);
const seconds = ((performance.now() - started) / 1000).toFixed(1);
console.log(
  `publish-data: ${parts} page parts; ${data} open-data files; ${search.records} search records and ${search.chunks} chunks of words; ${docs.length} documents, ${seconds} s`,
);
