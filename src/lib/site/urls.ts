/**
 * Where things live: the site's URLs, documented in the README and stable once published. Every
 * path is under the deployment's base (src/lib/site/deployment.ts): `/a-res-66-24/`, or
 * `/ict/a-res-66-24/` when the site is served under /ict/.
 */
import type { ResolutionDocument } from '../schema.ts';
import type { Topic } from '../document/index.ts';
import { BASE } from './deployment.ts';

/** A path of the site from its part after the base: `sitePath('search/')`, `sitePath()` for the home page. */
export const sitePath = (path = '') => `${BASE}${path}`;

/** The page of a document: `/a-res-66-24/`. */
export const documentPath = (doc: Pick<ResolutionDocument, 'id'>) => sitePath(`${doc.id}/`);

/** A series' page: its documents, newest first, and its timeline. */
export const seriesPath = (series: string) => sitePath(`series/${series}/`);

/** An agenda item's page: its series and their documents. */
export const topicPath = (topic: Pick<Topic, 'slug'>) => sitePath(`topics/${topic.slug}/`);

/** A page of the documents index, of the whole corpus or of one year: `/documents/`, `/documents/2023/page/2/`. */
export const documentsPath = (year: number | null = null, page = 1) =>
  sitePath(`documents/${year === null ? '' : `${year}/`}${page > 1 ? `page/${page}/` : ''}`);

/** A paragraph's permanent address on its page. */
export const paragraphPath = (doc: Pick<ResolutionDocument, 'id'>, eId: string) => `${documentPath(doc)}#${eId}`;

/** The UN's Official Document System resolver for a symbol. */
export const undocsUrl = (symbol: string) => `https://undocs.org/${symbol}`;

/** The prebuilt comparison of two consecutive documents. */
export const comparePath = (from: Pick<ResolutionDocument, 'id'>, to: Pick<ResolutionDocument, 'id'>) => sitePath(`compare/${from.id}/${to.id}/`);

/** The history of every paragraph of a series; with a document and eId, one version of one paragraph. */
export const historyPath = (series: string, doc?: Pick<ResolutionDocument, 'id'>, eId?: string) =>
  sitePath(`history/${series}/${doc && eId ? `#${versionAnchor(doc.id, eId)}` : ''}`);

/** The anchor of one paragraph of one document on its series' history page. */
export const versionAnchor = (docId: string, eId: string) => `${docId}--${eId}`;

/** A document's published data: its JSON, or its Akoma Ntoso XML or plain text. */
export const dataPath = (doc: Pick<ResolutionDocument, 'id'>, format: DataFormat = 'json') => sitePath(dataFile(doc, format));

export type DataFormat = 'json' | 'akn.xml' | 'txt';

/** The open data's own page: what each file holds, and every document's files. */
export const dataIndexPath = () => sitePath('data/');

/** Where a document's published data lies in the built site, under the base: `data/a-res-66-24.json`. */
export const dataFile = (doc: Pick<ResolutionDocument, 'id'>, format: DataFormat = 'json') => `data/${doc.id}.${format}`;

/** The search index's folder (src/build/publish.ts): its manifest, and a folder per version. */
export const SEARCH_INDEX = 'search-index';

/** Where, in the built site, a version of the index keeps chunk `i` of its words and the record of document `n`. */
export const searchChunkFile = (version: string, i: number) => `${SEARCH_INDEX}/${version}/words/${i}.gz.bin`;
export const searchRecordFile = (version: string, n: number) => `${SEARCH_INDEX}/${version}/records/${n}.gz.bin`;

/**
 * The site's own top-level addresses, present and planned: a document id (its first path
 * segment) may be none of them, or its page would take theirs.
 */
const SITE_ROUTES = new Set([
  '404',
  'data',
  'search',
  'compare',
  'history',
  'series',
  'documents',
  'topics',
  'agenda',
  'about',
  'assets',
  SEARCH_INDEX,
  'sitemap',
  'robots',
]);
export const isSiteRoute = (id: string) => SITE_ROUTES.has(id);
