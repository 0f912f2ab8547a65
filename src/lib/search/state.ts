/**
 * The search page's state, kept in the URL (`/search/?q=…&year=2011&part=Operative`) so that
 * a search can be shared and Back works; the paragraph hits of a document's search record; and
 * their grouping by document. Pure.
 */
import { matchVariants, type Query } from './query.ts';
import { passagePart, type SearchRecord } from './records.ts';

export interface SearchState {
  q: string;
  year: string;
  type: string;
  part: string;
  /** Documents by relevance (the default), or by date; a document's hits are always in reading order. */
  sort: 'relevance' | 'newest' | 'oldest';
}

export const SORTS = ['relevance', 'newest', 'oldest'] as const;

export const FILTER_KEYS = ['year', 'type', 'part'] as const;

export function stateFromParams(params: URLSearchParams): SearchState {
  return {
    q: params.get('q') ?? '',
    year: params.get('year') ?? '',
    type: params.get('type') ?? '',
    part: params.get('part') ?? '',
    sort: SORTS.find((s) => s === params.get('sort')) ?? 'relevance',
  };
}

/** The query string for a state, leaving out what is empty or default. */
export function stateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) if (state[key]) params.set(key, state[key]);
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  return params;
}

export interface Hit {
  /** The paragraph's address: its document's page and its eId. */
  url: string;
  eId: string;
  label: string;
  /** The passage's full text, and where in it the query is answered. */
  content: string;
  ranges: Array<[number, number]>;
  title: string;
  year: string;
  page: string;
  /** Reading order within the document. */
  position: number;
  document: string;
  /** The relevance rank of its record (0 is the most relevant). */
  rank: number;
}

/**
 * A document's paragraph hits: every passage of its record that answers the query (query.ts),
 * in the part asked for if any. Every passage is tested, so a phrase is found in each paragraph
 * that holds it, not only the first.
 */
export function resultHits(record: SearchRecord, variants: Query[], rank: number, part = ''): Hit[] {
  return record.passages.flatMap(({ eId, label, text }, position) => {
    if (part && passagePart(eId) !== part) return [];
    const ranges = matchVariants(text, variants);
    if (ranges === null) return [];
    return [
      {
        url: `${record.page}#${eId}`,
        eId,
        label,
        content: text,
        ranges,
        title: record.title,
        year: record.year,
        page: record.page,
        position,
        document: record.page,
        rank,
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

/** Hits grouped by document, documents the most relevant (or newest, or oldest) first, hits in reading order. */
export function groupHits(hits: Hit[], sort: SearchState['sort']): HitGroup[] {
  const groups = new Map<string, HitGroup & { rank: number }>();
  for (const hit of hits) {
    const group = groups.get(hit.document) ?? { title: hit.title, year: hit.year, page: hit.page, document: hit.document, hits: [], rank: hit.rank };
    group.hits.push(hit);
    group.rank = Math.min(group.rank, hit.rank);
    groups.set(hit.document, group);
  }
  const byDate = (a: HitGroup, b: HitGroup) => a.year.localeCompare(b.year) || a.page.localeCompare(b.page);
  const ordered = [...groups.values()].sort(
    sort === 'relevance' ? (a, b) => a.rank - b.rank || b.hits.length - a.hits.length || byDate(b, a) : sort === 'oldest' ? byDate : (a, b) => byDate(b, a),
  );
  for (const g of ordered) g.hits.sort((a, b) => a.position - b.position);
  return ordered.map(({ rank: _, ...group }) => group);
}

/**
 * An excerpt of a hit's text centred on its first match, the matched words marked. Built from
 * the passage's own text and the matches' places in it, never from HTML: text stays text, shown
 * exactly as written.
 */
export function excerpt(content: string, ranges: Array<[number, number]>, length = 30): Array<{ text: string; mark: boolean }> {
  const words = [...content.matchAll(/\S+/g)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  const marked = words.map((w) => ranges.some(([s, e]) => s < w.end && e > w.start));
  const first = Math.max(0, marked.indexOf(true));
  const start = Math.max(0, Math.min(first - Math.floor(length / 2), words.length - length));
  const end = Math.min(words.length, start + length);
  const parts: Array<{ text: string; mark: boolean }> = [];
  const push = (text: string, mark: boolean) => {
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  };
  if (start > 0) push('… ', false);
  for (let i = start; i < end; i++) {
    if (i > start) push(' ', marked[i]! && marked[i - 1]!);
    push(words[i]!.text, marked[i]!);
  }
  if (end < words.length) push(' …', false);
  return parts;
}
