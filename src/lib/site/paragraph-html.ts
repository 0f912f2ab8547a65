/**
 * The text of a document's page as HTML: each paragraph with its printed number, its text (note
 * markers, editorial corrections and cross-references linked), its ¶ link and its items. Pure
 * functions rather than Astro components: a page has hundreds of paragraphs, and as components,
 * four to a paragraph, they were most of the time a page took to build. Every value is escaped
 * (src/lib/markup.ts); the markup is what the components made, class for class.
 */
import { html, type Markup } from '../markup.ts';
import { printedItemNumber } from '../document/index.ts';
import type { Inline, Paragraph } from '../schema.ts';
import { noteRefId } from './anchors.ts';
import { linkReferences } from './crossrefs.ts';
import type { DocumentContext } from './document-context.ts';

/** A link to another site, announced as such (the note it points at is on every page: Base.astro). */
export const externalLinkHtml = (href: string, text: string) =>
  html`<a href="${href}" class="external" rel="external" aria-describedby="external-link-note">${text}</a>`;

/** A link within the edition; to another document, with what its preview says of it (src/client/reference-preview.ts). */
const internalLinkHtml = (href: string, text: string, preview: string | null) =>
  html`<a href="${href}"${preview ? html` data-preview="${preview}"` : ''}>${text}</a>`;

/** The ¶ link of a paragraph or note: its permanent address. */
export const pilcrowHtml = (eId: string, label: string) => html`<a class="pilcrow" href="#${eId}" aria-label="Link to ${label}">¶</a>`;

/** Inline content of `owner` (a paragraph's or a note's eId). The first reference to a note is the one the note links back to. */
export function inlineHtml(inline: Inline[], owner: string, { links, notes, corrections, describe }: DocumentContext): Markup {
  const seen = new Set<string>();
  return html`${inline.map((node) => {
    if (node.type === 'noteRef') {
      const id = seen.has(node.marker) ? null : noteRefId(owner, node.marker);
      seen.add(node.marker);
      return html`<sup class="noteref"><a${id ? html` id="${id}"` : ''} href="#${notes.get(node.marker) ?? ''}"><span class="visually-hidden">note </span>${node.marker}</a></sup>`;
    }
    if (node.type === 'emphasis') return html`<em${node.inferred ? html` class="restored"` : ''}>${node.value}</em>`;
    if (node.type === 'correction') {
      const n = corrections.get(`${owner}|${node.original}`);
      return html`<span class="correction"><span class="corrected">${node.value}</span><sup><a href="#correction_${n ?? ''}"><span class="visually-hidden">editorial correction </span>ed.</a></sup></span>`;
    }
    return linkReferences(node.value, links).map((s) =>
      'href' in s ? (s.external ? externalLinkHtml(s.href, s.text) : internalLinkHtml(s.href, s.text, describe(s.href))) : s.text,
    );
  })}`;
}

export type ParagraphPart = 'preamble' | 'operative' | 'item';

/** A paragraph, its cross-heading above it if it has one, and its items within it. */
export function paragraphHtml(p: Paragraph, part: ParagraphPart, context: DocumentContext): Markup {
  const num = p.num === null ? null : part === 'operative' ? `${p.num}.` : part === 'item' ? printedItemNumber(p.num) : null;
  const tag = part === 'item' ? html`li` : html`div`;
  return html`${p.heading ? html`<h3 class="cross-heading">${p.heading.text}</h3>` : ''}<${tag} class="para ${part}" id="${p.eId}" data-cite="${context.cite(p.eId)}">${
    num ? html`<span class="num" aria-hidden="true">${num}</span>` : ''
  }<div class="para-body"><p>${num ? html`<span class="visually-hidden">${num} </span>` : ''}${inlineHtml(p.inline, p.eId, context)}${pilcrowHtml(
    p.eId,
    context.label(p.eId),
  )}</p>${p.items.length > 0 ? html`<ol class="items">${p.items.map((item) => paragraphHtml(item, 'item', context))}</ol>` : ''}</div></${tag}>`;
}

/** Paragraphs in order. */
export const paragraphsHtml = (ps: Paragraph[], part: (p: Paragraph) => ParagraphPart, context: DocumentContext): Markup =>
  html`${ps.map((p) => paragraphHtml(p, part(p), context))}`;
