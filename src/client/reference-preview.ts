/**
 * Previews of what a footnote marker, a reference to another paragraph of the same text
 * ("paragraph 2 above") or to another document of the edition ("resolution 62/17") points at: shown on hover and on keyboard focus, in a box laid over the
 * page (so nothing moves), described to screen readers as the link's description, closed
 * by Escape or by leaving the link. Without this script the links simply go to their target.
 */
const tip = document.createElement('div');
tip.className = 'ref-preview';
tip.id = 'ref-preview';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
document.body.append(tip);

/** Text longer than this is cut at a word, with an ellipsis: a preview, not the paragraph. */
const MAX = 320;
let shownFor: HTMLAnchorElement | null = null;

/** Note markers, and references in the text to its paragraphs (not the ¶ links, nor the notes' links back). */
const links = 'sup.noteref a[href^="#"], .text a[href^="#para_"]:not(.pilcrow, .backref), a[data-preview]';

function targetText(link: HTMLAnchorElement): { label: string; text: string } | null {
  // Another document of the edition: what the page says of it.
  if (link.dataset['preview']) return { label: '', text: link.dataset['preview'] };
  const target = document.getElementById(decodeURIComponent(link.hash.slice(1)));
  const body = target?.querySelector<HTMLElement>(':scope > .para-body > p, :scope > p');
  if (!target || !body) return null;
  const copy = body.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('.visually-hidden, .pilcrow, .backref, sup')) hidden.remove();
  const text = copy.textContent!.replace(/\s+/g, ' ').trim();
  const num = target.querySelector(':scope > .num')?.textContent?.trim() ?? '';
  const label = target.closest('.notes') ? `Note ${num}` : num;
  return { label, text: text.length > MAX ? `${text.slice(0, text.lastIndexOf(' ', MAX))} …` : text };
}

function show(link: HTMLAnchorElement): void {
  const found = targetText(link);
  if (!found) return;
  shownFor = link;
  tip.replaceChildren(...(found.label ? [Object.assign(document.createElement('strong'), { textContent: found.label }), ' '] : []), found.text);
  tip.hidden = false;
  link.setAttribute('aria-describedby', tip.id);
  // Below the link (above it near the window's foot), kept inside the window; laid over the
  // page in its own coordinates, so it scrolls with the link and nothing else moves.
  const r = link.getBoundingClientRect();
  const width = Math.min(420, window.innerWidth - 16);
  tip.style.width = `${width}px`;
  tip.style.left = `${window.scrollX + Math.max(8, Math.min(r.left, window.innerWidth - width - 8))}px`;
  const below = r.bottom + 6;
  tip.style.top = `${window.scrollY + (below + tip.offsetHeight > window.innerHeight ? Math.max(8, r.top - tip.offsetHeight - 6) : below)}px`;
}

function hide(): void {
  shownFor?.removeAttribute('aria-describedby');
  shownFor = null;
  tip.hidden = true;
}

const linkOf = (event: Event) => (event.target as Element | null)?.closest?.<HTMLAnchorElement>(links) ?? null;
document.addEventListener('pointerover', (event) => {
  const link = linkOf(event);
  if (link && link !== shownFor) show(link);
});
document.addEventListener('pointerout', (event) => {
  if (linkOf(event) && !linkOf({ target: (event as PointerEvent).relatedTarget } as Event)) hide();
});
document.addEventListener('focusin', (event) => {
  const link = linkOf(event);
  if (link) show(link);
  else hide();
});
document.addEventListener('focusout', hide);
document.addEventListener('keydown', (event) => event.key === 'Escape' && hide());

export {}; // a module: its names stay out of the global scope
