/**
 * The validated JSON the ingest writes, read back: by the content collection (the summaries all
 * pages share, from one file), by the pages (one document whole, to show it) and by publishing
 * (src/build/publish.ts). Each document is `<id>.json`, as the ingest names it; beside them,
 * `summaries.jsonl` holds every document's summary.
 *
 * The build reads only what its own ingest has just validated and written (or, with --check,
 * found identical to what it would write), so reading does not validate again: validating
 * every text three times was a tenth of the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentSummary, ResolutionDocument } from '../lib/schema.ts';

/** The data folder: RESOLUTIONS_DIR points a build at another corpus (the benchmark's, a test's). */
export const dataDir = () => process.env['RESOLUTIONS_DIR'] ?? './content/resolutions';

/** The data files of a folder, in name order. */
export const dataFileNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

/**
 * Every document's summary, one JSON a line, in the corpus' order: what all pages know of the
 * corpus, read without its texts (reading every text for them took about half a second of the
 * real corpus' page build, before its first page). Not `.json`: each of those is a document.
 */
export const SUMMARIES_FILE = 'summaries.jsonl';

/** The summaries file's text. */
export const summariesText = (summaries: DocumentSummary[]) => summaries.map((s) => JSON.stringify(s) + '\n').join('');

/** The summaries of a data folder, as written: the content collection validates them. */
export function readSummaries(dir: string): unknown[] {
  const file = join(dir, SUMMARIES_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${file} is missing: the data folder was written by an older ingest; run npm run ingest`);
    throw error;
  }
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}

/** The name of a document's data file. */
export const dataFileName = (id: string) => `${id}.json`;

/** A data file of the build's own ingest, read. */
export function readDocument(dir: string, file: string): ResolutionDocument {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ResolutionDocument;
  if (dataFileName(doc.id) !== file) throw new Error(`${join(dir, file)}: the document's id is ${doc.id}, so its file must be ${dataFileName(doc.id)}`);
  return doc;
}
