import { defineCollection } from 'astro:content';
import { dataDir, readSummaries } from './build/data-files.ts';
import { dataReady } from './build/data-ready.ts';
import { documentSummarySchema, type DocumentSummary } from './lib/schema.ts';

/**
 * The summaries of the documents written by `npm run ingest`, each checked against the schema,
 * once the build says they are all written (see data-ready.ts). Every page knows the whole
 * corpus by its summaries, and a page that shows a text loads it whole (src/pages/_documents.ts),
 * so the build's memory does not grow with the texts.
 */
export const collections = {
  resolutions: defineCollection({
    loader: {
      name: 'resolutions',
      load: async ({ store, parseData }) => {
        await dataReady();
        store.clear();
        for (const summary of readSummaries(dataDir()) as DocumentSummary[]) {
          store.set({ id: summary.id, data: await parseData({ id: summary.id, data: summary }) });
        }
      },
    },
    schema: documentSummarySchema,
  }),
};
