/**
 * On the paragraph a search hit lands on (`/a-res-66-24/?highlight=…#para_3`), marks the words
 * that answer the search, read as the search page reads it (src/lib/search/query.ts), and offers
 * to remove the marks; Escape removes them too. Removing them also drops the terms from the
 * address, so that the address copied is the paragraph's own.
 */
import { HIGHLIGHT_PARAM, matchVariants, parseQuery, queryVariants } from '../lib/search/query.ts';

const q = new URLSearchParams(location.search).get(HIGHLIGHT_PARAM);
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
// A paragraph's own text: not its items, number or links' hidden words.
const text = target?.querySelector<HTMLElement>(':scope > .para-body > p, :scope > p');

if (q && text) {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest('.visually-hidden, .pilcrow, .num, sup') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  const starts: number[] = [];
  let joined = '';
  for (const node of nodes) {
    starts.push(joined.length);
    joined += node.data;
  }
  const ranges = matchVariants(joined, queryVariants(parseQuery(q))) ?? [];
  const marks: HTMLElement[] = [];
  // From the last range back, so that splitting a node leaves the offsets before it valid.
  for (const [from, to] of [...ranges].reverse()) {
    for (let i = nodes.length - 1; i >= 0; i--) {
      const start = starts[i]!;
      const node = nodes[i]!;
      const [s, e] = [Math.max(from, start), Math.min(to, start + node.data.length)];
      if (s >= e) continue;
      const middle = node.splitText(s - start);
      middle.splitText(e - s);
      const mark = document.createElement('mark');
      mark.className = 'search-highlight';
      middle.replaceWith(mark);
      mark.append(middle);
      marks.push(mark);
    }
  }
  if (marks.length) {
    const note = document.createElement('p');
    note.className = 'highlight-note';
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Remove highlight';
    note.append(`Search: “${q}” `, button);
    text.after(note);
    const remove = () => {
      for (const mark of marks) mark.replaceWith(...mark.childNodes);
      text.normalize();
      note.remove();
      document.removeEventListener('keydown', onKey);
      history.replaceState(history.state, '', `${location.pathname}${location.hash}`);
    };
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && remove();
    button.addEventListener('click', remove);
    document.addEventListener('keydown', onKey);
  }
}

export {}; // a module: its names stay out of the global scope
