/**
 * The search page: the word index (src/client/search-index.ts) is loaded on first use, never on
 * page load. It finds the documents that may answer the query and each of its synonym variants;
 * every passage of their records is then tested (src/lib/search/query.ts), so that every
 * paragraph answering it is a hit; hits are grouped by document. A citation typed in
 * (66/24 OP3(b)) goes to its paragraph. The query and filters live in the URL.
 */
import { countOf as count, formatNumber, slugify } from '../lib/document/index.ts';
import type { ResolutionDocument } from '../lib/schema.ts';
import { answerCitation, readCitation, type TypedCitation } from '../lib/search/citation-query.ts';
import { findDocuments } from '../lib/search/find-documents.ts';
import { HIGHLIGHT_PARAM, isEmpty, parseQuery, queryVariants } from '../lib/search/query.ts';
import { excerpt, groupHits, resultHits, stateFromParams, stateToParams, type Hit, type SearchState } from '../lib/search/state.ts';
import { dataPath, undocsUrl } from '../lib/site/urls.ts';
import { openSearchIndex } from './search-index.ts';

/**
 * Results (documents) searched at first, and then at a time: a common word matches thousands,
 * and each costs a download; six are what a browser fetches at once from a host over HTTP/1.1.
 */
const FIRST = 6;
const BATCH = 40;
const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('#search-query')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const output = document.querySelector<HTMLElement>('#search-results')!;

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

/** Where a hit lands: its paragraph, with the query to highlight there (src/client/paragraph-tools.ts). */
const landing = (hit: Hit, q: string) => `${hit.page}?${new URLSearchParams({ [HIGHLIGHT_PARAM]: q })}#${hit.eId}`;

function renderGroups(hits: Hit[], state: SearchState): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const group of groupHits(hits, state.sort)) {
    out.append(
      el(
        'section',
        { className: 'result-group' },
        el(
          'h2',
          {},
          el('a', { href: group.page }, group.title),
          ' ',
          el('span', { className: 'result-year' }, `${group.year} · ${count(group.hits.length, 'paragraph')}`),
        ),
        el(
          'ol',
          {},
          ...group.hits.map((hit) =>
            el(
              'li',
              { className: 'hit' },
              el('a', { href: landing(hit, state.q), className: 'hit-label' }, hit.label),
              el('p', { className: 'excerpt' }, ...excerpt(hit.content, hit.ranges).map((p) => (p.mark ? el('mark', {}, p.text) : p.text))),
            ),
          ),
        ),
      ),
    );
  }
  return out;
}

function showNoResults(state: SearchState, what: string): void {
  status.textContent = `No paragraph matches “${what}”.`;
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
        ...(state.year || state.type || state.part ? [el('li', {}, 'all years, documents and parts (clear the filters above)')] : []),
      ),
    ),
  );
}

/** A citation's document, from the open data; null when the edition does not have it. */
async function citedDocument(citation: Extract<TypedCitation, { kind: 'paragraph' | 'document' }>): Promise<ResolutionDocument | null> {
  const response = await fetch(dataPath({ id: slugify(citation.symbol) }));
  return response.ok ? ((await response.json()) as ResolutionDocument) : null;
}

let generation = 0;

/**
 * How a search comes: typed (the address replaced), submitted or filtered (an address of its
 * own, in the history), or from an address already there (loaded, or back and forward).
 */
interface Asked {
  typing: boolean;
  address: 'replace' | 'push' | 'keep';
}

/**
 * How long typing must pause before the address follows the results. Changing the address costs
 * the browser a moment (it takes the page's icon again): at 5000 documents, 8 to 16 ms of each
 * search typed, spent on addresses the next key replaces.
 */
const ADDRESS_AFTER_TYPING_MS = 300;

/** The address the results on screen are waiting for, while typing has not paused. */
let pendingAddress: { url: string; timer: ReturnType<typeof setTimeout> } | null = null;

function setAddress(url: string, how: 'pushState' | 'replaceState'): void {
  if (url !== `${location.pathname}${location.search}`) history[how](null, '', url);
}

function cancelAddress(): void {
  if (pendingAddress) clearTimeout(pendingAddress.timer);
  pendingAddress = null;
}

/** Gives the results on screen their address now: before the reader leaves the page. */
function flushAddress(): void {
  const pending = pendingAddress;
  cancelAddress();
  if (pending) setAddress(pending.url, 'replaceState');
}

/**
 * Marks the results of `state` as those on screen, and gives the page their address: after
 * them, never before; a search submitted or filtered at once (an entry of its own in the
 * history), one typed once typing pauses, or as the reader follows a link or leaves.
 */
function shown(state: SearchState, asked: Asked): void {
  const params = stateToParams(state);
  output.dataset['state'] = params.toString();
  const url = `${location.pathname}${params.size ? `?${params}` : ''}`;
  cancelAddress();
  if (asked.address === 'push') setAddress(url, 'pushState');
  else if (asked.address === 'replace') pendingAddress = { url, timer: setTimeout(flushAddress, ADDRESS_AFTER_TYPING_MS) };
}

/** Runs a search; if the index cannot be had (offline, or a deployment replaced it meanwhile), says so. */
async function search(state: SearchState, asked: Asked): Promise<void> {
  const mine = generation + 1;
  try {
    await run(state, asked);
  } catch {
    if (mine !== generation) return;
    status.textContent = 'The search index could not be loaded. Check the connection and search again, or reload the page.';
    output.replaceChildren();
    shown(state, asked);
  }
}

async function run(state: SearchState, asked: Asked): Promise<void> {
  const mine = ++generation;
  const { typing } = asked;
  const citation = readCitation(state.q);
  if (citation && citation.kind !== 'symbol') {
    const found = answerCitation(citation, await citedDocument(citation));
    if (mine !== generation) return;
    shown(state, asked);
    if ('missing' in found) {
      status.textContent = found.missing!;
      output.replaceChildren(
        found.href
          ? el('p', { className: 'citation-missing' }, el('a', { href: found.href }, 'Open the document'))
          : el(
              'p',
              { className: 'citation-missing' },
              el('a', { href: undocsUrl(found.symbol!), rel: 'external' }, `${found.symbol} in the UN Official Document System`),
            ),
      );
      return;
    }
    // Submitted, a citation goes straight to its paragraph; while typing, it is the first result.
    if (!typing) return location.assign(found.href);
    status.textContent = `${found.name}: press Enter to go there`;
    output.replaceChildren(
      el(
        'div',
        { className: 'citation-result' },
        el('a', { href: found.href, className: 'hit-label' }, found.name),
        el('p', { className: 'excerpt' }, found.text),
      ),
    );
    return;
  }
  const query = parseQuery(citation?.kind === 'symbol' ? `"${citation.symbol}"` : state.q, { typing });
  if (isEmpty(query)) {
    status.textContent = '';
    output.replaceChildren();
    shown(state, asked);
    return;
  }
  const variants = queryVariants(query);
  const index = await openSearchIndex();
  const found = await findDocuments(index.manifest, index.chunk, variants, { year: state.year, type: state.type }, state.sort);
  if (mine !== generation) return;
  const hits: Hit[] = [];
  let loaded = 0;
  const loadMore = async () => {
    const batch = found.slice(loaded, loaded + (loaded === 0 ? FIRST : BATCH));
    const more = await Promise.all(batch.map(async ({ doc }, i) => resultHits(await index.record(doc), variants, loaded + i, state.part)));
    loaded += batch.length;
    hits.push(...more.flat());
  };
  await loadMore();
  if (mine !== generation) return;
  shown(state, asked);
  const render = () => {
    if (hits.length === 0 && loaded === found.length) return showNoResults(state, state.q);
    const documents = new Set(hits.map((h) => h.document)).size;
    const summary = `${count(hits.length, 'paragraph')} in ${count(documents, 'document')}`;
    const left = found.length - loaded;
    const searched = state.sort === 'relevance' ? 'most relevant' : state.sort;
    status.textContent = left === 0 ? summary : `${summary}, in the ${loaded} ${searched} of ${count(found.length, 'document')} holding the words searched`;
    output.replaceChildren(renderGroups(hits, state));
    if (left > 0) {
      const more = el(
        'button',
        { type: 'button', className: 'show-all' },
        `Search the next ${count(Math.min(BATCH, left), 'document')} (of ${formatNumber(left)} more)`,
      );
      more.addEventListener('click', async () => {
        await loadMore();
        if (mine === generation) render();
      });
      output.append(more);
    }
  };
  render();
}

function update(address: 'push' | 'replace'): void {
  void search(readForm(), { typing: address === 'replace', address });
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  update('push');
});
input.addEventListener('input', () => update('replace'));
form.addEventListener('change', (event) => {
  if (event.target !== input) update('push');
});
// Capturing: before a link's navigation begins.
document.addEventListener('click', flushAddress, true);
window.addEventListener('pagehide', flushAddress);
window.addEventListener('popstate', () => {
  const state = stateFromParams(new URLSearchParams(location.search));
  writeForm(state);
  void search(state, { typing: true, address: 'keep' });
});

const initial = stateFromParams(new URLSearchParams(location.search));
writeForm(initial);
// Arriving with a query (from another page's search box) is a submitted search.
if (initial.q) void search(initial, { typing: false, address: 'keep' });
