/** Site-wide: the "/" key focuses the search box, as on most reference sites. */
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target as HTMLElement;
  if (target.closest('input, textarea, select, [contenteditable="true"]')) return;
  const box = document.querySelector<HTMLInputElement>('#search-query, #site-search');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

export {};
