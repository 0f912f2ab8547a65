/** A series is the documents of one title; read and compared oldest first. */
import type { DocumentFacts } from '../schema.ts';
import { byDate } from './date.ts';

/** The documents of a series in the corpus, oldest first: the order of reading and of comparison. */
export const seriesDocuments = <D extends DocumentFacts>(docs: readonly D[], series: string): D[] => docs.filter((d) => d.series === series).sort(byDate);

/** Every series of the corpus, in the order the corpus first names them, each with its documents oldest first. */
export function corpusSeries<D extends DocumentFacts>(docs: readonly D[]): Map<string, D[]> {
  return new Map([...new Set(docs.map((d) => d.series))].map((s) => [s, seriesDocuments(docs, s)]));
}
