/**
 * The corpus as pages see it: every document's summary from the content collection, and one
 * document whole when a page shows its text. Whole documents are read from the data folder the
 * ingest of this same build wrote, so they are not validated again.
 */
import { getCollection } from 'astro:content';
import { dataDir, readDocument } from '../build/data-files.ts';
import type { DocumentSummary, ResolutionDocument } from '../lib/schema.ts';

export const allDocuments = async (): Promise<DocumentSummary[]> => (await getCollection('resolutions')).map((e) => e.data);

/** The last few documents loaded: a comparison's pages share theirs with the pages next to them. */
const recent = new Map<string, ResolutionDocument>();
const RECENT = 16;

export function loadDocument(id: string): ResolutionDocument {
  let doc = recent.get(id);
  if (doc) recent.delete(id);
  else doc = readDocument(dataDir(), `${id}.json`);
  recent.set(id, doc);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return doc;
}
