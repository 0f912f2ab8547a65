import type { APIRoute } from 'astro';
import { seriesDocuments } from '../../lib/site/series.ts';
import { allDocuments } from './_documents.ts';

/** Every document in one file, oldest first. */
export const GET: APIRoute = async () => {
  const docs = await allDocuments();
  const ordered = [...new Set(docs.map((d) => d.series))].flatMap((s) => seriesDocuments(docs, s));
  // Compact: at thousands of documents, indentation alone would be megabytes.
  return new Response(JSON.stringify({ documents: ordered }) + '\n', { headers: { 'content-type': 'application/json' } });
};
