import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { resolutionDocumentSchema } from '../../lib/schema.ts';

/** The JSON Schema of a document, generated from the Zod schema that validates the data. */
export const GET: APIRoute = () => {
  const schema = z.toJSONSchema(resolutionDocumentSchema, { target: 'draft-2020-12', unrepresentable: 'any' });
  return new Response(JSON.stringify({ $id: '/data/schema.json', title: 'Resolution document', ...schema }, null, 2) + '\n', {
    headers: { 'content-type': 'application/schema+json' },
  });
};
