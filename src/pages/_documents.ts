/**
 * The corpus as pages see it: every document's summary from the content collection, one
 * document whole when a page shows its text, and what comparing reads of a text for the pages
 * that compare texts. Whole documents are read from the data folder the ingest of this same
 * build wrote, so they are not validated again.
 */
import { getCollection } from 'astro:content';
import { dataDir, dataFileName, readDocument } from '../build/data-files.ts';
import { comparedDocument, type ComparedDocument } from '../lib/compare/units.ts';
import type { DocumentSummary, ResolutionDocument } from '../lib/schema.ts';

export const allDocuments = async (): Promise<DocumentSummary[]> => (await getCollection('resolutions')).map((e) => e.data);

/** The last few documents loaded: a comparison's pages share theirs with the pages next to them. */
const recent = new Map<string, ResolutionDocument>();
const RECENT = 16;

export function loadDocument(id: string): ResolutionDocument {
  let doc = recent.get(id);
  if (doc) recent.delete(id);
  else doc = readDocument(dataDir(), dataFileName(id));
  recent.set(id, doc);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value!);
  return doc;
}

/** A document's facts and what comparing reads of its text. */
export type ComparedText = DocumentSummary & ComparedDocument;

/**
 * What comparing reads of each text compared so far, kept for the whole build: a comparison's
 * pages read each text once, and the history pages then read none (on the real corpus they
 * had spent about a quarter of the pages' time reading whole documents). Only pages whose body
 * publishing has not made beside Astro compare here (src/build/page-parts.ts).
 */
const compared = new Map<string, ComparedDocument>();

export function comparedText(summary: DocumentSummary): ComparedText {
  let text = compared.get(summary.id);
  if (!text) compared.set(summary.id, (text = comparedDocument(loadDocument(summary.id))));
  return { ...summary, ...text };
}
