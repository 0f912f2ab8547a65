/**
 * Browsing a corpus of any size without JavaScript: the documents index, newest first, in
 * static pages, for the whole corpus and for each year. With the home page listing every series
 * and each series' page listing its documents, every document is two clicks from the home page
 * however many there are; the index is for reading down the corpus by date.
 */
import type { DocumentFacts } from '../schema.ts';
import { dateKey, documentYear, type Topic } from '../document/index.ts';
import { documentsPath } from './urls.ts';

/** Documents per page of the index; DOCUMENTS_PER_PAGE overrides it (tests use a tiny one to exercise paging). */
export const DOCUMENTS_PER_PAGE = Number(process.env['DOCUMENTS_PER_PAGE'] ?? 100);

/** Newest first; texts without a known date last; among equals, by id. */
export function newestFirst<D extends DocumentFacts>(docs: readonly D[]): D[] {
  return [...docs].sort((a, b) => dateKey(b).localeCompare(dateKey(a)) || a.id.localeCompare(b.id));
}

const latestDate = (docs: readonly DocumentFacts[]) => dateKey(docs.at(-1)!);

/** A topic's series, each with its documents oldest first, the series with the newest text first. */
export const seriesNewestFirst = <D extends DocumentFacts>(topic: Topic<D>): [string, D[]][] =>
  [...topic.series].sort((a, b) => latestDate(b[1]).localeCompare(latestDate(a[1])));

/** The topics, the one with the newest text first, each with its series in that order. */
export const topicsNewestFirst = <D extends DocumentFacts>(topics: readonly Topic<D>[]) =>
  topics.map((topic) => ({ topic, series: seriesNewestFirst(topic) })).sort((a, b) => latestDate(b.series[0]![1]).localeCompare(latestDate(a.series[0]![1])));

export interface IndexPage<D extends DocumentFacts = DocumentFacts> {
  /** The page's address. */
  path: string;
  /** The year it lists, or null for the whole corpus. */
  year: number | null;
  /** 1-based. */
  page: number;
  pages: number;
  /** How many documents the whole listing (every page of it) holds. */
  total: number;
  /** How many documents the pages before this one hold. */
  offset: number;
  /** This page's documents, newest first. */
  docs: D[];
  previous: string | null;
  next: string | null;
}

/** The pages of one listing, `size` documents each. */
function paged<D extends DocumentFacts>(docs: D[], year: number | null, size: number): IndexPage<D>[] {
  const pages = Math.max(1, Math.ceil(docs.length / size));
  return Array.from({ length: pages }, (_, i) => ({
    path: documentsPath(year, i + 1),
    year,
    page: i + 1,
    pages,
    total: docs.length,
    offset: i * size,
    docs: docs.slice(i * size, (i + 1) * size),
    previous: i > 0 ? documentsPath(year, i) : null,
    next: i + 1 < pages ? documentsPath(year, i + 2) : null,
  }));
}

/** The years of the corpus, newest first (0, for texts of no known date, is left out). */
export const corpusYears = (docs: readonly DocumentFacts[]) => [...new Set(docs.map(documentYear))].filter((y) => y > 0).sort((a, b) => b - a);

/** Every page of the documents index: the whole corpus, then each year. */
export function documentIndexPages<D extends DocumentFacts>(docs: readonly D[], size = DOCUMENTS_PER_PAGE): IndexPage<D>[] {
  const ordered = newestFirst(docs);
  return [
    ...paged(ordered, null, size),
    ...corpusYears(ordered).flatMap((year) =>
      paged(
        ordered.filter((d) => documentYear(d) === year),
        year,
        size,
      ),
    ),
  ];
}
