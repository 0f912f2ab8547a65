/**
 * Compares any two documents in the browser from their published JSON, with the same code
 * that prebuilds the year-to-year pages. The pair lives in the URL (?from=…&to=…).
 */
import { alignDocuments } from '../lib/compare/align.ts';
import { comparisonHtml } from '../lib/compare/render.ts';
import type { ResolutionDocument } from '../lib/schema.ts';
import { dataPath } from '../lib/site/urls.ts';
import { applyRememberedView } from './compare-view.ts';

const form = document.querySelector<HTMLFormElement>('.compare-form')!;
const status = document.querySelector<HTMLElement>('#compare-status')!;
const output = document.querySelector<HTMLElement>('#comparison')!;
const cache = new Map<string, Promise<ResolutionDocument>>();

const load = (id: string) => {
  if (!cache.has(id))
    cache.set(
      id,
      fetch(dataPath({ id: encodeURIComponent(id) })).then((r) =>
        r.ok
          ? r.json()
          : Promise.reject(new Error(r.status === 404 ? `no text of this edition is called “${id}”` : `“${id}” could not be loaded (${r.status})`)),
      ),
    );
  return cache.get(id)!;
};

async function show(from: string, to: string): Promise<void> {
  status.textContent = 'Comparing…';
  try {
    const [a, b] = await Promise.all([load(from), load(to)]);
    // SAFETY: comparisonHtml escapes every value it interpolates (see lib/compare/render.ts).
    output.innerHTML = comparisonHtml(alignDocuments(a, b), a, b).value;
    applyRememberedView(output);
    output.dataset['pair'] = `${from}/${to}`;
    status.textContent = '';
  } catch (error) {
    status.textContent = `Nothing to compare: ${(error as Error).message}. Choose two texts above.`;
  }
}

function select(name: string): HTMLSelectElement {
  return form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)!;
}

function fromUrl(): void {
  const params = new URLSearchParams(location.search);
  const from = params.get('from');
  const to = params.get('to');
  if (from) select('from').value = from;
  if (to) select('to').value = to;
  // An id the choices lack is still the one asked for: it is named in the answer.
  void show(from ?? select('from').value, to ?? select('to').value);
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const params = new URLSearchParams({ from: select('from').value, to: select('to').value });
  history.pushState(null, '', `?${params}`);
  void show(select('from').value, select('to').value);
});
window.addEventListener('popstate', fromUrl);
fromUrl();

export {};
