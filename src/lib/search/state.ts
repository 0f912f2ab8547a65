/**
 * The search page's state, kept in the URL (`/search/?q=…&year=2011&part=Operative`) so that
 * a search can be shared and Back works; the paragraph hits of a Pagefind result; and their
 * grouping by document. Pure.
 */
import { passageTextKey, PARTS, type Part } from './records.ts';

export interface SearchState {
  q: string;
  year: string;
  type: string;
  part: string;
  sort: 'newest' | 'oldest';
}

export const FILTER_KEYS = ['year', 'type', 'part'] as const;

export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    q: params.get('q') ?? '',
    year: params.get('year') ?? '',
    type: params.get('type') ?? '',
    part: params.get('part') ?? '',
    sort: params.get('sort') === 'oldest' ? 'oldest' : 'newest',
  };
}

/** The query string for a state, leaving out what is empty or default. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]);
  if (state.sort !== 'newest') params.set('sort', state.sort);
  return params;
}

/** The Pagefind filters for a state. */
export function pagefindFilters(state: SearchState): Record<string, string> {
  return Object.fromEntries(FILTER_KEYS.filter((k) => state[k]).map((k) => [k, state[k]]));
}

export interface Hit {
  url: string;
  label: string;
  /** The passage's full text and the positions of its words that match. */
  content: string;
  locations: number[];
  title: string;
  year: string;
  page: string;
  /** Reading order within the document. */
  position: number;
  document: string;
}

/** What the search page reads of a Pagefind result: one part of a document (see records.ts). */
export interface PagefindData {
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  sub_results: Array<{ url: string; title: string; locations: number[]; anchor?: { id: string; text?: string; location: number } }>;
}

/**
 * A result's paragraph hits: its sub-results that begin at a passage, with the passage's text as
 * written (from the record's meta where Pagefind would alter it: see records.ts). Pagefind counts
 * word positions over the whole record; an excerpt needs them within the passage.
 */
export function resultHits(data: PagefindData): Hit[] {
  const part = PARTS.indexOf(data.meta['part'] as Part);
  return data.sub_results.flatMap(({ title, locations, anchor }) => {
    const text = anchor && (data.meta[passageTextKey(anchor.id)] ?? anchor.text);
    if (anchor === undefined || text === undefined) return [];
    return [
      {
        // The record's own address is where it was indexed from; the hit lands on its document's page.
        url: `${data.meta['page'] ?? ''}#${anchor.id}`,
        label: title,
        content: text,
        locations: locations.map((l) => l - anchor.location),
        title: data.meta['title'] ?? '',
        year: data.meta['year'] ?? '',
        page: data.meta['page'] ?? '',
        position: part * 1e6 + anchor.location,
        document: data.filters['document']?.[0] ?? data.meta['page'] ?? '',
      },
    ];
  });
}

export interface HitGroup {
  title: string;
  year: string;
  page: string;
  document: string;
  hits: Hit[];
}

/** Hits grouped by document, documents newest (or oldest) first, hits in reading order. */
export function groupHits(hits: Hit[], sort: SearchState['sort']): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const hit of hits) {
    const group = groups.get(hit.document) ?? { title: hit.title, year: hit.year, page: hit.page, document: hit.document, hits: [] };
    group.hits.push(hit);
    groups.set(hit.document, group);
  }
  const ordered = [...groups.values()].sort((a, b) => a.year.localeCompare(b.year) || a.page.localeCompare(b.page));
  if (sort === 'newest') ordered.reverse();
  for (const g of ordered) g.hits.sort((a, b) => a.position - b.position);
  return ordered;
}

/**
 * An excerpt of a hit's text around its first match, matched words marked. Built from the
 * record's raw text and Pagefind's word locations rather than Pagefind's HTML excerpt, which
 * escapes some characters and not others: this way text stays text, shown exactly as written.
 */
export function excerpt(content: string, locations: number[], length = 26): Array<{ text: string; mark: boolean }> {
  const words = content.trim().split(/\s+/);
  const marked = new Set(locations);
  const first = locations.length ? Math.min(...locations) : 0;
  const start = Math.max(0, Math.min(first - Math.floor(length / 3), words.length - length));
  const end = Math.min(words.length, start + length);
  const parts: Array<{ text: string; mark: boolean }> = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', marked.has(i) && marked.has(i - 1));
    push(words[i]!, marked.has(i));
  }
  if (end < words.length) push(' …', false);
  return parts;
}
