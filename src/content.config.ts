import { defineCollection } from 'astro:content';
import { dataDir, dataFileNames, readDocument } from './build/data-files.ts';
import { dataReady } from './build/data-ready.ts';
import { documentSummary, documentSummarySchema } from './lib/schema.ts';

/**
 * The validated JSON written by `npm run ingest`, each file checked against the same schema that
 * wrote it, once the build says it is all written (see data-ready.ts). The collection keeps each
 * document's summary: every page knows the whole corpus by its summaries, and a page that shows a
 * text loads it whole (src/pages/_documents.ts), so the build's memory does not grow with the texts.
 */
export const collections = {
  resolutions: defineCollection({
    loader: {
      name: 'resolutions',
      load: async ({ store, parseData }) => {
        await dataReady();
        store.clear();
        const dir = dataDir();
        for (const file of dataFileNames(dir)) {
          const summary = documentSummary(readDocument(dir, file));
          store.set({ id: summary.id, data: await parseData({ id: summary.id, data: summary }) });
        }
      },
    },
    schema: documentSummarySchema,
  }),
};
