/**
 * The search page: Pagefind is loaded on first use, never on page load; results are paragraph
 * hits grouped by document; the query and filters live in the URL.
 */
import {
  excerpt,
  groupHits,
  pagefindFilters,
  resultHits,
  stateFromParams,
  stateToParams,
  type Hit,
  type PagefindData,
  type SearchState,
} from '../lib/search/state.ts';
import { sitePath } from '../lib/site/urls.ts';

/** A Pagefind result is one part of a document; its paragraphs are the hits. */
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(o: { baseUrl: string }): Promise<void>;
  mergeIndex(path: string, o: { baseUrl: string }): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(q: string, o: object): Promise<PagefindSearch | null>;
}

/** How many results (parts of documents: a handful of documents) to load at first; the rest on request. */
const FIRST_PAGE = 8;
const PAGEFIND_URL = sitePath('pagefind/pagefind.js');
const SHARDS_URL = sitePath('pagefind/shards.json');

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-query')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const output = document.querySelector<HTMLElement>('#search-results')!;

let pagefind: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  // A large corpus is indexed in shards (src/build/publish.ts); merge any there are.
  pagefind ??= Promise.all([
    import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>,
    fetch(SHARDS_URL).then((r) => (r.ok ? (r.json() as Promise<{ bundles: string[] }>) : { bundles: [] })),
  ]).then(async ([pf, shards]) => {
    // The records' addresses are whole paths, the site's base in them: Pagefind must add none of its own.
    await pf.options({ baseUrl: '/' });
    for (const bundle of shards.bundles) await pf.mergeIndex(bundle, { baseUrl: '/' });
    // Loaded up front so that each search reports how many documents match (its `filters`).
    await pf.filters();
    return pf;
  });
  return pagefind;
}

function readForm(): SearchState {
  return stateFromParams(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
}

function writeForm(state: SearchState): void {
  input.value = state.q;
  for (const key of ['year', 'type', 'part', 'sort'] as const) form.querySelector<HTMLSelectElement>(`[name="${key}"]`)!.value = state[key];
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Array<Node | string>) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

const paragraphs = (n: number) => `${n} paragraph${n === 1 ? '' : 's'}`;

/** `complete`: every result is loaded, so each document's count is its whole count. */
function renderGroups(hits: Hit[], state: SearchState, complete: boolean): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const group of groupHits(hits, state.sort)) {
    const section = el('section', { className: 'result-group' });
    section.append(
      el(
        'h2',
        {},
        el('a', { href: group.page }, group.title),
        ' ',
        el('span', { className: 'result-year' }, `${group.year} · ${paragraphs(group.hits.length)}${complete ? '' : ' shown'}`),
      ),
      el(
        'ol',
        {},
        ...group.hits.map((hit) =>
          el(
            'li',
            { className: 'hit' },
            el('a', { href: hit.url, className: 'hit-label' }, hit.label),
            el('p', { className: 'excerpt' }, ...excerpt(hit.content, hit.locations).map((p) => (p.mark ? el('mark', {}, p.text) : p.text))),
          ),
        ),
      ),
    );
    out.append(section);
  }
  return out;
}

let generation = 0;

async function run(state: SearchState): Promise<void> {
  const mine = ++generation;
  if (!state.q.trim()) {
    status.textContent = '';
    output.replaceChildren();
    output.dataset['state'] = stateToParams(state).toString();
    return;
  }
  const pf = await loadPagefind();
  const search = await pf.search(state.q, { filters: pagefindFilters(state) });
  if (mine !== generation || !search) return;
  const total = search.results.length;
  const load = async (results: PagefindResult[]) => (await Promise.all(results.map(async (r) => resultHits(await r.data())))).flat();
  const hits = await load(search.results.slice(0, FIRST_PAGE));
  if (mine !== generation) return;
  const complete = total <= FIRST_PAGE;
  const documents = Object.values(search.filters['document'] ?? {}).filter((c) => c > 0).length;
  // Tells tests and tools which state the results on screen belong to.
  output.dataset['state'] = stateToParams(state).toString();
  if (total === 0) {
    status.textContent = `No paragraph matches “${state.q}”.`;
    output.replaceChildren(
      el(
        'div',
        { className: 'no-results' },
        el('p', {}, 'Try:'),
        el(
          'ul',
          {},
          el('li', {}, 'fewer or shorter words (searches find word stems: threat, threats)'),
          el('li', {}, 'removing quotation marks, which ask for the exact phrase'),
          ...(Object.keys(pagefindFilters(state)).length ? [el('li', {}, 'all years, documents and parts (clear the filters above)')] : []),
        ),
      ),
    );
    return;
  }
  const inDocuments = `${documents} document${documents === 1 ? '' : 's'}`;
  status.textContent = complete ? `${paragraphs(hits.length)} in ${inDocuments}` : `Matches in ${inDocuments}; the most relevant first`;
  output.replaceChildren(renderGroups(hits, state, complete));
  if (!complete) {
    const more = el('button', { type: 'button', className: 'show-all' }, `Show all ${inDocuments}`);
    more.addEventListener('click', async () => {
      const all = await load(search.results);
      if (mine !== generation) return;
      status.textContent = `${paragraphs(all.length)} in ${inDocuments}`;
      output.replaceChildren(renderGroups(all, state, true));
    });
    output.append(more);
  }
}

function update(mode: 'push' | 'replace'): void {
  const state = readForm();
  const url = `${location.pathname}${stateToParams(state).size ? `?${stateToParams(state)}` : ''}`;
  if (url !== `${location.pathname}${location.search}`) history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  void run(state);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  update('push');
});
input.addEventListener('input', () => update('replace'));
form.addEventListener('change', (event) => {
  if (event.target !== input) update('push');
});
window.addEventListener('popstate', () => {
  const state = stateFromParams(new URLSearchParams(location.search));
  writeForm(state);
  void run(state);
});

const initial = stateFromParams(new URLSearchParams(location.search));
writeForm(initial);
if (initial.q) void run(initial);
