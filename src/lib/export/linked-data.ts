/** schema.org `Legislation` for a document, as JSON-LD for its page's head. */
import type { ResolutionDocument } from '../schema.ts';
import { documentName } from '../document/index.ts';

/** `pageUrl` and `seriesUrl` are null where the site has no origin (SITE_URL unset): no address is invented. */
export function legislationJsonLd(doc: ResolutionDocument, pageUrl: string | null, seriesUrl: string | null): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: doc.title,
    alternateName: documentName(doc),
    ...(doc.symbol ? { identifier: doc.symbol, legislationIdentifier: doc.symbol } : { identifier: doc.id }),
    legislationType: doc.kind === 'draft' ? 'draft resolution' : 'resolution',
    ...(doc.adopted ? { legislationDate: doc.adopted.date, dateCreated: doc.adopted.date } : {}),
    ...(doc.issued ? { datePublished: doc.issued.date } : {}),
    legislationPassedBy: doc.kind === 'resolution' ? { '@type': 'Organization', name: 'United Nations General Assembly' } : undefined,
    legislationJurisdiction: 'United Nations',
    inLanguage: 'en',
    ...(pageUrl ? { url: pageUrl } : {}),
    isPartOf: { '@type': 'CreativeWorkSeries', name: doc.title, ...(seriesUrl ? { url: seriesUrl } : {}) },
  };
}

/** JSON for a <script type="application/ld+json"> block: "<" escaped so the text cannot end the element. */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
