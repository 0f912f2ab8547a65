/**
 * Enhances the ¶ links: activating one still goes to the paragraph (a plain anchor), and also
 * opens a small menu to copy the paragraph's link or its citation. Without this script the
 * anchors work as they are.
 */
const menu = document.createElement('div');
menu.className = 'para-menu';
menu.setAttribute('role', 'menu');
menu.hidden = true;
// Shown for a few seconds and announced (role="status" is a polite live region).
const status = document.createElement('p');
status.className = 'copy-status';
status.setAttribute('role', 'status');
document.body.append(menu, status);
let clearing: ReturnType<typeof setTimeout> | undefined;
const announce = (text: string) => {
  status.textContent = text;
  clearTimeout(clearing);
  clearing = setTimeout(() => (status.textContent = ''), 4000);
};

let opener: HTMLAnchorElement | null = null;

function item(label: string, value: () => string, done: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.setAttribute('role', 'menuitem');
  button.textContent = label;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(value());
      announce(done);
    } catch {
      announce('Copying is not allowed here; the paragraph link is in the address bar');
    }
    close();
  });
  return button;
}

function open(link: HTMLAnchorElement): void {
  const target = link.closest<HTMLElement>('[data-cite]');
  if (!target) return;
  opener = link;
  // The paragraph's permanent address: without the search terms a hit brought along.
  const url = new URL(`${location.pathname}#${target.id}`, location.href).href;
  const entries: HTMLElement[] = [item('Copy link', () => url, 'Link copied'), item('Copy citation', () => target.dataset['cite']!, 'Citation copied')];
  const history = target.closest<HTMLElement>('[data-history]')?.dataset['history'];
  if (history && !target.id.includes('authorialNote')) {
    // data-history is this document's history address with EID standing for the paragraph's id.
    entries.push(Object.assign(document.createElement('a'), { href: history.replace(/EID$/, target.id), textContent: 'History in other years' }));
    entries.at(-1)!.setAttribute('role', 'menuitem');
  }
  menu.replaceChildren(...entries);
  const box = link.getBoundingClientRect();
  menu.style.top = `${box.bottom + window.scrollY + 4}px`;
  menu.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, document.documentElement.clientWidth - 200))}px`;
  menu.hidden = false;
  link.setAttribute('aria-expanded', 'true');
  (menu.firstElementChild as HTMLElement).focus();
}

function close(restoreFocus = true): void {
  if (menu.hidden) return;
  menu.hidden = true;
  opener?.setAttribute('aria-expanded', 'false');
  if (restoreFocus) opener?.focus();
  opener = null;
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.pilcrow')) {
  link.setAttribute('aria-haspopup', 'menu');
  link.setAttribute('aria-expanded', 'false');
}

document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest<HTMLAnchorElement>('a.pilcrow');
  if (link) {
    // Let the anchor update the address (and :target), then offer the copy actions.
    requestAnimationFrame(() => open(link));
  } else if (!menu.contains(event.target as Node)) {
    close(false);
  }
});

menu.addEventListener('keydown', (event) => {
  const items = [...menu.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  const at = items.indexOf(document.activeElement as HTMLElement);
  if (event.key === 'Tab') return close(false); // focus moves on as usual
  if (event.key === 'Escape') close();
  else if (event.key === 'ArrowDown') items[(at + 1) % items.length]?.focus();
  else if (event.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus();
  else return;
  event.preventDefault();
});

// "Cite this": each format's copy button, shown only when copying can work.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  button.addEventListener('click', async () => {
    const text = document.getElementById(button.dataset['copy']!)?.textContent ?? '';
    try {
      await navigator.clipboard.writeText(text);
      announce(`${button.textContent?.replace(/^Copy /, '')} copied`);
    } catch {
      announce('Copying is not allowed here; select the text instead');
    }
  });
}

export {}; // a module: its names stay out of the global scope
