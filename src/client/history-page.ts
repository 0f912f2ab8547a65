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

// Headings in the numbering of the text the reader chooses: its paragraphs in its order, then
// those it does not have, named with the last text that has them.
const numbering = document.querySelector<HTMLElement>('.numbering');
const select = numbering?.querySelector<HTMLSelectElement>('select[name="numbering"]');
if (numbering && select) {
  numbering.hidden = false;
  const names = new Map([...select.options].map((o) => [o.value, o.textContent!.replace(/^\d+: /, '')]));
  const sections = [...document.querySelectorAll<HTMLDetailsElement>('details.lineage')];
  const toc = document.querySelector<HTMLOListElement>('.toc > ol');
  const renumber = () => {
    const doc = select.value;
    const read = sections.map((section, i) => {
      const labels = JSON.parse(section.dataset['labels']!) as Record<string, string>;
      const places = JSON.parse(section.dataset['places']!) as Record<string, number>;
      const last = section.dataset['last']!;
      const here = labels[doc] !== undefined;
      return { section, here, key: here ? places[doc]! : i, label: here ? labels[doc]! : `${labels[last]} of ${names.get(last)}` };
    });
    read.sort((a, b) => Number(b.here) - Number(a.here) || a.key - b.key);
    const parent = sections[0]!.parentElement!;
    for (const { section, here, label } of read) {
      section.querySelector('.lineage-label')!.textContent = label;
      section.classList.toggle('gone', !here);
      parent.append(section);
    }
    toc?.replaceChildren(
      ...read.map(({ section, label }) => {
        const li = document.createElement('li');
        li.append(Object.assign(document.createElement('a'), { href: `#${section.id}`, textContent: label }));
        return li;
      }),
    );
  };
  select.addEventListener('change', renumber);
}

export {}; // a module: its names stay out of the global scope
