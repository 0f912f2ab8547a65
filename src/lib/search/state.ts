/**
 * The search page's state, kept in the URL (`/search/?q=…&year=2011&part=Operative`) so that
 * a search can be shared and Back works; and the grouping of hits by document. Pure.
 */
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
  excerpt: string;
  title: string;
  year: string;
  page: string;
  position: string;
  document: string;
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
  for (const g of ordered) g.hits.sort((a, b) => a.position.localeCompare(b.position));
  return ordered;
}

/** An excerpt with Pagefind's <mark> tags as parts; everything else stays text, never HTML. */
export function excerptParts(excerpt: string): Array<{ text: string; mark: boolean }> {
  return excerpt
    .split(/(<mark>.*?<\/mark>)/)
    .filter(Boolean)
    .map((part) => (part.startsWith('<mark>') ? { text: part.slice(6, -7), mark: true } : { text: part, mark: false }));
}
