import type { APIRoute } from 'astro';
import { seriesDocuments } from '../../lib/site/series.ts';
import { allDocuments } from './_documents.ts';

/** Every document in one file, oldest first. */
export const GET: APIRoute = async () => {
  const docs = await allDocuments();
  const ordered = [...new Set(docs.map((d) => d.series))].flatMap((s) => seriesDocuments(docs, s));
  return new Response(JSON.stringify({ documents: ordered }, null, 2) + '\n', { headers: { 'content-type': 'application/json' } });
};
