import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolutionDocumentSchema } from './lib/schema.ts';

/**
 * The validated JSON written by `npm run ingest`, loaded through the same schema that wrote it.
 * RESOLUTIONS_DIR points the build at another corpus (the benchmark's, the escaping test's).
 */
export const collections = {
  resolutions: defineCollection({
    loader: glob({ pattern: '*.json', base: process.env['RESOLUTIONS_DIR'] ?? './content/resolutions', generateId: ({ data }) => String(data['id']) }),
    schema: resolutionDocumentSchema,
  }),
};
