/**
 * The comparison's view choices (inline or side by side; only what changed) are remembered in
 * this browser and applied to every comparison, prebuilt or made here. They work without this
 * script (CSS reads the controls); it only remembers them.
 */
const KEY = 'compare-view';

interface View {
  view?: string;
  changesOnly?: boolean;
}

const read = (): View => {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? '{}') as View;
  } catch {
    return {};
  }
};

/** Sets the controls under `root` to the remembered view. */
export function applyRememberedView(root: ParentNode = document): void {
  const { view, changesOnly } = read();
  const radio = view ? root.querySelector<HTMLInputElement>(`input[name="view"][value="${CSS.escape(view)}"]`) : null;
  if (radio) radio.checked = true;
  const only = root.querySelector<HTMLInputElement>('input[name="changes-only"]');
  if (only && changesOnly !== undefined) only.checked = changesOnly;
}

document.addEventListener('change', (event) => {
  const input = event.target as HTMLInputElement;
  if (!input.closest?.('.comparison')) return;
  const current = read();
  if (input.name === 'view') current.view = input.value;
  else if (input.name === 'changes-only') current.changesOnly = input.checked;
  else return;
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    /* storage refused (private mode): the choice holds for this page only */
  }
});

applyRememberedView();
