/**
 * Publishes the data beside the pages (see scripts/publish-data.ts, its command-line entry): the
 * open-data files under /data/ (src/lib/export/files.ts), and first, for the build's pages, the
 * bodies of the comparison and history pages (page-parts.ts). The search index is search-index.ts'.
 */
import { copyFile, mkdir, open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { alignDocumentsCached } from '../lib/compare/align.ts';
import { historyBody } from '../lib/compare/history-html.ts';
import { comparisonHtml } from '../lib/compare/render.ts';
import { comparedDocument } from '../lib/compare/units.ts';
import { corpusSeries } from '../lib/document/index.ts';
import { CORPUS_PATH, corpusJsonParts, renderedFiles, schemaFile } from '../lib/export/files.ts';
import { documentSummary, type ResolutionDocument } from '../lib/schema.ts';
import { hasHistory } from '../lib/site/series.ts';
import { dataFile } from '../lib/site/urls.ts';
import { dataFileName } from './data-files.ts';
import { claimSeries, comparisonPart, historyPart, writeSeriesParts } from './page-parts.ts';
import { writeFiles } from './write-files.ts';

/** Documents whose open-data files are made and written at once: never all of them held in memory. */
const DOCUMENTS_AT_ONCE = 64;

/** Characters of the corpus file written at once (a megabyte or so, not its 84 MB at 5000 documents). */
const CORPUS_WRITE = 1 << 20;

/** Writes the corpus file a megabyte at a time (corpusJsonParts): never the whole of it in memory. */
async function writeCorpusFile(docs: ResolutionDocument[], out: string): Promise<number> {
  const path = join(out, CORPUS_PATH);
  await mkdir(dirname(path), { recursive: true });
  const file = await open(path, 'w');
  try {
    let pending = '';
    for (const part of corpusJsonParts(docs)) {
      pending += part;
      if (pending.length < CORPUS_WRITE) continue;
      await file.write(pending);
      pending = '';
    }
    await file.write(pending);
  } finally {
    await file.close();
  }
  return 1;
}

/** Writes the open-data files of `docs`, read from the data folder `data`: their JSON is copied from it as it is. */
export async function writeOpenData(docs: ResolutionDocument[], data: string, out: string): Promise<number> {
  let written = (await writeCorpusFile(docs, out)) + (await writeFiles(out, [schemaFile()]));
  for (let i = 0; i < docs.length; i += DOCUMENTS_AT_ONCE) {
    const batch = docs.slice(i, i + DOCUMENTS_AT_ONCE);
    written += await writeFiles(out, batch.flatMap(renderedFiles));
    await Promise.all(batch.map((doc) => copyFile(join(data, dataFileName(doc.id)), join(out, dataFile(doc, 'json')))));
    written += batch.length;
  }
  return written;
}

/**
 * The parts of the comparison pages of consecutive texts and of the history pages, series by
 * series (a file of its comparisons and one of its history): a series' comparisons, then its
 * history, which chains the same alignments (each pair is aligned once). Only one series' texts
 * are held as comparing reads them. A series the pages have claimed is theirs (page-parts.ts).
 */
export function writePageParts(docs: ResolutionDocument[], dir: string): number {
  let written = 0;
  for (const [series, ordered] of corpusSeries(docs)) {
    if (ordered.length < 2 || !claimSeries(dir, series)) continue;
    const texts = ordered.map((doc) => ({ ...documentSummary(doc), ...comparedDocument(doc) }));
    const parts = new Map<string, unknown>();
    for (let i = 1; i < texts.length; i++) {
      const [a, b] = [texts[i - 1]!, texts[i]!];
      parts.set(comparisonPart(a.id, b.id), comparisonHtml(alignDocumentsCached(a, b), a, b).value);
    }
    if (hasHistory(texts.length)) parts.set(historyPart(series), historyBody(texts));
    writeSeriesParts(dir, series, parts);
    written += parts.size;
  }
  return written;
}
