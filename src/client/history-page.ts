/**
 * The history page folds each paragraph's versions under its heading. Going to one version or
 * paragraph (#a-res-66-24--para_1) opens its section; two buttons open or close them all.
 * Without this script the sections still open one by one, and browsers open a closed section
 * that an address points into.
 */
const openTarget = () => {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const section = target?.closest('details');
  if (!target || !section) return;
  section.open = true;
  target.scrollIntoView();
};
openTarget();
window.addEventListener('hashchange', openTarget);

const fold = document.querySelector<HTMLElement>('.fold-all');
if (fold) {
  fold.hidden = false;
  fold.addEventListener('click', (event) => {
    const mode = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-fold]')?.dataset['fold'];
    if (mode) for (const d of document.querySelectorAll<HTMLDetailsElement>('details.lineage')) d.open = mode === 'open';
  });
}

export {}; // a module: its names stay out of the global scope
