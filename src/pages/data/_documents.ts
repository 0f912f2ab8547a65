/** The documents for the data endpoints, with their static paths. */
import { getCollection } from 'astro:content';
import type { ResolutionDocument } from '../../lib/schema.ts';

export const allDocuments = async (): Promise<ResolutionDocument[]> => (await getCollection('resolutions')).map((e) => e.data);

export const documentPaths = async () => (await allDocuments()).map((doc) => ({ params: { id: doc.id }, props: { doc } }));
