import type { APIRoute } from 'astro';
import type { ResolutionDocument } from '../../lib/schema.ts';
import { documentPaths } from './_documents.ts';

export const getStaticPaths = documentPaths;

/** The validated JSON of one document, as ingested. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { doc: ResolutionDocument }).doc, null, 2) + '\n', { headers: { 'content-type': 'application/json' } });
