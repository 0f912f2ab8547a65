import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { resolutionDocumentSchema } from './lib/schema.ts';

/** The validated JSON written by `npm run ingest`, loaded through the same schema that wrote it. */
export const collections = {
  resolutions: defineCollection({
    loader: glob({ pattern: '*.json', base: './content/resolutions', generateId: ({ data }) => String(data['id']) }),
    schema: resolutionDocumentSchema,
  }),
};
