/**
 * The comparison view as HTML, from one function used both at build time (the prebuilt pages
 * of consecutive documents) and in the browser (any other pair), so both look the same.
 * Every interpolated value is escaped by the `html` tag; changes are marked with <ins>/<del>
 * and spelled out for screen readers, never by colour alone.
 */
import type { DocumentFacts } from '../schema.ts';
import { documentName, documentYear, paragraphLabel } from '../document/index.ts';
import { paragraphPath } from '../site/urls.ts';
import type { AlignedRow, Alignment, Status } from './align.ts';
import type { DiffOp } from './diff.ts';
import { html, type Markup } from '../markup.ts';

/** HTML that is already safe. */
export type SafeHtml = Markup;

const STATUS_LABEL: Record<Status, string> = { unchanged: 'Unchanged', changed: 'Changed', added: 'Added', removed: 'Removed' };
const SECTION_TITLE = { preamble: 'Preamble', operative: 'Operative paragraphs' } as const;

/** The paragraph an item belongs to: "para_3" for "para_3__list_1__point_b". */
const chapeauOf = (eId: string) => eId.split('__list_1__')[0]!;

/**
 * Operative rows each followed by the rows of its items, so that an item is read under its
 * chapeau. Items align among all items (one may move from a paragraph to another); each is
 * shown under the paragraph that has it in the newer text, or had it, for one removed.
 */
function withItems(operative: AlignedRow[], items: AlignedRow[]): AlignedRow[] {
  const place = (row: AlignedRow) => chapeauOf((row.b ?? row.a)!.eId);
  const under = new Map<string, AlignedRow[]>();
  for (const item of items) under.set(place(item), [...(under.get(place(item)) ?? []), item]);
  const out: AlignedRow[] = [];
  for (const row of operative) {
    out.push(row);
    for (const key of new Set([row.b?.eId, row.a?.eId])) {
      if (!key) continue;
      out.push(...(under.get(key) ?? []));
      under.delete(key);
    }
  }
  return [...out, ...[...under.values()].flat()];
}

/**
 * Inline redline: deletions and insertions in one text. A change of spacing alone is shown as
 * the space it is: struck through, a deleted space looked like a stray hyphen.
 */
export function redline(ops: DiffOp[], side: 'both' | 'a' | 'b' = 'both'): SafeHtml {
  return html`${ops.map((op) => {
    if (op.type === 'equal') return op.text;
    if (op.text.trim() === '') return (op.type === 'delete' ? side === 'a' : side !== 'a') ? op.text : '';
    if (op.type === 'delete') return side === 'b' ? '' : html`<del><span class="visually-hidden">deleted: </span>${op.text}</del>`;
    return side === 'a' ? '' : html`<ins><span class="visually-hidden">inserted: </span>${op.text}</ins>`;
  })}`;
}

function rowHtml(row: AlignedRow, a: DocumentFacts, b: DocumentFacts): SafeHtml {
  const link = (doc: DocumentFacts, eId: string) => html`<a href="${paragraphPath(doc, eId)}">${documentYear(doc)} ${paragraphLabel(eId)}</a>`;
  const where = [row.a && link(a, row.a.eId), row.a && row.b && html` → `, row.b && link(b, row.b.eId)];
  const notes = [
    row.moved && html` <span class="flag">moved</span>`,
    row.splitFrom && html` <span class="flag">split from ${paragraphLabel(row.splitFrom)}</span>`,
  ];
  const body =
    row.status === 'changed'
      ? html`<p class="inline-diff">${redline(row.diff)}</p><div class="side"><p class="side-a">${redline(row.diff, 'a')}</p><p class="side-b">${redline(row.diff, 'b')}</p></div>`
      : html`<p class="inline-diff">${redline(row.diff)}</p>`;
  return html`<li class="row ${row.status}${row.section === 'items' ? ' item' : ''}"><p class="row-head"><span class="status">${STATUS_LABEL[row.status]}</span> ${where}${notes}</p>${body}</li>`;
}

/** The whole comparison of `a` (older) and `b` (newer). */
export function comparisonHtml(alignment: Alignment, a: DocumentFacts, b: DocumentFacts): SafeHtml {
  const s = alignment.summary;
  const of = (section: AlignedRow['section']) => alignment.rows.filter((r) => r.section === section);
  const sections = [
    { section: 'preamble' as const, rows: of('preamble') },
    { section: 'operative' as const, rows: withItems(of('operative'), of('items')) },
  ].filter((x) => x.rows.length);
  return html`<div class="comparison">
<section class="compare-summary" aria-labelledby="summary-title">
<h2 id="summary-title">${documentName(a)} (${documentYear(a)}) → ${documentName(b)} (${documentYear(b)})</h2>
<ul class="counts">
<li><strong>${s.unchanged}</strong> unchanged</li><li><strong>${s.changed}</strong> changed</li><li><strong>${s.added}</strong> added</li><li><strong>${s.removed}</strong> removed</li>${s.moved ? html`<li><strong>${s.moved}</strong> moved</li>` : ''}
</ul>
<p class="legend">Key: <del>deleted words</del> <ins>inserted words</ins>; each paragraph is labelled unchanged, changed, added or removed.</p>
<fieldset class="view-toggle"><legend>Show changes</legend>
<label><input type="radio" name="view" value="auto" checked /> Side by side on wide screens</label>
<label><input type="radio" name="view" value="inline" /> Inline</label>
<label><input type="radio" name="view" value="side" /> Side by side</label>
</fieldset>
<p class="changes-only"><label><input type="checkbox" name="changes-only" /> Only the paragraphs that changed</label></p>
</section>
${sections.map(({ section, rows }) => html`<section class="compare-section"><h2>${SECTION_TITLE[section]}</h2><ol class="rows">${rows.map((r) => rowHtml(r, a, b))}</ol></section>`)}
</div>`;
}
