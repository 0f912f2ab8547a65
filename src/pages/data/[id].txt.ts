import type { APIRoute } from 'astro';
import { toPlainText } from '../../lib/export/text.ts';
import type { ResolutionDocument } from '../../lib/schema.ts';
import { documentPaths } from './_documents.ts';

export const getStaticPaths = documentPaths;

/** The document as clean plain text with paragraph numbers. */
export const GET: APIRoute = ({ props }) =>
  new Response(toPlainText((props as { doc: ResolutionDocument }).doc), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
