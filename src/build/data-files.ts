/**
 * The validated JSON the ingest writes, read back: by the content collection (every document
 * once, for the summaries all pages share), by the pages (one document whole, to show it) and by
 * publishing (src/build/publish.ts). Each file is `<id>.json`, as the ingest names it.
 *
 * The build reads only what its own ingest has just validated and written (or, with --check,
 * found identical to what it would write), so reading does not validate again: validating
 * every text three times was a tenth of the build.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ResolutionDocument } from '../lib/schema.ts';

/** The data folder: RESOLUTIONS_DIR points a build at another corpus (the benchmark's, a test's). */
export const dataDir = () => process.env['RESOLUTIONS_DIR'] ?? './content/resolutions';

/** The data files of a folder, in name order. */
export const dataFileNames = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();

/** The name of a document's data file. */
export const dataFileName = (id: string) => `${id}.json`;

/** A data file of the build's own ingest, read. */
export function readDocument(dir: string, file: string): ResolutionDocument {
  const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as ResolutionDocument;
  if (dataFileName(doc.id) !== file) throw new Error(`${join(dir, file)}: the document's id is ${doc.id}, so its file must be ${dataFileName(doc.id)}`);
  return doc;
}
