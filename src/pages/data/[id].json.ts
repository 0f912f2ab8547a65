import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import type { ResolutionDocument } from '../../lib/schema.ts';

export const getStaticPaths = (async () =>
  (await getCollection('resolutions')).map((e) => ({ params: { id: e.data.id }, props: { doc: e.data } }))) satisfies GetStaticPaths;

/** The validated JSON of one document, as ingested. */
export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { doc: ResolutionDocument }).doc, null, 2) + '\n', { headers: { 'content-type': 'application/json' } });
