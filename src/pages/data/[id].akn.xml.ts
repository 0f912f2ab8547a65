import type { APIRoute } from 'astro';
import { toAkomaNtoso } from '../../lib/export/akn.ts';
import type { ResolutionDocument } from '../../lib/schema.ts';
import { documentPaths } from './_documents.ts';

export const getStaticPaths = documentPaths;

/** The document in Akoma Ntoso 3.0 (AKN4UN). */
export const GET: APIRoute = ({ props }) =>
  new Response(toAkomaNtoso((props as { doc: ResolutionDocument }).doc), { headers: { 'content-type': 'application/akn+xml' } });
