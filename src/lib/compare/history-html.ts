/**
 * The body of a series' history page: its table of contents and every paragraph's lineage with
 * the words changed from one text to the next. One function, so that the page and publishing
 * (which makes it beside Astro, see src/build/page-parts.ts) give the same markup.
 */
import { documentName, documentYear, paragraphLabel } from '../document/index.ts';
import { html } from '../markup.ts';
import type { DocumentFacts } from '../schema.ts';
import type { ContentsEntry } from '../site/contents.ts';
import { paragraphPath, versionAnchor } from '../site/urls.ts';
import { diffWords } from './diff.ts';
import { distinctLineages, historySections, seriesLineages, type Lineage } from './lineage.ts';
import { redline } from './render.ts';
import type { ComparedDocument } from './units.ts';

/** A history page's body: the entries of its table of contents and the HTML of its lineages. */
export interface HistoryBody {
  contents: ContentsEntry[];
  html: string;
}

const sectionId = (lineage: Lineage) => `${versionAnchor(lineage.versions[0]!.docId, lineage.versions[0]!.eId)}-title`;

/** The history of the texts of one series, oldest first. */
export function historyBody(texts: Array<DocumentFacts & ComparedDocument>): HistoryBody {
  const byId = new Map(texts.map((d) => [d.id, d]));
  const at = (docId: string) => byId.get(docId)!;
  const year = (docId: string) => documentYear(at(docId));
  const name = (docId: string) => documentName(at(docId));
  const sections = historySections(texts, distinctLineages(texts, seriesLineages(texts)), paragraphLabel, name);
  const body = sections.map(({ lineage, label, current, places }) => {
    const first = lineage.versions[0]!;
    const last = lineage.versions.at(-1)!;
    const changed = lineage.versions[lineage.lastChanged]!;
    const labels = JSON.stringify(Object.fromEntries(lineage.versions.map((v) => [v.docId, paragraphLabel(v.eId)])));
    const versions = lineage.versions.map((v, i) => {
      const prev = lineage.versions[i - 1];
      const same = prev !== undefined && prev.text === v.text;
      const status = prev === undefined ? 'first in this edition' : same ? 'unchanged' : 'changed';
      const diff = same ? null : redline(prev ? diffWords(prev.text, v.text) : [{ type: 'equal', text: v.text }]);
      return html`<li class="version" id="${versionAnchor(v.docId, v.eId)}"><p class="version-head"><a href="${paragraphPath(at(v.docId), v.eId)}">${year(v.docId)} · ${name(v.docId)}, ${paragraphLabel(v.eId)}</a><span class="status">${status}</span></p>${diff && html`<p class="inline-diff">${diff}</p>`}</li>`;
    });
    const lastChanged = lineage.lastChanged === 0 ? 'never since' : `${year(changed.docId)} (${name(changed.docId)})`;
    return html`<details class="${current ? 'lineage' : 'lineage gone'}" id="${sectionId(lineage)}" data-labels="${labels}" data-places="${JSON.stringify(places)}" data-last="${last.docId}"><summary><h2><span class="lineage-label">${label}</span> <span class="lineage-span">(${year(first.docId)}${last.docId !== first.docId && `–${year(last.docId)}`})</span></h2><span class="lineage-facts">First: ${year(first.docId)} (${name(first.docId)}) · last changed: ${lastChanged} · in ${lineage.versions.length} of ${texts.length} texts</span></summary><ol class="versions">${versions}</ol></details>`;
  });
  return {
    contents: sections.map(({ lineage, label }) => ({ href: `#${sectionId(lineage)}`, label })),
    html: html`${body}`.value,
  };
}
