/**
 * The series as a whole: every resolution known from the corpus and from its recitals, in
 * order, and the links between the documents of the corpus.
 */
import type { DocumentSummary, ResolutionDocument } from '../schema.ts';
import { corpusSeries, dateKey, resolutionNumber } from '../document/index.ts';
import type { LinkContext } from './crossrefs.ts';
import { documentPath } from './urls.ts';

export interface SeriesEntry {
  /** Resolution number, or null for a draft. */
  number: string | null;
  /** Adoption date (of a draft: date of issue). */
  date: string;
  /** The document, when the corpus holds it. */
  doc: DocumentSummary | null;
}

/** Every resolution of a series known from its documents and their recitals, oldest first. */
export function seriesTimeline(docs: DocumentSummary[], series: string): SeriesEntry[] {
  const members = docs.filter((d) => d.series === series);
  const entries = new Map<string, SeriesEntry>();
  for (const doc of members) {
    for (const r of doc.recalls) if (!entries.has(r.number)) entries.set(r.number, { number: r.number, date: r.date, doc: null });
  }
  const drafts: SeriesEntry[] = [];
  for (const doc of members) {
    if (doc.number) entries.set(doc.number, { number: doc.number, date: dateKey(doc), doc });
    else drafts.push({ number: null, date: dateKey(doc), doc });
  }
  return [...entries.values(), ...drafts].sort((a, b) => a.date.localeCompare(b.date));
}

/** Lookups over the whole corpus, built once per build and shared by every page. */
export interface CorpusIndex {
  byNumber: ReadonlyMap<string, DocumentSummary>;
  bySymbol: ReadonlyMap<string, DocumentSummary>;
  /** Each series' documents, oldest first. */
  series: ReadonlyMap<string, DocumentSummary[]>;
  /** Each document's position in its series. */
  position: ReadonlyMap<string, number>;
  /** Each document by its page's path, for what a link to it says of it. */
  byPath: ReadonlyMap<string, DocumentSummary>;
}

export function corpusIndex(docs: DocumentSummary[]): CorpusIndex {
  const series = corpusSeries(docs);
  return {
    byNumber: new Map(docs.filter((d) => d.number).map((d) => [d.number!, d])),
    bySymbol: new Map(docs.filter((d) => d.symbol).map((d) => [d.symbol!, d])),
    series,
    position: new Map([...series.values()].flatMap((ordered) => ordered.map((d, i) => [d.id, i] as [string, number]))),
    byPath: new Map(docs.map((d) => [documentPath(d), d])),
  };
}

/** Whether a series of `texts` documents has a history page: a single text has no history. */
export const hasHistory = (texts: number) => texts >= 2;

/** The previous and next documents of the same series. */
export function neighbours(corpus: CorpusIndex, doc: Pick<DocumentSummary, 'id' | 'series'>) {
  const ordered = corpus.series.get(doc.series)!;
  const i = corpus.position.get(doc.id)!;
  return { previous: ordered[i - 1] ?? null, next: ordered[i + 1] ?? null };
}

/** What cross-references in `doc` can link to within the corpus. */
export function linkContext(corpus: CorpusIndex, doc: ResolutionDocument): LinkContext {
  const { byNumber, bySymbol } = corpus;
  const operative = new Set(doc.operative.map((p) => p.num));
  return {
    resolutionHref: (number) => {
      const target = byNumber.get(number);
      return target ? documentPath(target) : null;
    },
    symbolHref: (symbol) => {
      const number = resolutionNumber(symbol);
      const target = bySymbol.get(symbol) ?? (number === null ? undefined : byNumber.get(number));
      return target ? documentPath(target) : null;
    },
    hasParagraph: (num) => operative.has(num),
  };
}
