/**
 * The open-data files under /data/: each document as JSON (as ingested), Akoma Ntoso and plain
 * text, the whole corpus in one file, and the JSON Schema of a document. Pure: the CLI
 * (src/build/publish.ts) writes them, beside the Astro build rather than through it, because
 * at thousands of documents these files were a fifth of the pages Astro rendered.
 */
import { z } from 'astro/zod';
import { resolutionDocumentSchema, type ResolutionDocument } from '../schema.ts';
import { corpusSeries } from '../document/index.ts';
import { dataFile, sitePath } from '../site/urls.ts';
import { toAkomaNtoso } from './akn.ts';
import { toPlainText } from './text.ts';

export interface DataFile {
  /** The file's path in the built site, under its base ("data/a-res-66-24.json"). */
  path: string;
  body: string;
}

export const CORPUS_PATH = 'data/corpus.json';
export const SCHEMA_PATH = 'data/schema.json';

/** One document's files. */
export function documentFiles(doc: ResolutionDocument): DataFile[] {
  return [{ path: dataFile(doc, 'json'), body: documentJson(doc) }, ...renderedFiles(doc)];
}

/** A document as JSON: its data file as the ingest writes it, which a publisher at hand of it copies. */
export const documentJson = (doc: ResolutionDocument): string => JSON.stringify(doc, null, 2) + '\n';

/** One document's files but its JSON: those rendered from it. */
export function renderedFiles(doc: ResolutionDocument): DataFile[] {
  return [
    { path: dataFile(doc, 'akn.xml'), body: toAkomaNtoso(doc) },
    { path: dataFile(doc, 'txt'), body: toPlainText(doc) },
  ];
}

/**
 * The corpus file's text, `{"documents":[…]}`, in parts, a document each: every document in one
 * file, series by series, oldest first. A writer need never hold it whole (at 5000 documents it
 * is 84 MB, twice that in memory as text). Compact: indentation alone would be megabytes.
 */
export function* corpusJsonParts(docs: ResolutionDocument[]): Generator<string> {
  const ordered = [...corpusSeries(docs).values()].flat();
  yield '{"documents":[';
  for (let i = 0; i < ordered.length; i++) yield (i > 0 ? ',' : '') + JSON.stringify(ordered[i]);
  yield ']}\n';
}

/** The corpus file whole. */
export function corpusFile(docs: ResolutionDocument[]): DataFile {
  return { path: CORPUS_PATH, body: [...corpusJsonParts(docs)].join('') };
}

/** The JSON Schema of a document, generated from the Zod schema that validates the data. */
export function schemaFile(): DataFile {
  const schema = z.toJSONSchema(resolutionDocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  // Its id is its address on the site, under the deployment's base.
  return { path: SCHEMA_PATH, body: JSON.stringify({ $id: sitePath(SCHEMA_PATH), title: 'Resolution document', ...schema }, null, 2) + '\n' };
}
