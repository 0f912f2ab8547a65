/** A document's citation as BibTeX and as CSL-JSON, next to the UN style of site/citation.ts. */
import { documentDate, documentName, ordinal } from '../document/index.ts';
import type { ResolutionDocument } from '../schema.ts';
import { documentCitation } from '../site/citation.ts';
import { undocsUrl } from '../site/urls.ts';

const AUTHORITY = 'United Nations General Assembly';

/**
 * Where a citation should point: the UN's own resolver when there is a symbol, else this
 * edition's page, when the site has an origin (pageUrl is null without SITE_URL).
 */
const citedUrl = (doc: ResolutionDocument, pageUrl: string | null) => (doc.symbol ? undocsUrl(doc.symbol) : pageUrl);

const bibEscape = (s: string) => s.replace(/[\\{}]/g, (c) => `\\${c}`).replace(/[&%$#_]/g, (c) => `\\${c}`);

export function toBibtex(doc: ResolutionDocument, pageUrl: string | null): string {
  const url = citedUrl(doc, pageUrl);
  const key = (doc.symbol ?? doc.id).replace(/[^A-Za-z0-9]+/g, '-');
  const date = documentDate(doc)?.iso;
  const fields: Array<[string, string]> = [
    ['author', `{${AUTHORITY}}`],
    ['title', `{${bibEscape(doc.title)}}`],
    [
      'howpublished',
      doc.kind === 'draft'
        ? `Draft resolution, ${ordinal(doc.session)} session, ${doc.committee ?? 'General Assembly'}`
        : `General Assembly resolution ${doc.number}`,
    ],
    ...(doc.symbol ? [['number', doc.symbol] as [string, string]] : []),
    // A document without a known date is cited without one rather than with an empty field.
    ...(date ? [['date', date] as [string, string], ['year', date.slice(0, 4)] as [string, string]] : []),
    ...(url ? [['url', url] as [string, string]] : []),
    ...(doc.adopted ? [['note', `Adopted at the ${ordinal(doc.adopted.meeting)} plenary meeting`] as [string, string]] : []),
  ];
  const width = Math.max(...fields.map(([k]) => k.length));
  return `@misc{${key},\n${fields.map(([k, v]) => `  ${k.padEnd(width)} = {${v.startsWith('{') ? v : bibEscape(v)}}`).join(',\n')}\n}\n`;
}

export function toCslJson(doc: ResolutionDocument, pageUrl: string | null): Record<string, unknown> {
  const date = documentDate(doc)?.iso;
  const url = citedUrl(doc, pageUrl);
  return {
    id: doc.symbol ?? doc.id,
    type: doc.kind === 'draft' ? 'bill' : 'legislation',
    title: doc.title,
    authority: AUTHORITY,
    number: doc.symbol ?? documentName(doc),
    genre: doc.kind === 'draft' ? 'Draft resolution' : 'General Assembly resolution',
    ...(date ? { issued: { 'date-parts': [date.split('-').map(Number)] } } : {}),
    ...(url ? { URL: url } : {}),
    note: documentCitation(doc),
  };
}
