import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { dataReady } from './build/data-ready.ts';
import { resolutionDocumentSchema } from './lib/schema.ts';

const files = glob({ pattern: '*.json', base: process.env['RESOLUTIONS_DIR'] ?? './content/resolutions', generateId: ({ data }) => String(data['id']) });

/**
 * The validated JSON written by `npm run ingest`, loaded through the same schema that wrote it,
 * once the build says it is all written (see data-ready.ts).
 * RESOLUTIONS_DIR points the build at another corpus (the benchmark's, the escaping test's).
 */
export const collections = {
  resolutions: defineCollection({
    loader: {
      name: 'resolutions',
      load: async (context) => {
        await dataReady();
        return files.load(context);
      },
    },
    schema: resolutionDocumentSchema,
  }),
};
