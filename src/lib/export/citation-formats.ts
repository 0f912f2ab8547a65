/** A document's citation as BibTeX and as CSL-JSON, next to the UN style of site/citation.ts. */
import type { ResolutionDocument } from '../schema.ts';
import { documentCitation } from '../site/citation.ts';
import { documentName, ordinal } from '../site/labels.ts';
import { undocsUrl } from '../site/urls.ts';

const AUTHORITY = 'United Nations General Assembly';

const dateOf = (doc: ResolutionDocument) => doc.adopted?.date ?? doc.issued?.date ?? '';

/** Where a citation should point: the UN's own resolver when there is a symbol, else this edition's page. */
const citedUrl = (doc: ResolutionDocument, pageUrl: string) => (doc.symbol ? undocsUrl(doc.symbol) : pageUrl);

const bibEscape = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);

export function toBibtex(doc: ResolutionDocument, pageUrl: string): string {
  const key = (doc.symbol ?? doc.id).replace(/[^A-Za-z0-9]+/g, '-');
  const date = dateOf(doc);
  const fields: Array<[string, string]> = [
    ['author', `{${AUTHORITY}}`],
    ['title', `{${bibEscape(doc.title)}}`],
    ['howpublished', doc.kind === 'draft' ? `Draft resolution, ${ordinal(doc.session)} session, ${doc.committee ?? 'General Assembly'}` : `General Assembly resolution ${doc.number}`],
    ...(doc.symbol ? [['number', doc.symbol] as [string, string]] : []),
    ['date', date],
    ['year', date.slice(0, 4)],
    ['url', citedUrl(doc, pageUrl)],
    ...(doc.adopted ? [['note', `Adopted at the ${ordinal(doc.adopted.meeting)} plenary meeting`] as [string, string]] : []),
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v.startsWith('{') ? v : bibEscape(v)}}`).join(',\n')}\n}\n`;
}

export function toCslJson(doc: ResolutionDocument, pageUrl: string): Record<string, unknown> {
  const [y, m, d] = dateOf(doc).split('-').map(Number);
  return {
    id: doc.symbol ?? doc.id,
    type: doc.kind === 'draft' ? 'bill' : 'legislation',
    title: doc.title,
    authority: AUTHORITY,
    number: doc.symbol ?? documentName(doc),
    genre: doc.kind === 'draft' ? 'Draft resolution' : 'General Assembly resolution',
    issued: { 'date-parts': [[y, m, d]] },
    URL: citedUrl(doc, pageUrl),
    note: documentCitation(doc),
  };
}
