/** The documents of the content collection, for pages that need the whole corpus. */
import { getCollection } from 'astro:content';
import type { ResolutionDocument } from '../lib/schema.ts';

export const allDocuments = async (): Promise<ResolutionDocument[]> => (await getCollection('resolutions')).map((e) => e.data);
